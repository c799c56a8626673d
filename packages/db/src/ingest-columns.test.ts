import { randomUUID } from 'node:crypto';
import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from './database.ts';
import { submissionFacts } from './facts.ts';
import { type NewSubmission, storeSubmissions, submissionHash } from './ingest.ts';
import { organizations, sessions, sites, submissions, users } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const parsed = parseSurvey({
  id: 'columns',
  version: 1,
  locales: ['en'],
  title: { en: 'Columns' },
  sections: [
    {
      id: 'main',
      title: { en: 'Main' },
      items: [
        {
          id: 'service',
          kind: 'single_choice',
          label: { en: 'Service' },
          options: [
            { value: 'nsp', label: { en: 'NSP' } },
            { value: 'ost', label: { en: 'OST' } },
          ],
        },
        { id: 'score', kind: 'rating', max: 5, label: { en: 'Score' } },
        { id: 'comment', kind: 'text', label: { en: 'Comment' } },
      ],
    },
  ],
});
if (!parsed.success) throw new Error('fixture invalid');
const survey: SurveyDefinition = parsed.survey;

/**
 * Text that an array literal, a CSV-like split or JSON could get wrong: quotes, backslashes,
 * commas, braces, the word NULL, control characters (U+001E included) and characters outside the
 * BMP. No NUL or lone surrogate: the API refuses those before they reach the database.
 */
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '\\', ',', '{', '}', 'NULL', '\u001e', '\u001f', '\n', ' ', "'", '\u{1F600}', 'é'),
      fc.string({ unit: 'grapheme', maxLength: 4 }).filter((s) => !s.includes('\u0000')),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

describe.each(testEngines())('stored columns on %s', (engine) => {
  let database: Database;
  let orgId: string;
  let siteId: string;
  let userId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const [org] = await database.db
      .insert(organizations)
      .values({ slug: 'net', name: 'Network' })
      .returning();
    orgId = org?.id ?? '';
    const [site] = await database.db
      .insert(sites)
      .values({ orgId, name: 'DIC', country: 'UA', city: 'Kyiv', serviceTypes: ['nsp'] })
      .returning();
    siteId = site?.id ?? '';
    const [user] = await database.db
      .insert(users)
      .values({ email: 'monitor@net.example', name: 'Monitor', passwordHash: 'x' })
      .returning();
    userId = user?.id ?? '';
    await database.db
      .insert(sessions)
      .values({ id: 'live "session", {1}', userId, orgId, expiresAt: new Date(Date.now() + 3_600_000) });
  });
  afterAll(async () => {
    await database.close();
  });

  const submission = fc
    .record({
      service: fc.constantFrom('nsp', 'ost'),
      score: fc.integer({ min: 1, max: 5 }),
      comment: fc.option(awkward, { nil: undefined }),
      locale: fc.oneof(fc.constantFrom('en', 'uk', 'sr'), awkward),
      surveyId: fc.oneof(fc.constant('columns'), awkward),
      version: fc.integer({ min: 1, max: 1000 }),
      monitor: fc.boolean(),
      session: fc.boolean(),
      at: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
    })
    .map(({ service, score, comment, locale, surveyId, version, monitor, session, at }): NewSubmission => {
      const answers = comment === undefined ? { service, score } : { service, score, comment };
      return {
        id: randomUUID(),
        orgId,
        surveyId,
        version,
        siteId,
        collectedBy: monitor ? userId : null,
        collectedAt: new Date(at),
        locale,
        answers,
        facts: submissionFacts(survey, answers),
        ...(session ? { sessionId: 'live "session", {1}' } : {}),
      };
    });

  it('should store every column exactly as sent, for any batch, and acknowledge a resend without a second row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(submission, { minLength: 1, maxLength: 12 }), async (batch) => {
        expect(await storeSubmissions(database.db, batch, { rollups: 'queued' })).toEqual(
          batch.map(() => 'created'),
        );
        const rows = await database.db
          .select()
          .from(submissions)
          .where(
            inArray(
              submissions.id,
              batch.map((s) => s.id),
            ),
          );
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const s of batch) {
          const row = byId.get(s.id);
          expect(row).toMatchObject({
            orgId: s.orgId,
            surveyId: s.surveyId,
            version: s.version,
            siteId: s.siteId,
            collectedBy: s.collectedBy,
            collectedAt: s.collectedAt,
            locale: s.locale,
            answers: s.answers,
            contentHash: submissionHash(s),
          });
          const facts = typeof row?.facts === 'string' ? JSON.parse(row.facts) : row?.facts;
          expect(facts).toEqual(JSON.parse(JSON.stringify(s.facts)));
        }
        expect(await storeSubmissions(database.db, batch, { rollups: 'queued' })).toEqual(
          batch.map(() => 'duplicate'),
        );
        expect(rows).toHaveLength(batch.length);
      }),
      { numRuns: 25 },
    );
  });

  it('should send a chunk to PostgreSQL as one parameter per column, so each answer is parsed once', async () => {
    if (engine !== 'postgres') return;
    const client = (database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
      .$client;
    const query = vi.spyOn(client, 'query');
    try {
      const answers = { service: 'nsp', score: 3 };
      const one = (): NewSubmission => ({
        id: randomUUID(),
        orgId,
        surveyId: 'columns',
        version: 1,
        siteId,
        collectedBy: null,
        collectedAt: new Date('2026-03-02T10:00:00Z'),
        locale: 'en',
        answers,
        facts: submissionFacts(survey, answers),
      });
      expect(await storeSubmissions(database.db, [one(), one()], { rollups: 'queued' })).toEqual([
        'created',
        'created',
      ]);
      const [config] = query.mock.calls[0] as [{ text: string; values: unknown[] }];
      // no outer JSON document around the rows: the answers' text is read by jsonb once, the facts' by json once
      expect(config.text).not.toMatch(/json_to_recordset|json_array_elements/);
      expect(config.values.length).toBeGreaterThanOrEqual(11);
      for (const value of config.values) expect(typeof value).toBe('string');
    } finally {
      query.mockRestore();
    }
  });
});
