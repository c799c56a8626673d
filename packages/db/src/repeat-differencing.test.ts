import { randomUUID } from 'node:crypto';
import type { AnswerRecord, SurveyResults } from '@kolo/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSurvey, type ResultsFilter } from './aggregates.ts';
import type { Database } from './database.ts';
import { submissionFacts } from './facts.ts';
import { storeSubmissions } from './ingest.ts';
import { buildResults } from './results.ts';
import { organizations, sites } from './schema.ts';
import { openTestDatabase } from './testing/databases.ts';
import { type AttackCell, achievableFromCode, DifferencingAttack } from './testing/differencing-attack.ts';
import { partnersSurvey as survey } from './testing/repeat-survey.ts';

const K = 5;
const MONTHS = ['2026-01', '2026-02', '2026-03'];
const PERIODS = MONTHS.map((m) => `${m}-01`);
const COUNTRIES = ['UA', 'UA', 'KG'];
const SITE_SETS: Array<{ sites: number[]; filter: (ids: readonly string[]) => ResultsFilter }> = [
  { sites: [0, 1, 2], filter: () => ({}) },
  { sites: [0, 1], filter: () => ({ countries: ['UA'] }) },
  { sites: [2], filter: () => ({ countries: ['KG'] }) },
];
const ANSWER_FILTERS: Array<Record<string, string>> = [{}, { city: 'kyiv' }, { city: 'lviv' }];
/** The repeat item and the repeat whose respondents the attacker counts, beside the top-level city. */
const BREAKDOWNS = ['city', 'partner_tested', 'partners'];
/** Indicators every respondent has a value of (a share over a repeat item has none without an answer). */
const INDICATORS = ['named_tested'];

interface Person {
  readonly site: number;
  readonly month: number;
  readonly day: number;
  readonly city: string;
  /** One entry per partner named: whether that partner was tested. */
  readonly partners: readonly string[];
}

const person: fc.Arbitrary<Person> = fc.record({
  site: fc.integer({ min: 0, max: 2 }),
  month: fc.integer({ min: 0, max: 2 }),
  day: fc.integer({ min: 1, max: 28 }),
  city: fc.constantFrom('kyiv', 'lviv'),
  partners: fc.oneof(
    { arbitrary: fc.array(fc.constantFrom('yes', 'no'), { maxLength: 3 }), weight: 4 },
    { arbitrary: fc.array(fc.constantFrom('yes', 'no'), { minLength: 10, maxLength: 50 }), weight: 1 },
  ),
});

const answersOf = (p: Person): AnswerRecord => ({
  city: p.city,
  partners: p.partners.map((tested) => ({ partner_tested: tested })),
});

/** Whether a person is in a cell: its months, sites, city, a value given in any instance, or any instance. */
function truth(people: readonly Person[]) {
  return (cell: AttackCell) =>
    people.filter(
      (p) =>
        p.month >= cell.from &&
        p.month <= cell.to &&
        cell.sites.includes(p.site) &&
        Object.entries(cell.answers).every(([q, v]) => {
          if (q === 'city') return p.city === v;
          if (q === 'partners') return p.partners.length > 0;
          return p.partners.includes(v);
        }),
    ).length;
}

const lastDay = (month: string) => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

describe('differencing attack on a repeated section', () => {
  let database: Database;
  let siteIds: string[] = [];
  let orgId = '';

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const [org] = await database.db
      .insert(organizations)
      .values({ slug: 'repeat', name: 'Repeat' })
      .returning();
    orgId = org?.id ?? '';
    const rows = await database.db
      .insert(sites)
      .values(
        COUNTRIES.map((country, i) => ({
          orgId,
          name: `Site ${i}`,
          country,
          city: 'City',
          serviceTypes: ['nsp'],
        })),
      )
      .returning();
    siteIds = rows.map((r) => r.id);
  });
  afterAll(async () => {
    await database.close();
  });

  /** Store the people, make every query, and note what each answer publishes in bands. */
  async function observe(people: readonly Person[]) {
    const surveyId = `repeat-${randomUUID().slice(0, 8)}`;
    await storeSubmissions(
      database.db,
      people.map((p) => ({
        id: randomUUID(),
        orgId,
        surveyId,
        version: 1,
        siteId: siteIds[p.site] ?? '',
        collectedBy: null,
        collectedAt: new Date(`${MONTHS[p.month]}-${String(p.day).padStart(2, '0')}T12:00:00Z`),
        locale: 'en',
        answers: answersOf(p),
        facts: submissionFacts(survey, answersOf(p)),
      })),
    );
    const maxN = people.length + K;
    const banded = new DifferencingAttack(K, K, achievableFromCode(survey, K, K, []), maxN);
    for (let from = 0; from < MONTHS.length; from += 1)
      for (let to = from; to < MONTHS.length; to += 1)
        for (const siteSet of SITE_SETS)
          for (const answers of ANSWER_FILTERS) {
            const filter: ResultsFilter = {
              from: PERIODS[from],
              to: lastDay(MONTHS[to] ?? ''),
              ...siteSet.filter(siteIds),
              answers,
            };
            const raw = await aggregateSurvey(database.db, orgId, surveyId, filter, 'month');
            const cell: AttackCell = { from, to, sites: siteSet.sites, answers };
            banded.observeResults(
              cell,
              buildResults(survey, raw, K, { roundTo: K }),
              PERIODS,
              BREAKDOWNS,
              INDICATORS,
            );
          }
    return { banded };
  }

  it('should let no group under k be pinned, however many partners one person names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(person, { minLength: 3, maxLength: 20 }), async (people) => {
        const { banded } = await observe(people);
        // funders and share links: no two results set against each other pin a group under k
        expect(banded.pins(truth(people), { city: ['kyiv', 'lviv'] })).toEqual([]);
      }),
      { numRuns: 2 },
    );
  }, 600_000);

  it('should be needed: an instance count published beside a withheld respondent count pins one person', () => {
    const attack = new DifferencingAttack(K, 0, () => 'any', 20);
    const cell: AttackCell = { from: 0, to: 0, sites: [0], answers: {} };
    const results: SurveyResults = {
      k: K,
      rounding: null,
      respondents: { n: 8, suppressed: false },
      questions: [
        {
          id: 'partner_tested',
          kind: 'yes_no',
          repeat: 'partners',
          n: 8,
          suppressed: false,
          counts: [{ value: 'yes', n: null, share: null, suppressed: true }],
          // one instance of "yes", published as if instances were counted apart from people
          instances: {
            n: 9,
            suppressed: false,
            counts: [{ value: 'yes', n: 1, share: null, suppressed: false }],
          },
        },
      ],
      indicators: [],
      timeline: [{ period: '2026-01-01', n: 8, suppressed: false, indicators: {} }],
    };
    attack.observeResults(cell, results, ['2026-01-01'], ['partner_tested'], []);
    const truthOf = (c: AttackCell) => (c.answers.partner_tested === 'yes' ? 1 : 8);
    expect(attack.pins(truthOf).filter((p) => p.inner === null)).toEqual([
      expect.objectContaining({ difference: 1 }),
    ]);
  });
});
