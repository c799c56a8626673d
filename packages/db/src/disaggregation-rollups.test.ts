import { randomUUID } from 'node:crypto';
import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSurvey, type RawResults, type ResultsFilter, type TimeBucket } from './aggregates.ts';
import type { Database } from './database.ts';
import { isDisaggregated, syncDisaggregations } from './disaggregation-rollups.ts';
import { submissionFacts } from './facts.ts';
import { storeSubmissions } from './ingest.ts';
import { resultRows } from './result-rows.ts';
import { foldQueuedRollups } from './rollup-queue.ts';
import { organizations, sites } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const en = (text: string) => ({ en: text });
const choice = (values: readonly string[]) => values.map((value) => ({ value, label: en(value) }));
const parsed = parseSurvey({
  id: 'disaggregated',
  version: 1,
  locales: ['en'],
  title: en('Disaggregated'),
  disaggregateBy: ['gender', 'sat'],
  sections: [
    {
      id: 'main',
      title: en('Main'),
      items: [
        {
          id: 'gender',
          kind: 'single_choice',
          label: en('Gender'),
          sensitive: true,
          options: choice(['f', 'm', 'x']),
        },
        { id: 'sat', kind: 'likert', label: en('Satisfied'), options: choice(['1', '2', '3', '4', '5']) },
        { id: 'ok', kind: 'yes_no', label: en('Would recommend') },
        { id: 'visits', kind: 'number', label: en('Visits'), min: 0, max: 50 },
        { id: 'used', kind: 'multi_choice', label: en('Used'), options: choice(['a', 'b', 'c']) },
      ],
    },
  ],
  indicators: [
    { id: 'satisfaction', kind: 'scale_mean', items: ['sat'], label: en('Satisfaction') },
    { id: 'recommend', kind: 'share', item: 'ok', values: ['yes'], label: en('Recommend') },
  ],
});
if (!parsed.success) throw new Error(`fixture invalid: ${JSON.stringify(parsed.errors)}`);
const survey: SurveyDefinition = parsed.survey;
const COUNTRIES = ['UA', 'UA', 'KG'];
const DAY_MS = 86_400_000;
/** Submissions span 2025-11-20 .. 2026-03-10: month and quarter edges, a year end. */
const START = Date.UTC(2025, 10, 20);
const SPAN_DAYS = 110;
const dayOf = (offset: number) => new Date(START + offset * DAY_MS).toISOString().slice(0, 10);

const answersArb = fc.record(
  {
    gender: fc.constantFrom('f', 'm', 'x'),
    sat: fc.constantFrom('1', '2', '3', '4', '5'),
    ok: fc.boolean().map((b) => (b ? 'yes' : 'no')),
    visits: fc.integer({ min: 0, max: 50 }),
    used: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
  },
  { requiredKeys: [] },
);
const submissionArb = fc.record({
  site: fc.integer({ min: 0, max: 2 }),
  // anywhere in a day, so UTC day edges are crossed
  at: fc.integer({ min: 0, max: SPAN_DAYS * DAY_MS - 1 }),
  answers: answersArb,
});
/** How a batch reaches the rollups: counted with the rows, or queued and folded later. */
const batchArb = fc.record({
  submissions: fc.array(submissionArb, { maxLength: 40 }),
  mode: fc.constantFrom('inline' as const, 'queued' as const),
  folded: fc.boolean(),
});
type Batch = typeof batchArb extends fc.Arbitrary<infer T> ? T : never;
const filterArb = fc.record({
  from: fc.option(fc.integer({ min: -5, max: SPAN_DAYS + 5 }), { nil: undefined }),
  length: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  countries: fc.option(fc.constantFrom(['UA'], ['KG']), { nil: undefined }),
  site: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  answer: fc.oneof(
    fc.tuple(fc.constant('gender'), fc.constantFrom('f', 'm', 'x')),
    fc.tuple(fc.constant('sat'), fc.constantFrom('1', '3', '5')),
  ),
  bucket: fc.constantFrom<TimeBucket>('week', 'month', 'quarter'),
});

type Filter = typeof filterArb extends fc.Arbitrary<infer T> ? T : never;

/** Results in a fixed order, so two computations compare exactly. */
function sorted(raw: RawResults): RawResults {
  const key = (t: { question: string; value: string; period?: string }) =>
    `${t.period ?? ''}\u0000${t.question}\u0000${t.value}`;
  const byKey = <T extends { question: string; value: string; period?: string }>(a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
  return { totals: [...raw.totals].sort(byKey), timeline: [...raw.timeline].sort(byKey) };
}

describe.each(testEngines())('disaggregated rollups on %s', (engine) => {
  let database: Database;
  let orgId = '';
  let siteIds: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db
      .insert(organizations)
      .values({ slug: `disaggregated-${engine}`, name: 'Disaggregated' })
      .returning();
    orgId = org?.id ?? '';
    const rows = await database.db
      .insert(sites)
      .values(COUNTRIES.map((country, i) => ({ orgId, name: `Site ${i}`, country, city: 'City' })))
      .returning();
    siteIds = rows.map((r) => r.id);
  });
  afterAll(async () => {
    await database.close();
  });

  /** Publish `definition` as the latest version of `surveyId`, as the API's publish does. */
  async function publish(surveyId: string, definition: SurveyDefinition, version: number) {
    const stored = JSON.stringify({ ...definition, id: surveyId, version });
    await database.db.execute(sql`insert into survey_versions (org_id, survey_id, version, definition)
      values (${orgId}::uuid, ${surveyId}, ${version}, ${stored}::jsonb)`);
    await database.db.execute(sql`insert into surveys (org_id, id, latest_version) values (${orgId}::uuid, ${surveyId}, ${version})
      on conflict (org_id, id) do update set latest_version = excluded.latest_version`);
  }

  /** Store the same submissions under both surveys (new ids each), inline or queued. */
  async function store(surveyIds: readonly string[], batch: Batch) {
    for (const surveyId of surveyIds) {
      await storeSubmissions(
        database.db,
        batch.submissions.map((s) => ({
          id: randomUUID(),
          orgId,
          surveyId,
          version: 1,
          siteId: siteIds[s.site] ?? '',
          collectedBy: null,
          collectedAt: new Date(START + s.at),
          locale: 'en',
          answers: s.answers,
          facts: submissionFacts(survey, s.answers),
        })),
        { rollups: batch.mode },
      );
    }
    if (batch.folded) while ((await foldQueuedRollups(database.db, 7)) > 0) {}
  }

  function filterOf(f: Filter): ResultsFilter {
    return {
      from: f.from === undefined ? undefined : dayOf(f.from),
      to: f.from === undefined || f.length === undefined ? undefined : dayOf(f.from + f.length),
      countries: f.countries,
      siteIds: f.site === undefined ? undefined : [siteIds[f.site] ?? ''],
      answers: { [f.answer[0]]: f.answer[1] },
    };
  }

  it('should give answer-filtered results from the rollups equal to a recomputation from the rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        batchArb,
        batchArb,
        batchArb,
        fc.array(filterArb, { minLength: 1, maxLength: 6 }),
        async (before, during, after, filters) => {
          const declared = `declared-${randomUUID().slice(0, 8)}`;
          const rows = `rows-${randomUUID().slice(0, 8)}`;
          const plain: SurveyDefinition = { ...survey, disaggregateBy: undefined };
          await publish(declared, plain, 1);
          await publish(rows, plain, 1);
          // stored before the declaration (some still queued), then backfilled by the sync
          await store([declared, rows], before);
          await publish(declared, survey, 2);
          await store([declared, rows], during);
          await syncDisaggregations(database.db);
          await store([declared, rows], after);
          while ((await foldQueuedRollups(database.db)) > 0) {}
          expect(await isDisaggregated(database.db, orgId, declared, 'gender')).toBe(true);
          expect(await isDisaggregated(database.db, orgId, rows, 'gender')).toBe(false);
          for (const f of filters) {
            const filter = filterOf(f);
            const fromRollups = await aggregateSurvey(database.db, orgId, declared, filter, f.bucket);
            const fromRows = await aggregateSurvey(database.db, orgId, rows, filter, f.bucket);
            expect(sorted(fromRollups)).toEqual(sorted(fromRows));
          }
        },
      ),
      { numRuns: engine === 'pglite' ? 12 : 8 },
    );
  }, 240_000);

  it('should read answer-filtered results from the disaggregated rollups once declared', async () => {
    const surveyId = `read-${randomUUID().slice(0, 8)}`;
    await publish(surveyId, survey, 1);
    await syncDisaggregations(database.db);
    await storeSubmissions(
      database.db,
      [1, 2, 3].map(() => ({
        id: randomUUID(),
        orgId,
        surveyId,
        version: 1,
        siteId: siteIds[0] ?? '',
        collectedBy: null,
        collectedAt: new Date(START),
        locale: 'en',
        answers: { gender: 'f', visits: 4 },
        facts: submissionFacts(survey, { gender: 'f', visits: 4 }),
      })),
    );
    // the rows are not read: a change to the rollups shows in the results
    await database.db.execute(
      sql`update disaggregated_rollups_monthly set n = n + 1 where survey_id = ${surveyId} and question = 'visits' and value = '*'`,
    );
    const raw = await aggregateSurvey(database.db, orgId, surveyId, { answers: { gender: 'f' } });
    expect(raw.totals.find((t) => t.question === 'visits' && t.value === '*')).toMatchObject({
      n: 4,
      total: 12,
    });
  });

  it('should drop the rollups of a question no longer declared and read its rows again', async () => {
    const surveyId = `drop-${randomUUID().slice(0, 8)}`;
    await publish(surveyId, survey, 1);
    await syncDisaggregations(database.db);
    await storeSubmissions(database.db, [
      {
        id: randomUUID(),
        orgId,
        surveyId,
        version: 1,
        siteId: siteIds[0] ?? '',
        collectedBy: null,
        collectedAt: new Date(START),
        locale: 'en',
        answers: { gender: 'm', sat: '2' },
        facts: submissionFacts(survey, { gender: 'm', sat: '2' }),
      },
    ]);
    await publish(surveyId, { ...survey, disaggregateBy: ['sat'] }, 2);
    expect(await syncDisaggregations(database.db)).toBe(1);
    expect(await isDisaggregated(database.db, orgId, surveyId, 'gender')).toBe(false);
    const left = await database.db.execute(
      sql`select count(*)::int as n from disaggregated_rollups_monthly where survey_id = ${surveyId} and by_question = 'gender'`,
    );
    expect(resultRows<{ n: number }>(left)[0]?.n).toBe(0);
    const raw = await aggregateSurvey(database.db, orgId, surveyId, { answers: { gender: 'm' } });
    expect(raw.totals.find((t) => t.question === '@' && t.value === '*')?.n).toBe(1);
  });
});
