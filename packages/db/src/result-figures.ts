import type { Item, NumberStats, ValueCount } from '@kolo/schema';
import type { FactTotal } from './aggregates.ts';
import { bandMiddle, hiddenCellsRecoverable, suppressPartition } from './suppression.ts';

/** Facts by question, then value. */
export type Index = Map<string, Map<string, FactTotal>>;

/** Publish a count: exact, or the middle of its band (counts under k are withheld before this). */
export const publish = (n: number, base: number) => (base > 1 ? bandMiddle(n, base) : n);

/**
 * Whether a count is withheld: exact counts from 1 to k-1 (zeros are shown); rounded ones from
 * 0 to k-1, so a withheld figure never tells "nobody" from "a few" (a set of cells known to be
 * non-empty would otherwise bound each other: four non-empty cells under a total of four are 1 each).
 */
export const hides = (n: number, k: number, base: number) => (base > 1 ? n < k : n > 0 && n < k);

/**
 * A value distribution as the banded counts describe it: each value's count replaced by its band's
 * middle (a value under k, or withheld, is left out, so a value's presence is never told), with the
 * answered total and sums recomputed, so statistics rest on nothing finer than the bands.
 */
export function roundedDistribution(
  values: Map<string, FactTotal>,
  base: number,
  withheld: ReadonlySet<string> = new Set(),
): Map<string, FactTotal> {
  const out = new Map<string, FactTotal>();
  let n = 0;
  let total = 0;
  let totalSquares = 0;
  for (const [value, fact] of values) {
    if (value === '*' || withheld.has(value)) continue;
    const x = Number(value);
    if (fact.n < base || !Number.isFinite(x)) continue;
    const count = bandMiddle(fact.n, base);
    out.set(value, { ...fact, n: count, total: x * count, totalSquares: x * x * count });
    n += count;
    total += x * count;
    totalSquares += x * x * count;
  }
  out.set('*', { question: '', value: '*', n, total, totalSquares });
  return out;
}

/** Index fact totals by question and value. */
export function index(totals: readonly FactTotal[]): Index {
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

/** Mean, sd and quartiles of a value distribution, or null under k answered. */
export function numberStats(values: Map<string, FactTotal>, k: number): NumberStats | null {
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

/**
 * Per-value counts of a question, withheld under k; `exclusive` when every respondent gives one value
 * (the cells then add up to the published total).
 */
export function valueCounts(
  values: Map<string, FactTotal> | undefined,
  order: readonly string[],
  k: number,
  exclusive: boolean,
  base: number,
) {
  if (base > 1) return roundedValueCounts(values, order, k, base);
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
  const published = publish(answered, base);
  for (const c of counts) {
    if (c.n !== null) c.n = publish(c.n, base);
    c.share = c.n === null || published === 0 ? null : c.n / published;
  }
  return { n: suppressed ? null : published, suppressed, counts };
}

/**
 * Banded per-value counts: each under k withheld (zeros too), the others their band's middle, and no
 * partner withheld (withheld cells sum to at most k-1 each and a total's band starts at a multiple
 * of k, so fewer than k withheld cells are never pinned by the total). Values beyond `order`
 * (not in the definition) are listed only when published, so a listed value never tells who answered.
 */
function roundedValueCounts(
  values: Map<string, FactTotal> | undefined,
  order: readonly string[],
  k: number,
  base: number,
) {
  const answered = values?.get('*')?.n ?? 0;
  const published = answered < k ? null : bandMiddle(answered, base);
  const known = new Set(order);
  const extra = [...(values?.keys() ?? [])].filter(
    (v) => v !== '*' && !known.has(v) && (values?.get(v)?.n ?? 0) >= k,
  );
  const counts: ValueCount[] = [...order, ...extra].map((value) => {
    const count = values?.get(value)?.n ?? 0;
    const n = published === null || count < k ? null : bandMiddle(count, base);
    return { value, n, share: n === null || !published ? null : n / published, suppressed: n === null };
  });
  return { n: published, suppressed: published === null, counts };
}

/** The values of a rating scale, lowest first. */
export function ratingValues(item: Item): string[] {
  if (item.kind === 'rating') {
    const out: string[] = [];
    for (let v = item.min ?? 1; v <= item.max; v += 1) out.push(String(v));
    return out;
  }
  return [];
}
