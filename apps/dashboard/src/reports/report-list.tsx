import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dateFormat } from '../i18n/month-names.ts';
import { listReports, type REPORT_LANGUAGES, type ReportSummary, reportFile } from './reports-api.ts';

const LANGUAGE_NAMES: Record<(typeof REPORT_LANGUAGES)[number], string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  ky: 'Кыргызча',
  ro: 'Română',
  sr: 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
};

/** Earlier reports with the data version each was made from and its downloads. */
export function ReportList() {
  const { t, i18n } = useTranslation();
  const { data, isError } = useQuery({ queryKey: ['reports'], queryFn: listReports });
  const day = (iso: string) =>
    dateFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
  const dataVersion = (r: ReportSummary) =>
    r.dataVersion.submissions === 0 || !r.dataVersion.latestReceivedAt
      ? t('reports.dataVersionEmpty')
      : t('reports.dataVersion', {
          count: r.dataVersion.submissions,
          date: day(r.dataVersion.latestReceivedAt),
        });
  const period = (r: ReportSummary) =>
    r.period.quarter ? r.period.quarter.replace('-', ' ') : `${day(r.period.from)} – ${day(r.period.to)}`;
  return (
    <section aria-labelledby="reports-earlier">
      <h2 id="reports-earlier">{t('reports.earlier')}</h2>
      {isError && <p role="alert">{t('reports.loadFailed')}</p>}
      {data && data.reports.length === 0 && <p>{t('reports.none')}</p>}
      {data && data.reports.length > 0 && (
        <div className="table-scroll">
          <table className="reports-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.report')}</th>
                <th scope="col">{t('reports.columns.covers')}</th>
                <th scope="col">{t('reports.columns.period')}</th>
                <th scope="col">{t('reports.columns.language')}</th>
                <th scope="col">{t('reports.columns.data')}</th>
                <th scope="col">{t('reports.columns.made')}</th>
                <th scope="col">{t('reports.columns.download')}</th>
              </tr>
            </thead>
            <tbody>
              {data.reports.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{r.scopeLabel}</td>
                  <td>{period(r)}</td>
                  <td lang={r.language}>{LANGUAGE_NAMES[r.language]}</td>
                  <td>{dataVersion(r)}</td>
                  <td>{day(r.createdAt)}</td>
                  <td className="reports-downloads">
                    <a
                      href={reportFile(r.id, 'pdf')}
                      download
                      aria-label={t('reports.downloadPdf', { title: r.title })}
                    >
                      {t('reports.pdf')}
                    </a>
                    <a
                      href={reportFile(r.id, 'docx')}
                      download
                      aria-label={t('reports.downloadDocx', { title: r.title })}
                    >
                      {t('reports.docx')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
