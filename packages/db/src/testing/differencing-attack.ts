import { REPEAT_MAX_INSTANCES, type SurveyDefinition } from '@kolo/schema';
import { SUBMISSION_FACT, scoreFactValue } from '../facts.ts';
import { buildResults, type SurveyResults } from '../results.ts';
import { bandMiddle } from '../suppression.ts';

/**
 * A group of respondents an attacker can name: a range of months (indices into the months the
 * attack covers), a set of sites (indices) and answers they gave (question id -> value).
 */
export interface AttackCell {
  readonly from: number;
  readonly to: number;
  readonly sites: readonly number[];
  readonly answers: Readonly<Record<string, string>>;
}

/** What one published figure says about a cell's exact number of respondents. */
export type Observation =
  /** A published count of the cell: null when withheld as under k. */
  | { readonly kind: 'count'; readonly n: number | null }
  /** The cell has respondents (a timeline point exists), without a number. */
  | { readonly kind: 'nonzero' }
  /**
   * A published count of the instances the cell's respondents gave (a repeated section's item):
   * each gave at least one and at most {@link REPEAT_MAX_INSTANCES}, so it bounds their number.
   */
  | { readonly kind: 'instances'; readonly n: number | null }
  /** An indicator's published value over the cell; `point`: from a timeline point (null tells nothing). */
  | {
      readonly kind: 'indicator';
      readonly id: string;
      readonly value: number | null;
      readonly point: boolean;
    };

/**
 * The values an indicator can be published with over n respondents, as the attacker works them out
 * from the code and the survey definition (every possible answer set of n people); `any` when too
 * many to enumerate.
 */
export type Achievable = (indicatorId: string, n: number) => ReadonlySet<number | null> | 'any';

/** A small cell the attacker pinned: the one exact number of respondents consistent with everything published. */
export interface Pin {
  readonly outer: string;
  readonly inner: string | null;
  readonly difference: number;
}

const cellKey = (c: AttackCell) =>
  `${c.from}-${c.to}|${[...c.sites].sort().join(',')}|${Object.entries(c.answers)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([q, v]) => `${q}=${v}`)
    .join('&')}`;

/** Whether every respondent of `inner` is also in `outer`, whatever the data. */
export function cellContains(outer: AttackCell, inner: AttackCell): boolean {
  return (
    outer.from <= inner.from &&
    inner.to <= outer.to &&
    inner.sites.every((s) => outer.sites.includes(s)) &&
    Object.entries(outer.answers).every(([q, v]) => inner.answers[q] === v)
  );
}

/**
 * How counts were published: `band`, the middle of their band of k (what `buildResults` does), or
 * `nearest`, the nearest multiple of the base, halves up (what it did before bands, kept as the
 * "before" oracle that shows the sums attack has teeth).
 */
export type CountRounding = 'band' | 'nearest';

/** The nearest multiple of `base`, halves up: counts as they were published before bands. */
export const roundToNearest = (n: number, base: number) => Math.floor(n / base + 0.5) * base;

/** The exact counts a published count allows: 0, under k when withheld, else its band (or rounding step) from k up. */
function countAllows(
  published: number | null,
  n: number,
  k: number,
  base: number,
  rounding: CountRounding,
): boolean {
  if (published === null) return n < k;
  if (published === 0) return n === 0;
  if (n < k) return false;
  if (base <= 1) return n === published;
  return (rounding === 'band' ? bandMiddle(n, base) : roundToNearest(n, base)) === published;
}

/**
 * The attacker of issue 15: collects every figure published about every cell it can name, keeps
 * for each cell the exact respondent counts consistent with all of them, and then sets every pair
 * of nested cells against each other. A small group is pinned when its count (alone or as the
 * difference of two nested cells) has one possible value.
 */
export class DifferencingAttack {
  private readonly cells = new Map<string, { cell: AttackCell; observations: Observation[] }>();

  constructor(
    private readonly k: number,
    private readonly base: number,
    private readonly achievable: Achievable,
    private readonly maxN: number,
    private readonly rounding: CountRounding = 'band',
  ) {}

  /** Note a figure published about a cell. */
  observe(cell: AttackCell, observation: Observation): void {
    const key = cellKey(cell);
    const entry = this.cells.get(key) ?? { cell, observations: [] };
    entry.observations.push(observation);
    this.cells.set(key, entry);
  }

  /**
   * Note everything one results response says: its own cell (respondents, and the `indicators`
   * every respondent has a value of), the cells one answer further in (per-value counts of
   * `breakdowns` questions; for a question of a repeated section, the respondents who gave the value
   * in any instance, bounded also by its instance counts; for a repeated section named in
   * `breakdowns`, those who gave any instance) and its months (timeline, one point per entry of `periods`).
   */
  observeResults(
    cell: AttackCell,
    results: SurveyResults,
    periods: readonly string[],
    breakdowns: readonly string[],
    indicators: readonly string[],
  ) {
    this.observe(cell, { kind: 'count', n: results.respondents.suppressed ? null : results.respondents.n });
    for (const indicator of results.indicators) {
      if (!indicators.includes(indicator.id)) continue;
      if (indicator.n !== null) this.observe(cell, { kind: 'count', n: indicator.n });
      this.observe(cell, { kind: 'indicator', id: indicator.id, value: indicator.value, point: false });
    }
    for (const question of results.questions) {
      if (!breakdowns.includes(question.id) || question.suppressed) continue;
      if (cell.answers[question.id] !== undefined) continue;
      // a withheld value count is under k (zero included)
      for (const count of question.counts) {
        this.observe(
          { ...cell, answers: { ...cell.answers, [question.id]: count.value } },
          { kind: 'count', n: count.n },
        );
      }
    }
    for (const question of results.questions) {
      if (!question.repeat || !breakdowns.includes(question.id) || question.suppressed) continue;
      // a respondent is in a value's cell when they gave it in any instance
      const withValue = (value: string) => ({ ...cell, answers: { ...cell.answers, [question.id]: value } });
      for (const count of question.instances?.counts ?? [])
        this.observe(withValue(count.value), { kind: 'instances', n: count.n });
    }
    for (const repeat of results.repeats ?? []) {
      if (!breakdowns.includes(repeat.id)) continue;
      // `<section>: '+'` names the respondents who gave at least one instance
      const withAny = { ...cell, answers: { ...cell.answers, [repeat.id]: '+' } };
      this.observe(withAny, {
        kind: 'count',
        n: repeat.withInstances.suppressed ? null : repeat.withInstances.n,
      });
      if (repeat.instances !== null && !results.rounding)
        this.observe(withAny, { kind: 'instances', n: repeat.instances });
    }
    for (let month = cell.from; month <= cell.to; month += 1) {
      const monthCell = { ...cell, from: month, to: month };
      const point = results.timeline.find((p) => p.period === periods[month]);
      if (!point) {
        // a month left out has fewer than k respondents
        this.observe(monthCell, { kind: 'count', n: null });
        continue;
      }
      this.observe(monthCell, point.n === null ? { kind: 'nonzero' } : { kind: 'count', n: point.n });
      for (const [id, value] of Object.entries(point.indicators))
        if (indicators.includes(id)) this.observe(monthCell, { kind: 'indicator', id, value, point: true });
    }
  }

  private allows(observation: Observation, n: number): boolean {
    switch (observation.kind) {
      case 'count':
        return countAllows(observation.n, n, this.k, this.base, this.rounding);
      case 'nonzero':
        return n > 0;
      case 'instances': {
        // a withheld instance count says nothing more than the respondents' own count
        if (observation.n === null) return true;
        const lo = this.base > 1 ? observation.n - Math.floor((this.base - 1) / 2) : observation.n;
        const hi = this.base > 1 ? lo + this.base - 1 : observation.n;
        return n <= hi && n * REPEAT_MAX_INSTANCES >= lo;
      }
      case 'indicator': {
        if (observation.point && observation.value === null) return true;
        const values = this.achievable(observation.id, n);
        return values === 'any' || values.has(observation.value);
      }
    }
  }

  /**
   * The same attack on counts published another way: every cell observed with a count is observed
   * with `rounding` of its true count instead (withheld under k, as before), and nothing else (no
   * indicators). Used as the "before" oracle: bands against the nearest multiple.
   */
  recounted(truth: (cell: AttackCell) => number, rounding: CountRounding): DifferencingAttack {
    const out = new DifferencingAttack(this.k, this.base, this.achievable, this.maxN, rounding);
    const round = rounding === 'band' ? bandMiddle : roundToNearest;
    for (const { cell, observations } of this.cells.values()) {
      const n = truth(cell);
      for (const o of observations) {
        if (o.kind === 'count')
          out.observe(cell, { kind: 'count', n: n < this.k ? null : round(n, this.base) });
        else if (o.kind === 'nonzero') out.observe(cell, o);
      }
    }
    return out;
  }

  /** The exact respondent counts of a cell consistent with every figure published about it. */
  candidates(key: string): number[] {
    const entry = this.cells.get(key);
    const out: number[] = [];
    for (let n = 0; n <= this.maxN; n += 1)
      if (!entry || entry.observations.every((o) => this.allows(o, n))) out.push(n);
    return out;
  }

  /**
   * Sets of cells whose counts add up to another's: a range and its months, a set of sites and
   * each site, and the respondents of a cell by their answer to each question of `answerValues`
   * (every respondent gives exactly one of its values). Parts not yet noted are added, unobserved.
   */
  private partitions(answerValues: Readonly<Record<string, readonly string[]>>) {
    const ensure = (cell: AttackCell) => {
      const key = cellKey(cell);
      if (!this.cells.has(key)) this.cells.set(key, { cell, observations: [] });
      return key;
    };
    const out: Array<{ whole: string; parts: string[] }> = [];
    for (const { cell } of [...this.cells.values()]) {
      const whole = cellKey(cell);
      if (cell.to > cell.from) {
        const parts: string[] = [];
        for (let month = cell.from; month <= cell.to; month += 1)
          parts.push(ensure({ ...cell, from: month, to: month }));
        out.push({ whole, parts });
      }
      if (cell.sites.length > 1)
        out.push({ whole, parts: cell.sites.map((site) => ensure({ ...cell, sites: [site] })) });
      for (const [question, values] of Object.entries(answerValues))
        if (cell.answers[question] === undefined)
          out.push({
            whole,
            parts: values.map((value) =>
              ensure({ ...cell, answers: { ...cell.answers, [question]: value } }),
            ),
          });
    }
    return out;
  }

  /**
   * Every cell's candidates, narrowed until nothing changes by the sums of {@link partitions}
   * (a total less its other parts bounds each part; the parts' bounds bound the total).
   */
  private narrowed(answerValues: Readonly<Record<string, readonly string[]>>): Map<string, number[]> {
    const relations = this.partitions(answerValues);
    const candidates = new Map([...this.cells.keys()].map((key) => [key, this.candidates(key)]));
    const get = (key: string) => candidates.get(key) ?? [];
    const min = (values: readonly number[]) => values[0] ?? 0;
    const max = (values: readonly number[]) => values[values.length - 1] ?? 0;
    let changed = true;
    for (let round = 0; changed && round < 100; round += 1) {
      changed = false;
      for (const { whole, parts } of relations) {
        const lo = parts.reduce((sum, p) => sum + min(get(p)), 0);
        const hi = parts.reduce((sum, p) => sum + max(get(p)), 0);
        const before = get(whole);
        const after = before.filter((n) => n >= lo && n <= hi);
        if (after.length !== before.length) {
          candidates.set(whole, after);
          changed = true;
        }
        for (const part of parts) {
          const own = get(part);
          const othersLo = lo - min(own);
          const othersHi = hi - max(own);
          const kept = own.filter((n) => n >= min(after) - othersHi && n <= max(after) - othersLo);
          if (kept.length !== own.length) {
            candidates.set(part, kept);
            changed = true;
          }
        }
      }
    }
    return candidates;
  }

  /**
   * Set every pair of nested cells against each other (and every cell alone): each small group
   * (1..k-1 respondents, by `truth`) whose count has one possible value is a pin. With `sums`, every
   * cell is first narrowed by the sums it takes part in (its months, its sites, and its respondents
   * by their answer to each question of `sums`: see {@link partitions}), a stronger attacker than
   * pairs. Throws when the truth itself is ruled out: the attacker's reasoning would then be wrong.
   */
  pins(truth: (cell: AttackCell) => number, sums?: Readonly<Record<string, readonly string[]>>): Pin[] {
    const narrowed = sums
      ? this.narrowed(sums)
      : new Map([...this.cells.keys()].map((key) => [key, this.candidates(key)]));
    const entries = [...this.cells.entries()].map(([key, { cell }]) => ({
      key,
      cell,
      n: truth(cell),
      candidates: narrowed.get(key) ?? [],
    }));
    for (const e of entries)
      if (!e.candidates.includes(e.n))
        throw new Error(`attacker unsound: ${e.key} has ${e.n}, kept ${e.candidates}`);
    const pins: Pin[] = [];
    for (const inner of entries) {
      if (inner.n > 0 && inner.n < this.k && inner.candidates.length === 1)
        pins.push({ outer: inner.key, inner: null, difference: inner.n });
    }
    for (const outer of entries) {
      for (const inner of entries) {
        const difference = outer.n - inner.n;
        if (
          outer === inner ||
          difference < 1 ||
          difference >= this.k ||
          !cellContains(outer.cell, inner.cell)
        )
          continue;
        const possible = new Set<number>();
        for (const a of outer.candidates) for (const b of inner.candidates) if (a >= b) possible.add(a - b);
        if (possible.size === 1) pins.push({ outer: outer.key, inner: inner.key, difference });
      }
    }
    return pins;
  }
}

/** Compositions of n respondents over `levels` answer levels (each a count per level). */
function* compositions(n: number, levels: number): Generator<number[]> {
  if (levels === 1) {
    yield [n];
    return;
  }
  for (let first = 0; first <= n; first += 1)
    for (const rest of compositions(n - first, levels - 1)) yield [first, ...rest];
}

/**
 * What the real `buildResults` publishes for an indicator over n respondents, for every way they
 * could have answered: `scores` are the whole-point scores a scale mean's respondents can have
 * (from the definition), shares and counts take any number 0..n of respondents counted. Scale
 * means are enumerated up to `enumerateUpTo` respondents, beyond that any value is allowed.
 */
export function achievableFromCode(
  definition: SurveyDefinition,
  k: number,
  base: number,
  scores: readonly number[],
  enumerateUpTo = 16,
): Achievable {
  const cache = new Map<string, ReadonlySet<number | null> | 'any'>();
  const publish = (id: string, n: number, facts: Array<{ value: string; n: number; total: number }>) =>
    buildResults(
      definition,
      {
        totals: [
          { question: SUBMISSION_FACT, value: '*', n, total: 0, totalSquares: 0 },
          ...facts.map((f) => ({
            question: `@${id}`,
            value: f.value,
            n: f.n,
            total: f.total,
            totalSquares: 0,
          })),
        ],
        timeline: [],
      },
      k,
      { roundTo: base },
    ).indicators.find((i) => i.id === id)?.value ?? null;
  return (id, n) => {
    const key = `${id}|${n}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const kind = definition.indicators?.find((i) => i.id === id)?.kind;
    let out: ReadonlySet<number | null> | 'any';
    if (kind === 'scale_mean') {
      if (n > enumerateUpTo) out = 'any';
      else {
        const values = new Set<number | null>();
        for (const counts of compositions(n, scores.length)) {
          const facts = [{ value: '*', n, total: counts.reduce((s, c, i) => s + c * (scores[i] ?? 0), 0) }];
          for (const [i, c] of counts.entries())
            if (c > 0) facts.push({ value: scoreFactValue(scores[i] ?? 0), n: c, total: 0 });
          values.add(publish(id, n, facts));
        }
        out = values;
      }
    } else {
      const values = new Set<number | null>();
      for (let counted = 0; counted <= n; counted += 1)
        values.add(publish(id, n, [{ value: '*', n, total: kind === 'share' ? 100 * counted : counted }]));
      out = values;
    }
    cache.set(key, out);
    return out;
  };
}
