import { resolveText } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { SurveySummary } from '../api/types.ts';

/** Staff's list of surveys and drafts; the builder itself comes with the Design issue. */
export function DesignPage() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['surveys'],
    queryFn: () => api<{ surveys: SurveySummary[] }>('/api/surveys'),
  });
  return (
    <main id="main" className="page">
      <h1>{t('design.title')}</h1>
      <p className="note">{t('design.comingSoon')}</p>
      <h2>{t('design.drafts')}</h2>
      <ul className="cards">
        {(data?.surveys ?? []).map((s) => (
          <li key={s.id} className="card">
            <strong>{resolveText(s.title, i18n.language)}</strong>
            <span>
              {s.id} · v{s.version ?? '—'}
            </span>
          </li>
        ))}
      </ul>
    </main>
  );
}
