import type { IndicatorResult, QuestionResult, SurveyResults } from '@kolo/charts';
import { type Indicator, type Item, resolveText } from '@kolo/schema';
import { RaiseFindingButton, shownFigure } from './raise-finding.tsx';

/** The unit an indicator's value is shown in. */
function unitOf(kind: string): 'percent' | 'count' | 'score' {
  return kind === 'share' ? 'percent' : kind === 'count' ? 'count' : 'score';
}

/** "Raise a finding" under an indicator card, with the card's value and n as shown. */
export function RaiseFindingForIndicator({
  indicator,
  results,
  locale,
}: {
  indicator: Indicator;
  results: SurveyResults;
  locale: string;
}) {
  const result = results.indicators.find((r) => r.id === indicator.id);
  const figure = result ?? { value: null, n: null, suppressed: true };
  return (
    <RaiseFindingButton
      target={{ kind: 'indicator', indicatorId: indicator.id }}
      shown={shownFigure(figure, unitOf(indicator.kind), results.k, locale)}
      about={resolveText(indicator.label, locale)}
    />
  );
}

/**
 * "Raise a finding" on a question's chart: the most chosen answer's share (withheld stays
 * withheld), or the mean of a number or rating question.
 */
export function RaiseFindingForQuestion({
  item,
  result,
  k,
  locale,
}: {
  item: Item;
  result: QuestionResult;
  k: number;
  locale: string;
}) {
  const label = resolveText(item.label, locale);
  const top = [...result.counts]
    .filter((c) => !c.suppressed && c.share !== null)
    .sort((a, b) => (b.share ?? 0) - (a.share ?? 0))[0];
  if (top) {
    const shown = shownFigure(
      { value: (top.share ?? 0) * 100, n: top.n, suppressed: false },
      'percent',
      k,
      locale,
    );
    return (
      <RaiseFindingButton
        target={{ kind: 'question', questionId: item.id, value: top.value.slice(0, 64) }}
        shown={{ ...shown, display: `${top.value}: ${shown.display}` }}
        about={label}
      />
    );
  }
  const mean = result.stats?.mean;
  return (
    <RaiseFindingButton
      target={{ kind: 'question', questionId: item.id }}
      shown={shownFigure(
        { value: mean ?? null, n: result.n, suppressed: result.suppressed || mean === undefined },
        'score',
        k,
        locale,
      )}
      about={label}
    />
  );
}

/** "Raise a finding" on a compare row: the row's own country or site as the filters. */
export function RaiseFindingForCompareRow({
  indicator,
  result,
  k,
  query,
  rowLabel,
  locale,
}: {
  indicator: Indicator;
  result: IndicatorResult | undefined;
  k: number;
  query: string;
  rowLabel: string;
  locale: string;
}) {
  return (
    <RaiseFindingButton
      target={{ kind: 'indicator', indicatorId: indicator.id }}
      shown={shownFigure(
        result ?? { value: null, n: null, suppressed: true },
        unitOf(indicator.kind),
        k,
        locale,
      )}
      about={`${resolveText(indicator.label, locale)}, ${rowLabel}`}
      query={query}
    />
  );
}
