import { allowedValues, type Indicator, type Item, type SurveyDefinition, surveyItems } from '@kolo/schema';
import type { FactTotal, RawResults } from './aggregates.ts';
import { SUBMISSION_FACT } from './facts.ts';
import { type Cell, hiddenCellsRecoverable, suppressPartition } from './suppression.ts';

/** One answer value's count; `share` is of respondents who answered the question (0..1). */
export interface ValueCount extends Cell {
  value: string;
  share: number | null;
}

/** Distribution statistics of a number or rating question, shown only from k respondents. */
export interface NumberStats {
  mean: number;
  sd: number;
  median: number;
  q1: number;
  q3: number;
}

export interface QuestionResult {
  id: string;
  kind: Item['kind'];
  /** Respondents who answered. */
  n: number | null;
  suppressed: boolean;
  counts: ValueCount[];
  stats?: NumberStats | null;
  /** Matrix rows, each like a single-choice question. */
  rows?: Array<{ id: string; n: number | null; suppressed: boolean; counts: ValueCount[] }>;
}

export interface IndicatorResult {
  id: string;
  kind: string;
  n: number | null;
  /** Mean value (0..100) for scales and shares, the total for counts. */
  value: number | null;
  suppressed: boolean;
}

export interface TimelinePoint {
  period: string;
  n: number | null;
  suppressed: boolean;
  indicators: Record<string, number | null>;
}

/** Aggregate results of a survey as they may leave the server: every figure under k withheld. */
export interface SurveyResults {
  k: number;
  respondents: Cell;
  questions: QuestionResult[];
  indicators: IndicatorResult[];
  timeline: TimelinePoint[];
}

type Index = Map<string, Map<string, FactTotal>>;

function index(totals: readonly FactTotal[]): Index {
  const byQuestion: Index = new Map();
  for (const t of totals) {
    const values = byQuestion.get(t.question) ?? new Map<string, FactTotal>();
    values.set(t.value, t);
    byQuestion.set(t.question, values);
  }
  return byQuestion;
}

function quantile(sorted: Array<[number, number]>, total: number, p: number): number {
  const target = p * (total - 1);
  let seen = 0;
  let previous: number | undefined;
  for (const [value, n] of sorted) {
    if (previous !== undefined && seen > target) return previous;
    if (seen + n > target) {
      const lowerRank = Math.floor(target);
      const upperRank = Math.ceil(target);
      if (upperRank < seen + n) return value;
      // target falls between this value and the next
      const next = sorted.find(([v]) => v > value)?.[0] ?? value;
      return lowerRank === upperRank ? value : value + (next - value) * (target - lowerRank);
    }
    seen += n;
    previous = value;
  }
  return previous ?? 0;
}

function numberStats(values: Map<string, FactTotal>, k: number): NumberStats | null {
  const answered = values.get('*');
  if (!answered || answered.n < k) return null;
  const n = answered.n;
  const mean = answered.total / n;
  const variance = Math.max(0, answered.totalSquares / n - mean * mean);
  const sorted: Array<[number, number]> = [...values.entries()]
    .filter(([v]) => v !== '*')
    .map(([v, t]): [number, number] => [Number(v), t.n])
    .sort((a, b) => a[0] - b[0]);
  return {
    mean,
    sd: Math.sqrt((variance * n) / Math.max(1, n - 1)),
    median: quantile(sorted, n, 0.5),
    q1: quantile(sorted, n, 0.25),
    q3: quantile(sorted, n, 0.75),
  };
}

function valueCounts(
  values: Map<string, FactTotal> | undefined,
  order: readonly string[],
  k: number,
  exclusive: boolean,
) {
  const answered = values?.get('*')?.n ?? 0;
  const known = new Set(order);
  const extra = [...(values?.keys() ?? [])].filter((v) => v !== '*' && !known.has(v));
  const counts: ValueCount[] = [...order, ...extra].map((value) => ({
    value,
    n: values?.get(value)?.n ?? 0,
    share: null,
    suppressed: false,
  }));
  const raw = counts.map((c) => c.n ?? 0);
  let suppressed = answered > 0 && answered < k;
  if (!suppressed) {
    suppressPartition(counts, k, exclusive);
    // nothing left to hide beside cells that are all 1: withhold the whole question
    suppressed = exclusive && hiddenCellsRecoverable(counts, raw);
  }
  if (suppressed)
    for (const [i, c] of counts.entries()) Object.assign(c, { n: null, suppressed: (raw[i] ?? 0) > 0 });
  for (const c of counts) c.share = c.n === null || answered === 0 ? null : c.n / answered;
  return { n: suppressed ? null : answered, suppressed, counts };
}

function ratingValues(item: Item): string[] {
  if (item.kind === 'rating') {
    const out: string[] = [];
    for (let v = item.min ?? 1; v <= item.max; v += 1) out.push(String(v));
    return out;
  }
  return [];
}

function questionResult(
  definition: SurveyDefinition,
  item: Item,
  byQuestion: Index,
  k: number,
): QuestionResult {
  const values = byQuestion.get(item.id);
  if (item.kind === 'matrix') {
    const order = allowedValues(definition, item) ?? [];
    const rows = item.rows.map((row) => ({
      id: row.id,
      ...valueCounts(byQuestion.get(`${item.id}.${row.id}`), order, k, true),
    }));
    const answered = values?.get('*')?.n ?? 0;
    const suppressed = answered > 0 && answered < k;
    return { id: item.id, kind: item.kind, n: suppressed ? null : answered, suppressed, counts: [], rows };
  }
  if (item.kind === 'number') {
    // a number's exact values could single people out: only summary statistics are published
    const answered = values?.get('*')?.n ?? 0;
    const suppressed = answered > 0 && answered < k;
    return {
      id: item.id,
      kind: item.kind,
      n: suppressed ? null : answered,
      suppressed,
      counts: [],
      stats: numberStats(values ?? new Map(), k),
    };
  }
  if (item.kind === 'text' || item.kind === 'date' || item.kind === 'note') {
    const answered = values?.get('*')?.n ?? 0;
    const suppressed = answered > 0 && answered < k;
    return { id: item.id, kind: item.kind, n: suppressed ? null : answered, suppressed, counts: [] };
  }
  const order = item.kind === 'rating' ? ratingValues(item) : (allowedValues(definition, item) ?? []);
  const result: QuestionResult = {
    id: item.id,
    kind: item.kind,
    ...valueCounts(values, order, k, item.kind !== 'multi_choice'),
  };
  if (item.kind === 'rating') result.stats = result.suppressed ? null : numberStats(values ?? new Map(), k);
  return result;
}

/**
 * An indicator's published value, or null when it rests on fewer than k respondents: its own n,
 * and for counts and shares also the respondents counted (a count is that number; a share times
 * n gives it).
 */
function indicatorValue(indicator: Indicator, fact: FactTotal | undefined, k: number): number | null {
  const n = fact?.n ?? 0;
  const total = fact?.total ?? 0;
  if (n === 0 || n < k) return null;
  if (indicator.kind === 'scale_mean') return total / n;
  // a share sums 100 per respondent counted, a count 1
  const counted = Math.round(indicator.kind === 'share' ? total / 100 : total);
  if (counted > 0 && counted < k) return null;
  // a share also reveals its complement: those counted out must not be a small group either
  if (indicator.kind === 'share' && n - counted > 0 && n - counted < k) return null;
  return indicator.kind === 'count' ? total : total / n;
}

/**
 * Turn raw aggregates into published results for one survey definition (the latest version:
 * versions are merged by question id), withholding every figure built from fewer than k respondents.
 */
export function buildResults(definition: SurveyDefinition, raw: RawResults, k: number): SurveyResults {
  const byQuestion = index(raw.totals);
  const total = byQuestion.get(SUBMISSION_FACT)?.get('*')?.n ?? 0;
  const respondents: Cell =
    total > 0 && total < k ? { n: null, suppressed: true } : { n: total, suppressed: false };
  const questions = surveyItems(definition)
    .filter(({ item }) => item.kind !== 'note')
    .map(({ item }) => questionResult(definition, item, byQuestion, k));
  const indicators = (definition.indicators ?? []).map((indicator): IndicatorResult => {
    const fact = byQuestion.get(`@${indicator.id}`)?.get('*');
    const n = fact?.n ?? 0;
    const value = indicatorValue(indicator, fact, k);
    const hidden = n > 0 && value === null;
    return {
      id: indicator.id,
      kind: indicator.kind,
      n: hidden ? null : n,
      value: hidden ? null : value,
      suppressed: hidden,
    };
  });
  const periods = new Map<string, TimelinePoint>();
  const sums = new Map<string, Map<string, FactTotal>>();
  for (const t of raw.timeline) {
    const point = periods.get(t.period) ?? { period: t.period, n: 0, suppressed: false, indicators: {} };
    periods.set(t.period, point);
    if (t.question === SUBMISSION_FACT) point.n = t.n;
    else {
      const perPeriod = sums.get(t.period) ?? new Map<string, FactTotal>();
      perPeriod.set(t.question.slice(1), t);
      sums.set(t.period, perPeriod);
    }
  }
  const timeline = [...periods.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
  const buckets = timeline.map((p) => p.n ?? 0);
  suppressPartition(timeline, k, !respondents.suppressed);
  if (!respondents.suppressed && hiddenCellsRecoverable(timeline, buckets)) {
    for (const [i, point] of timeline.entries())
      Object.assign(point, { n: null, suppressed: (buckets[i] ?? 0) > 0 });
  }
  for (const point of timeline) {
    for (const indicator of definition.indicators ?? []) {
      const fact = sums.get(point.period)?.get(indicator.id);
      point.indicators[indicator.id] = point.suppressed ? null : indicatorValue(indicator, fact, k);
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
      });
    for (const i of indicators) Object.assign(i, { n: null, value: null, suppressed: true });
  }
  return { k, respondents, questions, indicators, timeline };
}
