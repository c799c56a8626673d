import { resolveText, type SurveyDefinition, SurveyVersionAnswer } from '@kolo/schema';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { RaiseFindingProvider } from '../accountability/raise-finding.tsx';
import { addAdminMessages } from '../admin/messages/index.ts';
import { ApiRequestError } from '../api/client.ts';
import { answer, kolo, parsedAnswer } from '../api/kolo.ts';
import { useSession } from '../auth/session.tsx';
import { apiErrorText } from '../i18n/api-error.ts';
import { i18n as appI18n } from '../i18n/index.ts';
import { ComparePanel } from './compare-panel.tsx';
import { type CompareState, compareFromParams, compareToParams, withCompareOf } from './compare-state.ts';
import { FilterBar } from './filter-bar.tsx';
import {
  filtersFromParams,
  filtersToParams,
  type InsightsFilters,
  periodRange,
  previousRange,
  resultsQuery,
} from './filters.ts';
import { addInsightsMessages } from './messages/index.ts';
import { ResultsView } from './results-view.tsx';
import { RowsExport } from './rows-export.tsx';
import { useResults } from './use-results.ts';

addInsightsMessages(appI18n);
// the names of the services sites offer, for the service type filter
addAdminMessages(appI18n);

/** The surveys a reader can open. */
export function InsightsIndex() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery({
    queryKey: ['surveys'],
    queryFn: () => answer(kolo.api.surveys.$get()),
  });
  return (
    <main id="main" className="page">
      <h1>{t('insights.title')}</h1>
      <h2>{t('insights.chooseSurvey')}</h2>
      <ul className="cards">
        {(data?.surveys ?? [])
          .filter((s) => s.version !== null)
          .map((s) => (
            <li key={s.id} className="card">
              <Link to={`/insights/${s.id}`}>{resolveText(s.title, i18n.language)}</Link>
            </li>
          ))}
      </ul>
    </main>
  );
}

/** A refusal of the request as made (bad or forbidden filters): the reader can change the filters. */
const refusal = (error: unknown) =>
  error instanceof ApiRequestError && error.status >= 400 && error.status < 500 && error.status !== 401;

/** A survey's dashboard with filters in the URL, indicator changes against the previous period, and comparisons. */
export function InsightsPage() {
  const { t, i18n } = useTranslation();
  const { surveyId = '' } = useParams();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  // state is the source of truth (functional updates never lose a quick second change); the URL mirrors it for sharing
  const [filters, setFiltersState] = useState<InsightsFilters>(() => filtersFromParams(params));
  useEffect(() => {
    setParams((current) => withCompareOf(filtersToParams(filters), current), { replace: true });
  }, [filters, setParams]);
  const compare = compareFromParams(params);
  const setCompare = (next: CompareState) =>
    setParams((current) => compareToParams(current, next), { replace: true });
  const locale = i18n.language;
  const survey = useQuery({
    queryKey: ['survey', surveyId],
    queryFn: () =>
      parsedAnswer(SurveyVersionAnswer, kolo.api.surveys[':id'].$get({ param: { id: surveyId } })),
  });
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => answer(kolo.api.sites.$get()) });
  const base = `/api/surveys/${surveyId}`;
  const range = periodRange(filters);
  const previous = previousRange(range);
  const results = useResults(base, resultsQuery(filters, range));
  const before = useResults(base, previous ? resultsQuery(filters, previous) : '', previous !== undefined);
  const definition: SurveyDefinition | undefined = survey.data?.definition;
  const setFilters = (update: (current: InsightsFilters) => InsightsFilters) => setFiltersState(update);
  return (
    <RaiseFindingProvider
      value={{
        surveyId,
        surveyVersion: survey.data?.version,
        query: resultsQuery(filters, range),
        sites: sites.data?.sites ?? [],
      }}
    >
      {/* busy while any figure on the page is being fetched: assistive technology waits for the update */}
      <main
        id="main"
        className="page insights"
        aria-busy={survey.isFetching || results.isFetching || before.isFetching || undefined}
      >
        <div className="page-title">
          <h1>{definition ? resolveText(definition.title, locale) : t('insights.title')}</h1>
          <div className="actions no-print">
            <button type="button" onClick={() => window.print()}>
              {t('insights.print')}
            </button>
            {me && me.role !== 'funder' && (
              <Link
                to={`/admin?${new URLSearchParams([['share', surveyId], ...filtersToParams(filters)])}#share-title`}
                aria-label={t('insights.shareThisView')}
              >
                {t('insights.share')}
              </Link>
            )}
          </div>
        </div>
        {definition && (
          <FilterBar
            definition={definition}
            sites={sites.data?.sites ?? []}
            filters={filters}
            locale={locale}
            onChange={setFilters}
          />
        )}
        {(survey.error || results.error) && (
          <div role="alert" className="notice error">
            <p>
              {survey.error
                ? apiErrorText(t, survey.error)
                : refusal(results.error)
                  ? t('insights.filtersRefused')
                  : apiErrorText(t, results.error)}
            </p>
            {results.error && refusal(results.error) && (
              <button type="button" onClick={() => setFiltersState({ period: 'all' })}>
                {t('insights.resetFilters')}
              </button>
            )}
          </div>
        )}
        {(!definition || results.isLoading) && <p role="status">{t('app.loading')}</p>}
        {definition && results.data && (
          <ResultsView
            definition={definition}
            results={results.data}
            previous={previous ? before.data : undefined}
            locale={locale}
          />
        )}
        {definition && (me?.role === 'staff' || me?.role === 'admin') && (
          <RowsExport
            surveyId={surveyId}
            from={range.from}
            to={range.to}
            siteId={filters.siteId}
            locale={locale}
          />
        )}
        {definition && sites.data && (
          <ComparePanel
            definition={definition}
            sites={sites.data.sites}
            filters={filters}
            base={base}
            locale={locale}
            compare={compare}
            onCompareChange={setCompare}
          />
        )}
      </main>
    </RaiseFindingProvider>
  );
}
