import { resolveText, type SurveyDefinition } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../api/client.ts';
import { APP_LANGUAGES, changeLanguage } from '../i18n/index.ts';
import { filtersFromParams, periodRange, resultsQuery } from '../insights/filters.ts';
import { ResultsView } from '../insights/results-view.tsx';
import { useResults } from '../insights/use-results.ts';
import { QuickExit } from '../layout/quick-exit.tsx';

/** A public, aggregate-only dashboard behind a revocable share link: no login. */
export function SharePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const [params] = useSearchParams();
  const filters = filtersFromParams(params);
  const base = `/api/public/${encodeURIComponent(token)}`;
  const meta = useQuery({
    queryKey: ['share', token],
    queryFn: () => api<{ organization: string; label: string | null; survey: SurveyDefinition }>(base),
    retry: false,
  });
  const range = periodRange(filters);
  const results = useResults(base, resultsQuery(filters, range), meta.isSuccess);
  const locale = i18n.language;
  if (meta.isError) {
    return (
      <main id="main" className="page">
        <p role="alert">{t('share.gone')}</p>
      </main>
    );
  }
  const definition = meta.data?.survey;
  const org = meta.data?.organization ?? '';
  const period = range.from || range.to ? `${range.from ?? '…'} – ${range.to ?? '…'}` : t('filters.all');
  return (
    <>
      <header className="app-header">
        <div className="brand">
          <span aria-hidden="true" className="brand-mark" />
          <span>{t('app.name')}</span>
        </div>
        <QuickExit />
        <select
          value={i18n.language}
          onChange={(e) => void changeLanguage(e.target.value)}
          aria-label={t('app.language')}
        >
          {APP_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </header>
      <main id="main" className="page insights">
        {definition && (
          <>
            <h1>{t('share.publicTitle', { org, survey: resolveText(definition.title, locale) })}</h1>
            <p className="note">
              {t('share.publicNote', { org })} {t('insights.period')}: {period}
            </p>
          </>
        )}
        {(!definition || results.isLoading) && <p role="status">{t('app.loading')}</p>}
        {definition && results.data && (
          <ResultsView definition={definition} results={results.data} locale={locale} />
        )}
      </main>
    </>
  );
}
