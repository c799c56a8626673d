import { randomUUID } from 'node:crypto';
import type { AnswerRecord } from '@kolo/schema';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSurvey, type RawResults, type ResultsFilter } from './aggregates.ts';
import type { Database } from './database.ts';
import { submissionFacts } from './facts.ts';
import { type NewSubmission, storeSubmissions } from './ingest.ts';
import { resultRows } from './result-rows.ts';
import { buildResults } from './results.ts';
import { foldQueuedRollups } from './rollup-queue.ts';
import { organizations, sites } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';
import { partnersSurvey as survey } from './testing/repeat-survey.ts';

const instance = fc.record(
  {
    partner_tested: fc.constantFrom('yes', 'no'),
    partner_age: fc.integer({ min: 16, max: 70 }),
    partner_kind: fc.subarray(['regular', 'casual', 'client'], { minLength: 1 }),
  },
  { requiredKeys: [] },
);
const answers: fc.Arbitrary<AnswerRecord> = fc.record(
  {
    age: fc.integer({ min: 16, max: 70 }),
    city: fc.constantFrom('kyiv', 'lviv'),
    partners: fc.oneof(
      { arbitrary: fc.array(instance, { maxLength: 4 }), weight: 5 },
      { arbitrary: fc.array(instance, { minLength: 20, maxLength: 50 }), weight: 1 },
    ),
  },
  { requiredKeys: ['city'] },
);

/** Sums of every fact of these answers by key and value, as `question|value -> [n, total]`. */
function recompute(rows: readonly AnswerRecord[]): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const a of rows)
    for (const f of submissionFacts(survey, a)) {
      const t = out.get(`${f.q}|${f.v}`) ?? [0, 0];
      out.set(`${f.q}|${f.v}`, [t[0] + 1, t[1] + (f.x ?? 0)]);
    }
  return out;
}

const asMap = (raw: RawResults) =>
  new Map(raw.totals.map((t) => [`${t.question}|${t.value}`, [t.n, t.total] as [number, number]]));

describe.each(testEngines())('a repeated section stored on %s', (engine) => {
  let database: Database;
  let orgId: string;
  let siteIds: string[];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db
      .insert(organizations)
      .values({ slug: 'net', name: 'Network' })
      .returning();
    orgId = org?.id ?? '';
    const rows = await database.db
      .insert(sites)
      .values(
        ['DIC', 'Van'].map((name) => ({ orgId, name, country: 'UA', city: 'Kyiv', serviceTypes: ['nsp'] })),
      )
      .returning();
    siteIds = rows.map((r) => r.id);
    const people = fc.sample(answers, { numRuns: 120, seed: 19 });
    const batch: NewSubmission[] = people.map((a, i) => ({
      id: randomUUID(),
      orgId,
      surveyId: survey.id,
      version: 1,
      siteId: siteIds[i % 2] ?? '',
      collectedBy: null,
      // three months, so whole months come from the monthly rollups and the edges from the daily ones
      collectedAt: new Date(Date.UTC(2026, i % 3, 1 + (i % 28), 10)),
      locale: 'en',
      answers: a,
      facts: submissionFacts(survey, a),
    }));
    // half counted in the same transaction, half queued and folded later, as the API does
    expect(await storeSubmissions(database.db, batch.slice(0, 60))).toEqual(Array(60).fill('created'));
    await storeSubmissions(database.db, batch.slice(60), { rollups: 'queued' });
    while ((await foldQueuedRollups(database.db)) > 0);
  });
  afterAll(async () => {
    await database.close();
  });

  /** The stored answers of the submissions a filter takes, read back from their rows. */
  async function storedAnswers(where = sql`true`): Promise<AnswerRecord[]> {
    const rows = resultRows<{ answers: AnswerRecord | string }>(
      await database.db.execute(
        sql`select answers from submissions m where m.org_id = ${orgId} and ${where}`,
      ),
    );
    return rows.map((r) => (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers));
  }

  it('should aggregate instances and respondents exactly as a recomputation from the stored rows', async () => {
    const expected = recompute(await storedAnswers());
    const raw = await aggregateSurvey(database.db, orgId, survey.id);
    expect(asMap(raw)).toEqual(expected);
    expect([...expected.keys()]).toContain('~partner_tested|yes');
    expect([...expected.keys()]).toContain('partner_age[]|*');
    expect([...expected.keys()]).toContain('partners[]|+');
    const results = buildResults(survey, raw, 5);
    const tested = results.questions.find((q) => q.id === 'partner_tested');
    expect(tested?.n).toBe(expected.get('~partner_tested|*')?.[0]);
    expect(tested?.instances?.n).toBe(expected.get('partner_tested[]|*')?.[0]);
    expect(results.repeats?.[0]?.instances).toBe(expected.get('partners[]|*')?.[1]);
  });

  it('should read the same from monthly and daily rollups over a date range', async () => {
    const filter: ResultsFilter = { from: '2026-01-15', to: '2026-03-10' };
    const expected = recompute(
      await storedAnswers(sql`m.collected_at >= '2026-01-15' and m.collected_at < '2026-03-11'`),
    );
    expect(asMap(await aggregateSurvey(database.db, orgId, survey.id, filter))).toEqual(expected);
  });

  it('should aggregate a repeat from the facts of the submissions an answer filter takes', async () => {
    const expected = recompute(await storedAnswers(sql`m.answers ->> 'city' = 'lviv'`));
    const raw = await aggregateSurvey(database.db, orgId, survey.id, { answers: { city: 'lviv' } });
    expect(asMap(raw)).toEqual(expected);
    expect(expected.get('partner_tested[]|*')?.[0]).toBeGreaterThan(0);
  });
});
