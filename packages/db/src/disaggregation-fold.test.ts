import { randomUUID } from 'node:crypto';
import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from './database.ts';
import { syncDisaggregations } from './disaggregation-rollups.ts';
import { submissionFacts } from './facts.ts';
import { type NewSubmission, storeSubmissions } from './ingest.ts';
import { resultRows } from './result-rows.ts';
import { foldQueuedRollups } from './rollup-queue.ts';
import { organizations, sites } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const en = (text: string) => ({ en: text });
const VALUES = ['a', 'b', 'c', 'd', 'e'];
/** Questions answered by every submission: with the three declared ones, about 30 facts each. */
const QUESTIONS = 24;

/** A survey like the library's largest: many choice questions, a number, three declared for disaggregation. */
function wideSurvey(id: string, disaggregateBy: readonly string[] | undefined): SurveyDefinition {
  const parsed = parseSurvey({
    id,
    version: 1,
    locales: ['en'],
    title: en('Wide'),
    ...(disaggregateBy ? { disaggregateBy } : {}),
    sections: [
      {
        id: 'main',
        title: en('Main'),
        items: [
          ...['kp', 'gender', 'age'].map((q) => ({
            id: q,
            kind: 'single_choice',
            label: en(q),
            options: VALUES.map((value) => ({ value, label: en(value) })),
          })),
          { id: 'visits', kind: 'number', label: en('Visits'), min: 0, max: 50 },
          ...Array.from({ length: QUESTIONS }, (_, i) => ({
            id: `q${i}`,
            kind: 'likert',
            label: en(`Question ${i}`),
            options: VALUES.map((value) => ({ value, label: en(value) })),
          })),
        ],
      },
    ],
  });
  if (!parsed.success) throw new Error(`fixture invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.survey;
}

/** The disaggregated rollups recomputed from the stored rows, as the backfill counts them. */
const RECOMPUTED = sql`select s.org_id::text as org_id, s.survey_id, d.question as by_question,
    s.answers ->> d.question as by_value,
    date_trunc('month', (s.collected_at at time zone 'UTC')::date)::date::text as month,
    s.site_id::text as site_id, f.q as question, f.v as value, count(*)::int as n,
    sum(coalesce(f.x, 0))::float8 as total, sum(coalesce(f.x * f.x, 0))::float8 as total_squares
  from submissions s
  join disaggregations d on d.org_id = s.org_id and d.survey_id = s.survey_id
  cross join lateral json_to_recordset(s.facts) as f(q text, v text, x float8)
  where s.answers ->> d.question is not null
  group by 1, 2, 3, 4, 5, 6, 7, 8
  order by 1, 2, 3, 4, 5, 6, 7, 8`;

const STORED = sql`select org_id::text as org_id, survey_id, by_question, by_value, month::text as month,
    site_id::text as site_id, question, value, n::int as n, total::float8 as total, total_squares::float8 as total_squares
  from disaggregated_rollups_monthly
  order by 1, 2, 3, 4, 5, 6, 7, 8`;

describe.each(testEngines())('disaggregated fold on %s', (engine) => {
  let database: Database;
  let orgId = '';
  let siteIds: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db
      .insert(organizations)
      .values({ slug: `fold-${engine}`, name: 'Fold' })
      .returning();
    orgId = org?.id ?? '';
    const rows = await database.db
      .insert(sites)
      .values(
        Array.from({ length: 14 }, (_, i) => ({ orgId, name: `Site ${i}`, country: 'UA', city: 'City' })),
      )
      .returning();
    siteIds = rows.map((r) => r.id);
  });
  afterAll(async () => {
    await database.close();
  });

  async function publish(definition: SurveyDefinition) {
    const stored = JSON.stringify(definition);
    await database.db.execute(sql`insert into survey_versions (org_id, survey_id, version, definition)
      values (${orgId}::uuid, ${definition.id}, 1, ${stored}::jsonb)`);
    await database.db.execute(
      sql`insert into surveys (org_id, id, latest_version) values (${orgId}::uuid, ${definition.id}, 1)`,
    );
    await syncDisaggregations(database.db);
  }

  /** `count` submissions with varied answers (some questions left out), `hours` apart (from across a month's end). */
  function submissions(
    definition: SurveyDefinition,
    count: number,
    seed: number,
    hours = 5,
  ): NewSubmission[] {
    return Array.from({ length: count }, (_, k) => {
      const i = k + seed;
      const answers: Record<string, unknown> = { visits: (i * 7) % 51 };
      for (const [j, q] of ['kp', 'gender', 'age'].entries())
        if ((i + j) % 7 !== 0) answers[q] = VALUES[(i * (j + 3)) % VALUES.length];
      for (let j = 0; j < QUESTIONS; j += 1) answers[`q${j}`] = VALUES[(i + j * 3) % VALUES.length];
      return {
        id: randomUUID(),
        orgId,
        surveyId: definition.id,
        version: 1,
        siteId: siteIds[i % siteIds.length] ?? '',
        collectedBy: null,
        collectedAt: new Date(Date.UTC(2026, 0, 25) + k * 3_600_000 * hours),
        locale: 'en',
        answers,
        facts: submissionFacts(definition, answers),
      };
    });
  }

  it('should hold exactly the rollups recomputed from the rows after inline stores, folds and resends', async () => {
    const definition = wideSurvey(`exact-${engine}`, ['kp', 'gender', 'age']);
    await publish(definition);
    const inline = submissions(definition, 120, 0);
    const queued = submissions(definition, 300, 1000);
    await storeSubmissions(database.db, inline, { rollups: 'inline' });
    await storeSubmissions(database.db, queued.slice(0, 200), { rollups: 'queued' });
    // a resent batch (ids already held) with new ones: only the new ones are counted
    await storeSubmissions(database.db, queued.slice(100), { rollups: 'queued' });
    await storeSubmissions(database.db, inline.slice(0, 50), { rollups: 'inline' });
    while ((await foldQueuedRollups(database.db, 70)) > 0) {}
    const stored = resultRows(await database.db.execute(STORED));
    expect(stored.length).toBeGreaterThan(1000);
    expect(stored).toEqual(resultRows(await database.db.execute(RECOMPUTED)));
  }, 120_000);

  it('should fold a backlog larger than one chunk in one transaction, writing each rollup key once', async () => {
    const definition = wideSurvey(`chunked-${engine}`, ['kp', 'gender', 'age']);
    await publish(definition);
    await storeSubmissions(database.db, submissions(definition, 40, 5000), { rollups: 'queued' });
    // every statement the fold runs, as text
    const statements: string[] = [];
    const dialect = new PgDialect();
    const recording = {
      transaction: <T>(run: (tx: Db) => Promise<T>) =>
        database.db.transaction((tx) =>
          run(
            new Proxy(tx, {
              get: (target, key, receiver) =>
                key === 'execute'
                  ? (query: SQL) => {
                      statements.push(dialect.sqlToQuery(query).sql);
                      return target.execute(query);
                    }
                  : Reflect.get(target, key, receiver),
            }) as unknown as Db,
          ),
        ),
    } as unknown as Db;
    expect(await foldQueuedRollups(recording, 100, { chunk: 7 })).toBe(40);
    const count = (pattern: RegExp) => statements.filter((s) => pattern.test(s)).length;
    // read in six chunks (the last one short), counted once
    expect(count(/delete from rollup_queue/)).toBe(6);
    expect(count(/insert into answer_rollups /)).toBe(1);
    expect(count(/insert into disaggregated_rollups_monthly/)).toBe(1);
    expect(resultRows(await database.db.execute(STORED))).toEqual(
      resultRows(await database.db.execute(RECOMPUTED)),
    );
    const daily = sql`select survey_id, day::text as day, site_id::text as site_id, question, value, n::int as n, total::float8 as total
      from answer_rollups where survey_id = ${definition.id} order by 1, 2, 3, 4, 5`;
    const recount = sql`select s.survey_id, (s.collected_at at time zone 'UTC')::date::text as day, s.site_id::text as site_id,
        f.q as question, f.v as value, count(*)::int as n, sum(coalesce(f.x, 0))::float8 as total
      from submissions s cross join lateral json_to_recordset(s.facts) as f(q text, v text, x float8)
      where s.survey_id = ${definition.id} group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`;
    expect(resultRows(await database.db.execute(daily))).toEqual(
      resultRows(await database.db.execute(recount)),
    );
    expect(await foldQueuedRollups(database.db, 100, { chunk: 7 })).toBe(0);
  }, 120_000);
});
