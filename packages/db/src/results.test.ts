import { randomUUID } from 'node:crypto';
import { parseSurvey, type SurveyDefinition, surveyItems, validateAnswers } from '@kolo/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSurvey, type FactTotal, type RawResults } from './aggregates.ts';
import type { Database } from './database.ts';
import { SUBMISSION_FACT, submissionFacts } from './facts.ts';
import { storeSubmissions } from './ingest.ts';
import { buildResults, type SurveyResults, type ValueCount } from './results.ts';
import { organizations, sites } from './schema.ts';
import { bandMiddle } from './suppression.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const en = (text: string) => ({ en: text });
const parsed = parseSurvey({
  id: 'props',
  version: 1,
  locales: ['en'],
  title: en('Properties'),
  choiceLists: {
    agree: [
      ...['1', '2', '3', '4', '5'].map((value) => ({ value, label: en(value) })),
      { value: 'na', label: en('N/A'), notApplicable: true },
    ],
  },
  sections: [
    {
      id: 'main',
      title: en('Main'),
      items: [
        {
          id: 'service',
          kind: 'single_choice',
          label: en('Service'),
          options: ['nsp', 'ost', 'dic'].map((value) => ({ value, label: en(value) })),
        },
        { id: 'respect', kind: 'likert', choices: 'agree', label: en('Respect') },
        { id: 'police', kind: 'yes_no', label: en('Police') },
        {
          id: 'needs',
          kind: 'multi_choice',
          label: en('Needs'),
          options: ['syringes', 'naloxone', 'condoms'].map((value) => ({ value, label: en(value) })),
        },
        { id: 'score', kind: 'rating', max: 5, label: en('Score') },
        { id: 'visits', kind: 'number', min: 0, max: 20, integer: true, label: en('Visits') },
        {
          id: 'grid',
          kind: 'matrix',
          choices: 'agree',
          rows: [
            { id: 'staff', label: en('Staff') },
            { id: 'place', label: en('Place') },
          ],
          label: en('Grid'),
        },
        { id: 'comment', kind: 'text', label: en('Comment') },
      ],
    },
  ],
  indicators: [
    { id: 'nsp_share', kind: 'share', item: 'service', values: ['nsp'], label: en('NSP share') },
    { id: 'acceptability', kind: 'scale_mean', items: ['respect', 'grid'], label: en('Acceptability') },
    { id: 'police_count', kind: 'count', item: 'police', values: ['yes'], label: en('Police') },
  ],
});
if (!parsed.success) throw new Error(`fixture invalid: ${JSON.stringify(parsed.errors)}`);
const survey: SurveyDefinition = parsed.survey;
const EXCLUSIVE = new Set(['single_choice', 'likert', 'yes_no', 'rating']);

interface Respondent {
  readonly day: string;
  readonly answers: Record<string, unknown>;
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 4 });
const agree = fc.constantFrom('1', '2', '3', '4', '5', 'na');
const respondent: fc.Arbitrary<Respondent> = fc
  .record({
    day: fc.constantFrom('2026-01-15', '2026-01-20', '2026-02-10', '2026-03-03'),
    service: maybe(fc.constantFrom('nsp', 'nsp', 'ost', 'dic')),
    respect: maybe(agree),
    police: maybe(fc.constantFrom('yes', 'no', 'no')),
    needs: maybe(fc.uniqueArray(fc.constantFrom('syringes', 'naloxone', 'condoms'), { minLength: 1 })),
    score: maybe(fc.integer({ min: 1, max: 5 })),
    visits: maybe(fc.integer({ min: 0, max: 20 })),
    grid: maybe(fc.record({ staff: agree, place: agree }, { requiredKeys: ['staff'] })),
    comment: maybe(fc.constant('a private story')),
  })
  .map(({ day, ...answers }) => ({
    day,
    answers: Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)),
  }));
const respondents = fc.array(respondent, { maxLength: 30 });
const smallK = fc.integer({ min: 2, max: 8 });

/** What the SQL aggregation gives, computed by hand: facts summed by question and value, and by month. */
/** A copy with every number rounded to 9 decimals. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

function aggregateByHand(people: readonly Respondent[]): RawResults {
  const totals = new Map<string, FactTotal>();
  const timeline = new Map<string, FactTotal & { period: string }>();
  const add = <T extends FactTotal>(map: Map<string, T>, key: string, base: T, x: number | undefined) => {
    const t = map.get(key) ?? base;
    map.set(key, {
      ...t,
      n: t.n + 1,
      total: t.total + (x ?? 0),
      totalSquares: t.totalSquares + (x ?? 0) ** 2,
    });
  };
  for (const person of people) {
    const period = `${person.day.slice(0, 7)}-01`;
    for (const fact of submissionFacts(survey, person.answers)) {
      const base = { question: fact.q, value: fact.v, n: 0, total: 0, totalSquares: 0 };
      add(totals, `${fact.q}|${fact.v}`, base, fact.x);
      if (fact.q.startsWith('@')) add(timeline, `${period}|${fact.q}|${fact.v}`, { ...base, period }, fact.x);
    }
  }
  return { totals: [...totals.values()], timeline: [...timeline.values()] };
}

/** Every `n` anywhere in the results is 0, withheld, or at least k. */
function expectNoSmallFigure(value: unknown, k: number, path = 'results'): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      expectNoSmallFigure(v, k, `${path}[${i}]`);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.n === 'number' && record.n > 0 && record.n < k)
    throw new Error(`${path}.n = ${record.n} is under k = ${k}`);
  if ('share' in record && record.share !== null)
    expect(record.n, `${path} shares a hidden n`).not.toBeNull();
  for (const [key, v] of Object.entries(record)) expectNoSmallFigure(v, k, `${path}.${key}`);
}

/** A partition whose total is published must not give a hidden cell away by subtraction. */
function expectProtectedPartition(
  counts: readonly ValueCount[],
  truth: (value: string) => number,
  where: string,
) {
  const hidden = counts.filter((c) => c.suppressed);
  expect(hidden.length, `${where}: a lone hidden cell`).not.toBe(1);
  // zeros are shown, so hidden non-zero cells that sum to their number would each be 1
  const values = hidden.map((c) => truth(c.value));
  const sum = values.reduce((a, b) => a + b, 0);
  if (values.every((v) => v > 0) && hidden.length > 0 && hidden.length < counts.length)
    expect(sum, `${where}: hidden cells of one respondent each`).toBeGreaterThan(hidden.length);
}

/** A published count or share must not count fewer than k respondents (a share times n gives them). */
function expectCountedNotSmall(kind: string, fact: FactTotal | undefined, k: number, where: string) {
  if (kind === 'scale_mean') return;
  const counted = Math.round(kind === 'share' ? (fact?.total ?? 0) / 100 : (fact?.total ?? 0));
  expect(counted === 0 || counted >= k, `${where} counts ${counted}`).toBe(true);
}

function expectSafeResults(results: SurveyResults, raw: RawResults, k: number): void {
  const truth = new Map(raw.totals.map((t) => [`${t.question}|${t.value}`, t]));
  const nOf = (question: string, value = '*') => truth.get(`${question}|${value}`)?.n ?? 0;
  expectNoSmallFigure(results, k);
  const total = nOf(SUBMISSION_FACT);
  expect(results.respondents).toEqual(
    total > 0 && total < k ? { n: null, suppressed: true } : { n: total, suppressed: false },
  );
  const items = new Map(surveyItems(survey).map((e) => [e.item.id, e.item]));
  for (const question of results.questions) {
    const answered = nOf(question.id);
    const allOnes = question.n === null && answered >= k;
    if (results.respondents.suppressed || (answered > 0 && answered < k) || allOnes) {
      // the whole question is withheld (also when its only hidden cells would all be 1s)
      expect(question.n).toBeNull();
      expect(question.suppressed).toBe(true);
      for (const c of question.counts) expect(c.n).toBeNull();
      if (question.stats !== undefined) expect(question.stats).toBeNull();
      continue;
    }
    expect(question.n).toBe(answered);
    for (const c of question.counts) if (!c.suppressed) expect(c.n).toBe(nOf(question.id, c.value));
    if (question.stats) expect(answered).toBeGreaterThanOrEqual(k);
    if (EXCLUSIVE.has(items.get(question.id)?.kind ?? 'note'))
      expectProtectedPartition(question.counts, (v) => nOf(question.id, v), question.id);
    for (const row of question.rows ?? []) {
      const key = `${question.id}.${row.id}`;
      const rowAnswered = nOf(key);
      if (rowAnswered > 0 && rowAnswered < k) {
        expect(row.suppressed).toBe(true);
        for (const c of row.counts) expect(c.n).toBeNull();
      } else expectProtectedPartition(row.counts, (v) => nOf(key, v), key);
    }
  }
  for (const indicator of results.indicators) {
    const fact = truth.get(`@${indicator.id}|*`);
    const n = fact?.n ?? 0;
    if (results.respondents.suppressed || (n > 0 && n < k)) {
      expect(indicator).toMatchObject({ n: null, value: null, suppressed: true });
    } else if (indicator.suppressed) {
      expect(indicator).toMatchObject({ n: null, value: null });
    } else {
      expect(indicator.n).toBe(n);
      expectCountedNotSmall(indicator.kind, fact, k, indicator.id);
    }
  }
  // timeline buckets: each is a cell of the published respondent total
  const perPeriod = new Map<string, number>();
  for (const t of raw.timeline) if (t.question === SUBMISSION_FACT) perPeriod.set(t.period, t.n);
  const hiddenPeriods = results.timeline.filter((p) => p.suppressed);
  for (const point of results.timeline) {
    if (!point.suppressed) expect(point.n).toBe(perPeriod.get(point.period));
    for (const [id, value] of Object.entries(point.indicators)) {
      const n = raw.timeline.find((t) => t.period === point.period && t.question === `@${id}`)?.n ?? 0;
      if (point.suppressed || n < k) expect(value, `${point.period} ${id}`).toBeNull();
      else if (value !== null) {
        const fact = raw.timeline.find((t) => t.period === point.period && t.question === `@${id}`);
        const kind = survey.indicators?.find((i) => i.id === id)?.kind ?? 'scale_mean';
        expectCountedNotSmall(kind, fact, k, `${point.period} ${id}`);
      }
    }
  }
  if (!results.respondents.suppressed) expect(hiddenPeriods.length).not.toBe(1);
}

describe('buildResults', () => {
  it('should publish no figure resting on fewer than k respondents', () => {
    fc.assert(
      fc.property(respondents, smallK, (people, k) => {
        for (const person of people) expect(validateAnswers(survey, person.answers).success).toBe(true);
        const raw = aggregateByHand(people);
        expectSafeResults(buildResults(survey, raw, k), raw, k);
      }),
      { numRuns: 300 },
    );
  });

  it('should hide a whole question whose answered total is under k', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 12 }), (few, many) => {
        const people: Respondent[] = [
          ...Array.from({ length: many }, () => ({ day: '2026-01-02', answers: { police: 'no' } })),
          ...Array.from({ length: few }, () => ({ day: '2026-01-02', answers: { police: 'no', score: 5 } })),
        ];
        const results = buildResults(survey, aggregateByHand(people), 5);
        const score = results.questions.find((q) => q.id === 'score');
        expect(score).toMatchObject({ n: null, suppressed: true, stats: null });
        expect(score?.counts.every((c) => c.n === null)).toBe(true);
        expect(results.respondents.n).toBe(many + few);
      }),
    );
  });

  it('should withhold indicators and timeline buckets under k', () => {
    const people: Respondent[] = [
      ...Array.from({ length: 9 }, () => ({ day: '2026-01-05', answers: { service: 'nsp', respect: '5' } })),
      ...Array.from({ length: 2 }, () => ({ day: '2026-02-05', answers: { police: 'yes' } })),
    ];
    const results = buildResults(survey, aggregateByHand(people), 5);
    expect(results.respondents.n).toBe(11);
    expect(results.indicators.find((i) => i.id === 'nsp_share')).toMatchObject({ n: 9, value: 100 });
    expect(results.indicators.find((i) => i.id === 'acceptability')).toMatchObject({ n: 9, value: 100 });
    // asked of 2 respondents only
    expect(results.indicators.find((i) => i.id === 'police_count')).toMatchObject({
      n: null,
      value: null,
      suppressed: true,
    });
    // January 9, February 2: February is hidden, and so is January, or February = 11 - 9
    expect(results.timeline.map((p) => [p.period, p.n, p.suppressed])).toEqual([
      ['2026-01-01', null, true],
      ['2026-02-01', null, true],
    ]);
  });

  it('should withhold everything when the respondents are fewer than k', () => {
    const people = Array.from({ length: 4 }, () => ({ day: '2026-01-05', answers: { service: 'nsp' } }));
    const results = buildResults(survey, aggregateByHand(people), 5);
    expect(results.respondents).toEqual({ n: null, suppressed: true });
    expect(results.questions.every((q) => q.suppressed && q.n === null && q.counts.length === 0)).toBe(true);
    expect(results.indicators.every((i) => i.value === null)).toBe(true);
    expect(results.timeline.every((p) => p.n === null)).toBe(true);
  });
});

describe.each(testEngines())('aggregates on %s', (engine) => {
  let database: Database;
  let orgId: string;
  let siteId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db
      .insert(organizations)
      .values({ slug: 'props', name: 'Props' })
      .returning();
    orgId = org?.id ?? '';
    const [site] = await database.db
      .insert(sites)
      .values({ orgId, name: 'DIC', country: 'UA', city: 'Kyiv', serviceTypes: ['nsp'] })
      .returning();
    siteId = site?.id ?? '';
  });
  afterAll(async () => {
    await database.close();
  });

  it('should aggregate in SQL what the facts add up to, and suppress it the same way', async () => {
    const samples = fc.sample(fc.tuple(fc.array(respondent, { minLength: 5, maxLength: 40 }), smallK), {
      numRuns: 6,
      seed: 42,
    });
    for (const [index, [people, k]] of samples.entries()) {
      const surveyId = `props-${index}`;
      const outcomes = await storeSubmissions(
        database.db,
        people.map((person) => ({
          id: randomUUID(),
          orgId,
          surveyId,
          version: 1,
          siteId,
          collectedBy: null,
          collectedAt: new Date(`${person.day}T12:00:00Z`),
          locale: 'en',
          answers: person.answers,
          facts: submissionFacts(survey, person.answers),
        })),
      );
      expect(outcomes.every((o) => o === 'created')).toBe(true);
      const raw = await aggregateSurvey(database.db, orgId, surveyId);
      const byHand = aggregateByHand(people);
      const fromDb = buildResults(survey, raw, k);
      // sums may be added in another order in SQL (monthly rollups): compare to 9 decimals
      expect(rounded(fromDb)).toEqual(rounded(buildResults(survey, byHand, k)));
      expectSafeResults(fromDb, byHand, k);
    }
  });
});

/** Every count a reader is given: each `n` anywhere, and the values of count indicators. */
function publishedCounts(results: SurveyResults): number[] {
  const out: number[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'n' && typeof v === 'number') out.push(v);
        else walk(v);
      }
    }
  };
  walk(results.respondents);
  walk(results.questions);
  walk(results.indicators);
  walk(results.timeline.map((p) => ({ n: p.n })));
  for (const i of results.indicators) if (i.kind === 'count' && i.value !== null) out.push(i.value);
  return out;
}

/**
 * The exact counts a reader can work out by one subtraction (two published counts, or a total less
 * its visible parts), each as the range [lo, hi] the published figures allow: a count published as
 * the middle of a band of `band` is anywhere in that band; exact counts (`band` 1) are themselves.
 */
function derivedDifferences(results: readonly SurveyResults[], band = 1): Array<[number, number]> {
  const lo = (n: number) => n - Math.floor((band - 1) / 2);
  const hi = (n: number) => lo(n) + band - 1;
  const counts = results.flatMap(publishedCounts);
  const out: Array<[number, number]> = [];
  for (const a of counts)
    for (const b of counts) if (a >= b) out.push([Math.max(0, lo(a) - hi(b)), hi(a) - lo(b)]);
  const remainder = (total: number, parts: readonly number[]): [number, number] => [
    Math.max(0, lo(total) - parts.reduce((sum, n) => sum + hi(n), 0)),
    hi(total) - parts.reduce((sum, n) => sum + lo(n), 0),
  ];
  for (const r of results) {
    for (const q of r.questions) {
      const partitions = [q, ...(q.rows ?? [])];
      for (const p of partitions) {
        if (p.n === null) continue;
        out.push(
          remainder(
            p.n,
            p.counts.flatMap((c) => (c.n === null ? [] : [c.n])),
          ),
        );
      }
    }
    if (r.respondents.n !== null)
      out.push(
        remainder(
          r.respondents.n,
          r.timeline.flatMap((p) => (p.n === null ? [] : [p.n])),
        ),
      );
  }
  return out;
}

/** Whether a derived range pins a small group: one possible value, from 1 to k-1. */
const pinsSmall = ([lo, hi]: [number, number], k: number) => lo === hi && lo > 0 && lo < k;

/** Two filters whose results differ by exactly one respondent: a group, and the group plus one. */
const differingByOne = fc.record({
  people: fc.array(respondent, { minLength: 0, maxLength: 40 }),
  extra: respondent,
  k: fc.integer({ min: 3, max: 8 }),
});

describe('buildResults, rounded for funders and share links', () => {
  it('should publish only band middles, with shares and statistics computed from them', () => {
    fc.assert(
      fc.property(respondents, smallK, (people, k) => {
        const results = buildResults(survey, aggregateByHand(people), k, { roundTo: k });
        expect(results.rounding).toBe(k);
        // bands of k from k up (k..2k-1, 2k..3k-1, ...), each published as its middle
        for (const n of publishedCounts(results))
          expect(n % k, `${n} is not the middle of a band of ${k}`).toBe(Math.floor((k - 1) / 2));
        for (const q of results.questions) {
          for (const p of [q, ...(q.rows ?? [])])
            for (const c of p.counts)
              if (c.share !== null) expect(c.share).toBeCloseTo((c.n ?? Number.NaN) / (p.n ?? Number.NaN), 9);
          if (q.kind === 'rating' && q.stats) {
            // the mean of the published distribution: nothing finer than the rounded counts
            const shown = q.counts.filter((c) => c.n !== null);
            const total = shown.reduce((s, c) => s + (c.n ?? 0), 0);
            const sum = shown.reduce((s, c) => s + Number(c.value) * (c.n ?? 0), 0);
            expect(q.stats.mean).toBeCloseTo(sum / total, 9);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should give a scale mean every exact n of its band could have given, near the exact mean', () => {
    // one more respondent scoring 100 leaves every count of "scored at most s" (s < 100) as it was
    const top: Respondent = { day: '2026-01-15', answers: { respect: '5' } };
    fc.assert(
      fc.property(respondents, (people) => {
        const raw = aggregateByHand(people);
        const fact = raw.totals.find((t) => t.question === '@acceptability' && t.value === '*');
        const n = fact?.n ?? 0;
        const published = buildResults(survey, raw, 5, { roundTo: 5 });
        const value = published.indicators.find((i) => i.id === 'acceptability')?.value ?? null;
        if (value !== null && fact) {
          // C(s) and N are each off their band's middle by at most 2 (k = 5), so each of the 100
          // terms 1 - C(s)/N is off by at most 4/N; each score by 0.5 of a point
          const bound = (4 * 100) / bandMiddle(n, 5) + 1;
          expect(Math.abs(value - fact.total / n)).toBeLessThanOrEqual(bound);
        }
        if (n < 5 || Math.floor((n + 1) / 5) !== Math.floor(n / 5)) return;
        const plusOne = buildResults(survey, aggregateByHand([...people, top]), 5, { roundTo: 5 });
        expect(plusOne.indicators.find((i) => i.id === 'acceptability')?.value).toBe(value);
      }),
      { numRuns: 300 },
    );
  });

  it('should not tell funders "nobody" from "a few": every count under k withheld, zeros too', () => {
    const people: Respondent[] = [
      ...Array.from({ length: 7 }, () => ({ day: '2026-01-05', answers: { service: 'nsp', police: 'no' } })),
      ...Array.from({ length: 2 }, () => ({ day: '2026-02-05', answers: { service: 'ost', police: 'no' } })),
    ];
    const results = buildResults(survey, aggregateByHand(people), 5, { roundTo: 5 });
    const service = results.questions.find((q) => q.id === 'service');
    // nsp 7 shows as 7 (the middle of 5..9); ost (2) and dic (0) look the same
    expect(service?.counts.map((c) => [c.value, c.n, c.suppressed])).toEqual([
      ['nsp', 7, false],
      ['ost', null, true],
      ['dic', null, true],
    ]);
    // nobody said yes: withheld like a few, and so is the count indicator (its band is 0..4)
    expect(results.questions.find((q) => q.id === 'police')?.counts.map((c) => c.n)).toEqual([null, 7]);
    expect(results.indicators.find((i) => i.id === 'police_count')).toMatchObject({
      n: null,
      value: null,
      suppressed: true,
    });
    // February (2) is left out of the timeline rather than shown as withheld
    expect(results.timeline.map((p) => [p.period, p.n])).toEqual([['2026-01-01', 7]]);
    // no respondents at all: withheld too
    const none = buildResults(survey, aggregateByHand([]), 5, { roundTo: 5 });
    expect(none.respondents).toEqual({ n: null, suppressed: true });
    expect(none.indicators.every((i) => i.value === null)).toBe(true);
  });

  it('should let no count under k be derived from two results that differ by one respondent', () => {
    fc.assert(
      fc.property(differingByOne, ({ people, extra, k }) => {
        const a = buildResults(survey, aggregateByHand(people), k, { roundTo: k });
        const b = buildResults(survey, aggregateByHand([...people, extra]), k, { roundTo: k });
        for (const d of derivedDifferences([a, b], k))
          expect(pinsSmall(d, k), `a difference of ${d} (k = ${k})`).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('should be needed: exact counts give one respondent away by the same subtraction', () => {
    const found = fc.check(
      fc.property(differingByOne, ({ people, extra, k }) => {
        const a = buildResults(survey, aggregateByHand(people), k);
        const b = buildResults(survey, aggregateByHand([...people, extra]), k);
        return !derivedDifferences([a, b]).some((d) => pinsSmall(d, k));
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(found.failed).toBe(true);
  });
});
