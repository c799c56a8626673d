import type { AnswerRecord, QuestionResult, SurveyResults } from '@kolo/schema';
import { SurveyResults as SurveyResultsSchema } from '@kolo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FactTotal, RawResults } from './aggregates.ts';
import { submissionFacts } from './facts.ts';
import { instanceFactKey, repeatFactKey, respondentFactKey, WITH_INSTANCES } from './repeat-facts.ts';
import { buildResults } from './results.ts';
import { partnersSurvey as survey } from './testing/repeat-survey.ts';

/** What the rollups hold for these submissions: every fact summed by key and value. */
function aggregate(submissions: readonly AnswerRecord[]): RawResults {
  const totals = new Map<string, FactTotal>();
  for (const answers of submissions)
    for (const f of submissionFacts(survey, answers)) {
      const key = `${f.q}|${f.v}`;
      const t = totals.get(key) ?? { question: f.q, value: f.v, n: 0, total: 0, totalSquares: 0 };
      const x = f.x ?? 0;
      totals.set(key, { ...t, n: t.n + 1, total: t.total + x, totalSquares: t.totalSquares + x * x });
    }
  return { totals: [...totals.values()], timeline: [] };
}

const question = (results: SurveyResults, id: string) =>
  results.questions.find((q) => q.id === id) as QuestionResult;

/** Seven people, one of whom named six partners who all tested: six instances, one respondent. */
const onePersonManyInstances: AnswerRecord[] = [
  { partners: Array.from({ length: 6 }, () => ({ partner_tested: 'yes', partner_age: 40 })) },
  ...Array.from({ length: 6 }, (_, i) => ({ partners: [{ partner_tested: 'no', partner_age: 20 + i }] })),
];

describe('results of a repeated section', () => {
  it('should publish respondents n and instances m with per-choice counts of both', () => {
    const people: AnswerRecord[] = Array.from({ length: 12 }, (_, i) => ({
      partners: [
        { partner_tested: 'yes', partner_age: 30 },
        ...(i < 6 ? [{ partner_tested: 'no', partner_age: 40 }] : []),
        ...(i < 6 ? [{ partner_tested: 'yes', partner_age: 20 }] : []),
      ],
    }));
    const results = buildResults(survey, aggregate(people), 5);
    expect(SurveyResultsSchema.safeParse(results).success).toBe(true);
    const tested = question(results, 'partner_tested');
    expect(tested).toMatchObject({ repeat: 'partners', n: 12, suppressed: false });
    expect(tested.counts.find((c) => c.value === 'yes')).toMatchObject({ n: 12, share: 1 });
    expect(tested.counts.find((c) => c.value === 'no')).toMatchObject({ n: 6, share: 0.5 });
    expect(tested.instances?.n).toBe(24);
    expect(tested.instances?.counts.find((c) => c.value === 'yes')).toMatchObject({ n: 18, share: 0.75 });
    expect(tested.instances?.counts.find((c) => c.value === 'no')).toMatchObject({ n: 6, share: 0.25 });
    // statistics of a number are over its instances
    expect(question(results, 'partner_age').stats?.mean).toBeCloseTo((12 * 30 + 6 * 40 + 6 * 20) / 24);
    expect(results.repeats).toEqual([
      {
        id: 'partners',
        n: 12,
        suppressed: false,
        withInstances: { n: 12, suppressed: false },
        instances: 24,
        stats: expect.objectContaining({ mean: 2, median: 2 }),
      },
    ]);
  });

  it('should withhold a value given in many instances by fewer than k respondents', () => {
    const results = buildResults(survey, aggregate(onePersonManyInstances), 5);
    const tested = question(results, 'partner_tested');
    expect(tested.n).toBe(7);
    expect(tested.counts.find((c) => c.value === 'yes')).toMatchObject({ n: null, suppressed: true });
    expect(tested.counts.find((c) => c.value === 'no')).toMatchObject({ n: 6, suppressed: false });
    // six instances of "yes" are one person: withheld, and "no" with them (m less "no" would give it)
    expect(tested.instances?.counts.map((c) => [c.value, c.n, c.suppressed])).toEqual([
      ['yes', null, true],
      ['no', null, true],
    ]);
    expect(tested.instances?.n).toBe(12);
  });

  it('should withhold the instances of a repeat while fewer than k respondents gave any', () => {
    const people: AnswerRecord[] = [
      { partners: [{ partner_tested: 'yes' }, { partner_tested: 'yes' }, { partner_tested: 'no' }] },
      { partners: [{ partner_tested: 'no' }, { partner_tested: 'no' }] },
      ...Array.from({ length: 8 }, () => ({ partners: [] })),
    ];
    const [repeat] = buildResults(survey, aggregate(people), 5).repeats ?? [];
    expect(repeat).toEqual({
      id: 'partners',
      n: 10,
      suppressed: false,
      withInstances: { n: null, suppressed: true },
      instances: null,
      stats: null,
    });
  });

  it('should withhold who gave any instance while fewer than k gave none (its complement)', () => {
    const people: AnswerRecord[] = [
      ...Array.from({ length: 8 }, () => ({ partners: [{ partner_tested: 'yes' }] })),
      { partners: [] },
    ];
    const [repeat] = buildResults(survey, aggregate(people), 5).repeats ?? [];
    expect(repeat?.withInstances).toEqual({ n: null, suppressed: true });
    expect(repeat?.instances).toBe(8);
  });

  it('should give funders and share links no instance figure, only respondents in bands', () => {
    const people: AnswerRecord[] = Array.from({ length: 13 }, (_, i) => ({
      partners: Array.from({ length: i === 0 ? 40 : 2 }, () => ({ partner_tested: 'yes', partner_age: 30 })),
    }));
    const results = buildResults(survey, aggregate(people), 5, { roundTo: 5 });
    const tested = question(results, 'partner_tested');
    expect(tested.n).toBe(12);
    expect(tested.instances).toEqual({ n: null, suppressed: false, counts: [], restricted: true });
    expect(question(results, 'partner_age').stats).toBeNull();
    // instances from the counts that k or more people gave: the person with 40 is left out
    expect(results.repeats?.[0]).toMatchObject({ n: 12, withInstances: { n: 12 }, instances: 2 * 12 });
  });

  it('should count a share indicator over a repeat item by respondents', () => {
    const people: AnswerRecord[] = [
      ...Array.from({ length: 6 }, () => ({
        partners: [{ partner_tested: 'yes' }, { partner_tested: 'no' }, { partner_tested: 'no' }],
      })),
      ...Array.from({ length: 6 }, () => ({ partners: [{ partner_tested: 'no' }] })),
    ];
    const results = buildResults(survey, aggregate(people), 5);
    expect(results.indicators.find((i) => i.id === 'any_tested')).toMatchObject({ n: 12, value: 50 });
    expect(results.indicators.find((i) => i.id === 'named_tested')).toMatchObject({ value: 6 });
  });
});

const instance = fc.record(
  {
    partner_tested: fc.constantFrom('yes', 'no'),
    partner_age: fc.integer({ min: 16, max: 70 }),
    partner_kind: fc.subarray(['regular', 'casual', 'client'], { minLength: 1 }),
  },
  { requiredKeys: [] },
);
/** A respondent: usually a few instances, sometimes many (one person naming dozens of partners). */
const respondent: fc.Arbitrary<AnswerRecord> = fc
  .oneof(
    { arbitrary: fc.array(instance, { maxLength: 3 }), weight: 4 },
    { arbitrary: fc.array(instance, { minLength: 10, maxLength: 50 }), weight: 1 },
  )
  .map((partners) => ({ partners }));

/** Every figure of the repeat published here rests on 0 or at least k distinct respondents. */
function expectRestsOnRespondents(results: SurveyResults, raw: RawResults, k: number) {
  const truth = new Map(raw.totals.map((t) => [`${t.question}|${t.value}`, t.n]));
  const people = (q: string, v = '*') => truth.get(`${q}|${v}`) ?? 0;
  const atLeastK = (n: number, where: string) =>
    expect(n === 0 || n >= k, `${where} rests on ${n}`).toBe(true);
  for (const q of results.questions) {
    if (!q.repeat) continue;
    const key = respondentFactKey(q.id);
    if (q.n !== null) atLeastK(people(key), `${q.id}.n`);
    if (q.stats) atLeastK(people(key), `${q.id}.stats`);
    for (const c of q.counts) if (c.n !== null) atLeastK(people(key, c.value), `${q.id}=${c.value}`);
    const instances = q.instances;
    if (!instances) continue;
    if (results.rounding) expect(instances.n).toBeNull();
    if (instances.n !== null) atLeastK(people(key), `${q.id} instances`);
    for (const c of instances.counts)
      if (c.n !== null) atLeastK(people(key, c.value), `${q.id}=${c.value} instances`);
    if (q.kind !== 'multi_choice' && instances.n !== null) {
      // the instances add up to m: the hidden ones must not be recoverable from it
      const hidden = instances.counts.filter((c) => c.suppressed);
      expect(hidden.length, `${q.id}: a lone hidden instance cell`).not.toBe(1);
      const sum = hidden.reduce((s, c) => s + people(instanceFactKey(q.id), c.value), 0);
      if (hidden.length > 0) expect(sum, `${q.id}: hidden instances all 1`).toBeGreaterThan(hidden.length);
    }
  }
  for (const r of results.repeats ?? []) {
    const key = repeatFactKey(r.id);
    const asked = people(key);
    const withAny = people(key, WITH_INSTANCES);
    if (r.n !== null) atLeastK(asked, `${r.id}.n`);
    if (r.withInstances.n !== null) {
      atLeastK(withAny, `${r.id} with instances`);
      if (!results.rounding) atLeastK(asked - withAny, `${r.id} with none`);
    }
    if (r.instances !== null) atLeastK(withAny, `${r.id} instances`);
    if (r.stats) atLeastK(withAny, `${r.id} stats`);
  }
  for (const i of results.indicators) if (i.n !== null) atLeastK(people(`@${i.id}`), i.id);
}

describe('suppression of repeated sections (property)', () => {
  it('should never publish a figure resting on fewer than k respondents, however many instances each gives', () => {
    fc.assert(
      fc.property(
        fc.array(respondent, { maxLength: 30 }),
        fc.constantFrom(3, 5),
        fc.boolean(),
        (people, k, banded) => {
          const raw = aggregate(people);
          const results = buildResults(survey, raw, k, banded ? { roundTo: k } : {});
          expect(SurveyResultsSchema.safeParse(results).success).toBe(true);
          expectRestsOnRespondents(results, raw, k);
        },
      ),
      { numRuns: 300 },
    );
  });
});
