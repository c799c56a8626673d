import {
  allowedValues,
  type Indicator,
  type IndicatorResult,
  type Item,
  type QuestionResult,
  type SurveyDefinition,
  type SurveyResults,
  surveyItems,
  type TimelinePoint,
} from '@kolo/schema';
import type { FactTotal, RawResults } from './aggregates.ts';
import { SUBMISSION_FACT } from './facts.ts';
import { repeatQuestionResult, repeatResult } from './repeat-results.ts';
import {
  hides,
  type Index,
  index,
  numberStats,
  publish,
  ratingValues,
  roundedDistribution,
  valueCounts,
} from './result-figures.ts';
import { bandMiddle, type Cell, hiddenCellsRecoverable, suppressPartition } from './suppression.ts';

// The shapes of published results are the contract's (`@kolo/schema`, results-api.ts): built here,
// documented and checked by the API, read by the charts.
export type {
  IndicatorResult,
  NumberStats,
  QuestionResult,
  SurveyResults,
  TimelinePoint,
  ValueCount,
} from '@kolo/schema';

/** How results are published: exact counts (staff), or counts in bands of k (funders, share links). */
export interface BuildResultsOptions {
  /**
   * Publish every count as the middle of its band of this width, which must be k (the bands then
   * line up with the withheld 0..k-1); 0 or absent keeps counts exact.
   */
  readonly roundTo?: number;
  /**
   * Publish per-value counts of `sensitive` questions (gender, key population): true by default;
   * false for funders and share links unless the survey's `privacy.funderBreakdownBySensitive` allows it.
   */
  readonly sensitiveBreakdowns?: boolean;
}

function questionResult(
  definition: SurveyDefinition,
  item: Item,
  byQuestion: Index,
  k: number,
  base: number,
): QuestionResult {
  const values = byQuestion.get(item.id);
  const answeredN = (suppressed: boolean) => (suppressed ? null : publish(values?.get('*')?.n ?? 0, base));
  const answered = values?.get('*')?.n ?? 0;
  if (item.kind === 'matrix') {
    const order = allowedValues(definition, item) ?? [];
    const rows = item.rows.map((row) => ({
      id: row.id,
      ...valueCounts(byQuestion.get(`${item.id}.${row.id}`), order, k, true, base),
    }));
    const suppressed = hides(answered, k, base);
    return { id: item.id, kind: item.kind, n: answeredN(suppressed), suppressed, counts: [], rows };
  }
  if (item.kind === 'number' || (item.kind === 'calculate' && item.valueType === 'number')) {
    // a number's exact values could single people out: only summary statistics are published
    const suppressed = hides(answered, k, base);
    const distribution = base > 1 ? roundedDistribution(values ?? new Map(), base) : (values ?? new Map());
    return {
      id: item.id,
      kind: item.kind,
      n: answeredN(suppressed),
      suppressed,
      counts: [],
      stats: suppressed ? null : numberStats(distribution, k),
    };
  }
  if (item.kind === 'text' || item.kind === 'date' || item.kind === 'note' || item.kind === 'calculate') {
    const suppressed = hides(answered, k, base);
    return { id: item.id, kind: item.kind, n: answeredN(suppressed), suppressed, counts: [] };
  }
  const order = item.kind === 'rating' ? ratingValues(item) : (allowedValues(definition, item) ?? []);
  const result: QuestionResult = {
    id: item.id,
    kind: item.kind,
    ...valueCounts(values, order, k, item.kind !== 'multi_choice', base),
  };
  if (item.kind === 'rating') {
    // rounded: the statistics of the published counts, leaving out the withheld ones
    const withheld = new Set(result.counts.filter((c) => c.suppressed).map((c) => c.value));
    const distribution = base > 1 ? roundedDistribution(values ?? new Map(), base, withheld) : values;
    result.stats = result.suppressed ? null : numberStats(distribution ?? new Map(), k);
  }
  return result;
}

/** Score points of a scale-mean indicator: its respondents are counted per whole point (see `scoreFactValue`). */
const SCORE_POINTS = 100;

/**
 * A scale mean computed from bands only: C(s), the respondents scoring at most s points, replaced
 * by its band's middle for every whole point s (the withheld band's middle under k), and N the
 * middle of the band of respondents scored. The mean of scores 0..100 is the sum over s < 100 of
 * the share scoring above s, 1 - C(s)/N. Every exact count within a band gives the same figure, so
 * means (like counts) cannot be set against each other to recover a small group. C(s) and N are
 * each within floor(k/2) of their middles, so the error is at most 2 * floor(k/2) * 100/N points
 * (57 at N = 7, k = 5), typically a few: about 9 points on average at N = 10, 2 at N = 50.
 */
export function roundedScaleMean(
  values: ReadonlyMap<string, FactTotal> | undefined,
  base: number,
): number | null {
  const perPoint = new Array<number>(SCORE_POINTS + 1).fill(0);
  let scored = 0;
  for (const [value, fact] of values ?? []) {
    const point = Number(value);
    if (value === '*' || !Number.isInteger(point) || point < 0 || point > SCORE_POINTS) continue;
    perPoint[point] = (perPoint[point] ?? 0) + fact.n;
    scored += fact.n;
  }
  if (scored < base) return null;
  const n = bandMiddle(scored, base);
  let atMost = 0;
  let mean = 0;
  for (let point = 0; point < SCORE_POINTS; point += 1) {
    atMost += perPoint[point] ?? 0;
    mean += 1 - bandMiddle(atMost, base) / n;
  }
  return Math.round(mean);
}

/**
 * An indicator's published value, or null when it rests on fewer than k respondents: its own n,
 * and for counts and shares also the respondents counted (a count is that number; a share times
 * n gives it). `values` are the indicator's facts by value (`*`: respondents and sum). Over an item
 * of a repeated section a `share` or `count` is of respondents, never instances (see `respondentView`):
 * a share is the share of respondents who answered it in any instance with at least one instance among
 * its values, a count the respondents with one; so k rests on distinct respondents here too.
 */
function indicatorValue(
  indicator: Indicator,
  values: ReadonlyMap<string, FactTotal> | undefined,
  k: number,
  base: number,
): number | null {
  const fact = values?.get('*');
  const n = fact?.n ?? 0;
  const total = fact?.total ?? 0;
  if (n === 0 || n < k) return null;
  // a share sums 100 per respondent counted, a count 1
  const counted = Math.round(indicator.kind === 'share' ? total / 100 : total);
  if (base > 1) {
    // banded: only from band middles. A mean from the banded score distribution, never from the
    // exact total and n (an exact mean with a banded n leaves few possible n, and two overlapping
    // periods then give away the respondents between them); a count or share from the band of the
    // number counted, withheld when that band is the withheld one (under k, zero included)
    if (indicator.kind === 'scale_mean') return roundedScaleMean(values, base);
    if (counted < k) return null;
    return indicator.kind === 'count'
      ? bandMiddle(counted, base)
      : (100 * bandMiddle(counted, base)) / bandMiddle(n, base);
  }
  if (indicator.kind === 'scale_mean') return total / n;
  if (counted > 0 && counted < k) return null;
  // a share also reveals its complement: those counted out must not be a small group either
  if (indicator.kind === 'share' && n - counted > 0 && n - counted < k) return null;
  return indicator.kind === 'count' ? total : total / n;
}

/** A question with its answered count only: per-value counts, rows and statistics left out. */
function withoutBreakdown(result: QuestionResult): QuestionResult {
  return {
    ...result,
    counts: [],
    ...(result.rows ? { rows: [] } : {}),
    ...(result.stats !== undefined ? { stats: null } : {}),
    ...(result.instances ? { instances: { ...result.instances, counts: [] } } : {}),
    restricted: true,
  };
}

/**
 * Turn raw aggregates into published results for one survey definition (the latest version:
 * versions are merged by question id), withholding every figure built from fewer than k respondents.
 * With `roundTo` (k), every count is also published as the middle of its band of k, against differencing.
 * A question of a repeated section is published by respondents with its instances beside (see
 * `repeatQuestionResult`), and each repeated section by its respondents and instances (`repeats`).
 * @example buildResults(definition, await aggregateSurvey(db, orgId, surveyId), 5, { roundTo: 5 })
 */
export function buildResults(
  definition: SurveyDefinition,
  raw: RawResults,
  k: number,
  options: BuildResultsOptions = {},
): SurveyResults {
  const base = options.roundTo && options.roundTo > 1 ? options.roundTo : 0;
  // bands narrower or wider than k would not line up with the withheld 0..k-1
  if (base > 1 && base !== k) throw new RangeError(`roundTo must equal k (${k}), got ${base}`);
  const byQuestion = index(raw.totals);
  const total = byQuestion.get(SUBMISSION_FACT)?.get('*')?.n ?? 0;
  const respondents: Cell = hides(total, k, base)
    ? { n: null, suppressed: true }
    : { n: publish(total, base), suppressed: false };
  const questions = surveyItems(definition)
    .filter(({ item }) => item.kind !== 'note')
    .map(({ item, section }) => {
      const result = section.repeat
        ? repeatQuestionResult(definition, item, section, byQuestion, k, base)
        : questionResult(definition, item, byQuestion, k, base);
      // a sensitive question's breakdown (who answered what) only for audiences allowed it
      if ('sensitive' in item && item.sensitive && options.sensitiveBreakdowns === false)
        return withoutBreakdown(result);
      return result;
    });
  const indicators = (definition.indicators ?? []).map((indicator): IndicatorResult => {
    const values = byQuestion.get(`@${indicator.id}`);
    const n = values?.get('*')?.n ?? 0;
    const value = indicatorValue(indicator, values, k, base);
    const hidden = (n > 0 || base > 1) && value === null;
    return {
      id: indicator.id,
      kind: indicator.kind,
      n: hidden ? null : publish(n, base),
      value: hidden ? null : value,
      suppressed: hidden,
    };
  });
  const periods = new Map<string, TimelinePoint>();
  const byPeriod = new Map<string, Index>();
  for (const t of raw.timeline) {
    const point = periods.get(t.period) ?? { period: t.period, n: 0, suppressed: false, indicators: {} };
    periods.set(t.period, point);
    if (t.question === SUBMISSION_FACT) {
      if (t.value === '*') point.n = t.n;
      continue;
    }
    const perPeriod = byPeriod.get(t.period) ?? new Map<string, Map<string, FactTotal>>();
    byPeriod.set(t.period, perPeriod);
    const values = perPeriod.get(t.question) ?? new Map<string, FactTotal>();
    values.set(t.value, t);
    perPeriod.set(t.question, values);
  }
  // rounded: a period under k is left out (as if it had nobody), so a listed period never tells
  // that someone answered in it
  const timeline = [...periods.values()]
    .filter((p) => base <= 1 || (p.n ?? 0) >= k)
    .sort((a, b) => (a.period < b.period ? -1 : 1));
  const buckets = timeline.map((p) => p.n ?? 0);
  if (base <= 1) suppressPartition(timeline, k, !respondents.suppressed);
  if (base <= 1 && !respondents.suppressed && hiddenCellsRecoverable(timeline, buckets)) {
    for (const [i, point] of timeline.entries())
      Object.assign(point, { n: null, suppressed: (buckets[i] ?? 0) > 0 });
  }
  for (const point of timeline) {
    if (point.n !== null) point.n = publish(point.n, base);
    for (const indicator of definition.indicators ?? []) {
      const values = byPeriod.get(point.period)?.get(`@${indicator.id}`);
      point.indicators[indicator.id] = point.suppressed ? null : indicatorValue(indicator, values, k, base);
    }
  }
  if (respondents.suppressed) {
    for (const q of questions)
      Object.assign(q, {
        n: null,
        suppressed: true,
        counts: [],
        rows: q.rows ? [] : undefined,
        stats: q.stats === undefined ? undefined : null,
        instances: q.instances && { n: null, suppressed: true, counts: [] },
      });
    for (const i of indicators) Object.assign(i, { n: null, value: null, suppressed: true });
  }
  const repeated = definition.sections.filter((s) => s.repeat);
  if (repeated.length === 0)
    return { k, rounding: base || null, respondents, questions, indicators, timeline };
  const repeats = repeated.map((section) =>
    respondents.suppressed
      ? {
          id: section.id,
          n: null,
          suppressed: true,
          withInstances: { n: null, suppressed: true },
          instances: null,
          stats: null,
        }
      : repeatResult(section, byQuestion, k, base),
  );
  return { k, rounding: base || null, respondents, questions, indicators, timeline, repeats };
}
