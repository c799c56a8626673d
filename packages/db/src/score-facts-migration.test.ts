import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateSurvey } from './aggregates.ts';
import type { Database } from './database.ts';
import { submissionFacts } from './facts.ts';
import { storeSubmissions } from './ingest.ts';
import { resultRows } from './result-rows.ts';
import { foldQueuedRollups } from './rollup-queue.ts';
import { organizations, sites, surveyVersions } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const en = (text: string) => ({ en: text });
const parsed = parseSurvey({
  id: 'migrated',
  version: 1,
  locales: ['en'],
  title: en('Migrated'),
  sections: [
    {
      id: 'main',
      title: en('Main'),
      items: [
        {
          id: 'respect',
          kind: 'likert',
          label: en('Respect'),
          options: ['1', '2', '3', '4'].map((value) => ({ value, label: en(value) })),
        },
        { id: 'score', kind: 'rating', max: 7, label: en('Score') },
        { id: 'police', kind: 'yes_no', label: en('Police') },
      ],
    },
  ],
  indicators: [
    { id: 'quality', kind: 'scale_mean', items: ['respect', 'score'], label: en('Quality') },
    { id: 'police_share', kind: 'share', item: 'police', values: ['yes'], label: en('Police') },
  ],
});
if (!parsed.success) throw new Error(`fixture invalid: ${JSON.stringify(parsed.errors)}`);
const survey: SurveyDefinition = parsed.survey;

const MIGRATION = new URL('../migrations/0006_scale_score_facts.sql', import.meta.url);

async function runMigration(database: Database) {
  const text = await readFile(MIGRATION, 'utf8');
  for (const statement of text.split('--> statement-breakpoint'))
    await database.db.execute(sql.raw(statement));
}

const people = [
  { day: '2026-01-31T23:30:00Z', answers: { respect: '3', score: 5, police: 'yes' } },
  { day: '2026-01-05T10:00:00Z', answers: { respect: '2', score: 6 } },
  { day: '2026-02-05T10:00:00Z', answers: { respect: '4' } },
  { day: '2026-02-06T10:00:00Z', answers: { police: 'no' } },
  { day: '2026-02-07T10:00:00Z', answers: { respect: '1', score: 1, police: 'no' } },
];

describe.each(testEngines())('migration 0006 (scale score facts) on %s', (engine) => {
  let database: Database;
  let orgId = '';
  let siteId = '';

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db.insert(organizations).values({ slug: 'mig', name: 'Mig' }).returning();
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

  /** Store the people under a survey id, with facts as today's code or as before the score facts. */
  async function store(surveyId: string, facts: 'today' | 'before', queuedFrom = people.length) {
    await database.db.insert(surveyVersions).values({ orgId, surveyId, version: 1, definition: survey });
    for (const [i, p] of people.entries()) {
      const all = submissionFacts(survey, p.answers);
      await storeSubmissions(
        database.db,
        [
          {
            id: randomUUID(),
            orgId,
            surveyId,
            version: 1,
            siteId,
            collectedBy: null,
            collectedAt: new Date(p.day),
            locale: 'en',
            answers: p.answers,
            facts: facts === 'today' ? all : all.filter((f) => !(f.q === '@quality' && f.v !== '*')),
          },
        ],
        { rollups: i >= queuedFrom ? 'queued' : 'inline' },
      );
    }
  }

  const sorted = (raw: Awaited<ReturnType<typeof aggregateSurvey>>) => ({
    totals: [...raw.totals].sort((a, b) =>
      `${a.question}|${a.value}`.localeCompare(`${b.question}|${b.value}`),
    ),
    timeline: [...raw.timeline].sort((a, b) =>
      `${a.period}|${a.question}|${a.value}`.localeCompare(`${b.period}|${b.question}|${b.value}`),
    ),
  });

  it('should give stored submissions and their rollups the score facts today’s code writes', async () => {
    await store('today', 'today');
    // the last two are still queued when the migration runs: counted whole when folded
    await store('before', 'before', 3);
    await runMigration(database);
    // running it again adds nothing
    await runMigration(database);
    await foldQueuedRollups(database.db);
    const rows = resultRows<{ facts: unknown; answers: Record<string, unknown> }>(
      await database.db.execute(sql`select facts, answers from submissions where survey_id = 'before'`),
    );
    for (const row of rows) {
      const facts = typeof row.facts === 'string' ? JSON.parse(row.facts) : row.facts;
      const key = (f: { q: string; v: string; x?: number }) => `${f.q}|${f.v}|${f.x ?? ''}`;
      expect((facts as Array<{ q: string; v: string }>).map(key).sort()).toEqual(
        submissionFacts(survey, row.answers).map(key).sort(),
      );
    }
    for (const range of [
      {},
      { from: '2026-01-01', to: '2026-02-28' },
      { from: '2026-01-05', to: '2026-02-06' },
    ]) {
      const today = sorted(await aggregateSurvey(database.db, orgId, 'today', range));
      const before = sorted(await aggregateSurvey(database.db, orgId, 'before', range));
      expect(before).toEqual(today);
      expect(before.totals.some((t) => t.question === '@quality' && t.value !== '*')).toBe(true);
    }
  });
});
