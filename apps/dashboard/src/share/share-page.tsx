import { resolveText, SurveyDefinition } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PublicAccountabilityBoard } from '../accountability/public-board.tsx';
import { answer, kolo } from '../api/kolo.ts';
import { countryName } from '../i18n/country-names.ts';
import { APP_LANGUAGES, i18n as appI18n, changeLanguage } from '../i18n/index.ts';
import { addInsightsMessages } from '../insights/messages/index.ts';
import { ResultsView } from '../insights/results-view.tsx';
import { useResults } from '../insights/use-results.ts';
import { QuickExit } from '../layout/quick-exit.tsx';
import { PublicScorecard } from '../scorecard/public-scorecard.tsx';
import { filterSummary } from './filter-summary.ts';
import { keptFilters } from './share-links-section.tsx';

addInsightsMessages(appI18n);

/**
 * A public, aggregate-only dashboard behind a revocable share link: no login, no session check.
 * It shows the filters the link was made with (the API answers no others) and, when the link
 * says so, the findings and actions.
 */
export function SharePage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const base = `/api/public/${encodeURIComponent(token)}`;
  const meta = useQuery({
    queryKey: ['share', token],
    queryFn: async () => {
      const info = await answer(
        kolo.api.public[':token'].$get({ param: { token: encodeURIComponent(token) } }),
      );
      return { ...info, survey: SurveyDefinition.parse(info.survey) };
    },
    retry: false,
  });
  // the link's own filters apply on the server: the request names none
  const results = useResults(base, '', meta.isSuccess);
  const locale = i18n.language;
  const header = (
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
  );
  if (meta.isError) {
    return (
      <>
        {header}
        <main id="main" className="page">
          <p role="alert">{t('insights.sharePage.gone')}</p>
        </main>
      </>
    );
  }
  const definition = meta.data?.survey;
  const org = meta.data?.organization ?? '';
  const showing = meta.data
    ? filterSummary(keptFilters(meta.data.filters), {
        t,
        locale,
        definition,
        sites: meta.data.sites,
        countryName: (c) => countryName(c, locale),
      })
    : [];
  return (
    <>
      {header}
      <main id="main" className="page insights">
        {definition && (
          <>
            <h1>{t('share.publicTitle', { org, survey: resolveText(definition.title, locale) })}</h1>
            <p className="note">{t('share.publicNote', { org })}</p>
            <p className="note">
              {t('insights.sharePage.showing')}: {showing.length ? showing.join('; ') : t('filters.all')}
            </p>
          </>
        )}
        {(!definition || results.isLoading) && <p role="status">{t('app.loading')}</p>}
        {definition && results.data && (
          <ResultsView definition={definition} results={results.data} locale={locale} />
        )}
        {meta.data?.shows.scorecard && <PublicScorecard token={token} />}
        {meta.data?.shows.accountability && <PublicAccountabilityBoard token={token} />}
      </main>
    </>
  );
}
