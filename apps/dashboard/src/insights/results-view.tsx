import './chart-store.ts';
import { IndicatorCard, RespondentsChart, TrendChart } from '@kolo/charts';
import { resolveText, type SurveyDefinition } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { RaiseFindingForIndicator } from '../accountability/insights-entry.tsx';
import { QuestionPanel } from './question-panel.tsx';
import { RepeatSummary } from './repeat-summary.tsx';
import type { ResultsResponse } from './use-results.ts';

export interface ResultsViewProps {
  definition: SurveyDefinition;
  results: ResultsResponse;
  previous?: ResultsResponse | undefined;
  locale: string;
}

/**
 * The dashboard body: respondents over time, the entries of repeated sections, indicator cards,
 * then one chart per question by section.
 */
export function ResultsView({ definition, results, previous, locale }: ResultsViewProps) {
  const { t } = useTranslation();
  const byId = new Map(results.questions.map((q) => [q.id, q]));
  const indicatorIds = (definition.indicators ?? []).map((i) => i.id);
  const respondents = results.respondents.n;
  if (respondents === 0) return <p role="status">{t('insights.noData')}</p>;
  // too few respondents for any figure: one notice for the page, not the same on every chart
  if (results.respondents.suppressed || respondents === null)
    return (
      <p role="status" className="notice">
        {t('insights.fewRespondents', { k: results.k })}
      </p>
    );
  return (
    <div className="results">
      <p className="note">{t('insights.suppressedNote', { count: results.k })}</p>
      {results.rounding ? (
        <p className="note">{t('insights.roundedNote', { base: results.rounding })}</p>
      ) : null}
      <section aria-labelledby="respondents-title" className="panel">
        <h2 id="respondents-title">
          {t('insights.respondents')}:{' '}
          {respondents === null
            ? `<${results.k}`
            : `${results.rounding ? '≈' : ''}${new Intl.NumberFormat(locale).format(respondents)}`}
        </h2>
        <RespondentsChart
          timeline={results.timeline}
          locale={locale}
          k={results.k}
          total={respondents}
          approximate={Boolean(results.rounding)}
        />
      </section>
      <RepeatSummary definition={definition} results={results} locale={locale} />
      {(definition.indicators ?? []).length > 0 && (
        <section aria-labelledby="indicators-title">
          <h2 id="indicators-title">{t('insights.indicators')}</h2>
          <div className="indicator-grid">
            {(definition.indicators ?? []).map((indicator) => (
              <div key={indicator.id} className="indicator-slot">
                <IndicatorCard
                  indicator={indicator}
                  result={results.indicators.find((r) => r.id === indicator.id)}
                  previous={previous?.indicators.find((r) => r.id === indicator.id)}
                  locale={locale}
                  k={results.k}
                />
                <RaiseFindingForIndicator indicator={indicator} results={results} locale={locale} />
              </div>
            ))}
          </div>
          <div className="panel">
            <TrendChart
              definition={definition}
              timeline={results.timeline}
              indicatorIds={indicatorIds}
              locale={locale}
              k={results.k}
            />
          </div>
        </section>
      )}
      <h2>{t('insights.questions')}</h2>
      {definition.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="question-section">
          <h3 id={`section-${section.id}`}>{resolveText(section.title, locale)}</h3>
          <div className="chart-grid">
            {section.items
              .filter((item) => item.kind !== 'note' && item.kind !== 'text' && byId.has(item.id))
              .map((item) => {
                const result = byId.get(item.id);
                return result ? (
                  <QuestionPanel
                    key={item.id}
                    definition={definition}
                    item={item}
                    result={result}
                    locale={locale}
                    k={results.k}
                  />
                ) : null;
              })}
          </div>
        </section>
      ))}
    </div>
  );
}
