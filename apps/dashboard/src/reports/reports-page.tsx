import './setup.ts';
import { useTranslation } from 'react-i18next';
import { ReportForm } from './report-form.tsx';
import { ReportList } from './report-list.tsx';

/** Reports (staff and admins): make a quarterly report in any language, download earlier ones. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page">
      <h1>{t('reports.title')}</h1>
      <p>{t('reports.intro')}</p>
      <ReportForm />
      <ReportList />
    </main>
  );
}
