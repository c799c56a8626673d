import { randomUUID } from 'node:crypto';
import { parseSurvey, type SurveyDefinition } from '@kolo/schema';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { aggregateSurvey } from './aggregates.ts';
import type { Database } from './database.ts';
import { submissionFacts } from './facts.ts';
import { type NewSubmission, storeSubmissions, submissionHash } from './ingest.ts';
import { buildResults } from './results.ts';
import { foldQueuedRollups } from './rollup-queue.ts';
import { organizations, sessions, sites, submissions, users } from './schema.ts';
import { openTestDatabase, testEngines } from './testing/databases.ts';

const parsed = parseSurvey({
  id: 'quick',
  version: 1,
  locales: ['en'],
  title: { en: 'Quick' },
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
      ],
    },
  ],
  indicators: [
    { id: 'nsp_share', kind: 'share', item: 'service', values: ['nsp'], label: { en: 'NSP share' } },
  ],
});
if (!parsed.success) throw new Error('fixture invalid');
const survey: SurveyDefinition = parsed.survey;

describe.each(testEngines())('storage on %s', (engine) => {
  let database: Database;
  let orgId: string;
  let siteId: string;

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
  });
  afterAll(async () => {
    await database.close();
  });

  const make = (answers: Record<string, unknown>, id = randomUUID()): NewSubmission => ({
    id,
    orgId,
    surveyId: 'quick',
    version: 1,
    siteId,
    collectedBy: null,
    collectedAt: new Date('2026-03-02T10:00:00Z'),
    locale: 'en',
    answers,
    facts: submissionFacts(survey, answers),
  });

  it('should store a resent submission once and refuse the same id with other content', async () => {
    const first = make({ service: 'nsp', score: 4 });
    expect(await storeSubmissions(database.db, [first])).toEqual(['created']);
    expect(await storeSubmissions(database.db, [first, first])).toEqual(['duplicate', 'duplicate']);
    expect(await storeSubmissions(database.db, [{ ...first, answers: { service: 'ost' } }])).toEqual([
      'conflict',
    ]);
    const raw = await aggregateSurvey(database.db, orgId, 'quick');
    const results = buildResults(survey, raw, 1);
    expect(results.respondents.n).toBe(1);
    expect(results.questions[0]?.counts.find((c) => c.value === 'nsp')?.n).toBe(1);
  });

  it("should refuse a submission for another organization's site, storing nothing of its batch", async () => {
    const [other] = await database.db
      .insert(organizations)
      .values({ slug: `o-${randomUUID().slice(0, 8)}`, name: 'Other network' })
      .returning();
    const [theirs] = await database.db
      .insert(sites)
      .values({ orgId: other?.id ?? '', name: 'DIC', country: 'PL', city: 'Gdańsk', serviceTypes: ['nsp'] })
      .returning();
    const ours = make({ service: 'nsp', score: 2 });
    const crossed = { ...make({ service: 'ost', score: 5 }), siteId: theirs?.id ?? '' };
    for (const rollups of ['inline', 'queued'] as const) {
      await expect(storeSubmissions(database.db, [ours, crossed], { rollups })).rejects.toThrow();
      const stored = await database.db
        .select({ id: submissions.id })
        .from(submissions)
        .where(inArray(submissions.id, [ours.id, crossed.id]));
      expect(stored).toEqual([]);
    }
  });

  it('should aggregate in the database and suppress small cells', async () => {
    const batch = [
      ...Array.from({ length: 12 }, (_, i) => make({ service: 'nsp', score: (i % 5) + 1 })),
      ...Array.from({ length: 2 }, () => make({ service: 'ost', score: 3 })),
    ];
    expect((await storeSubmissions(database.db, batch)).every((o) => o === 'created')).toBe(true);
    const results = buildResults(survey, await aggregateSurvey(database.db, orgId, 'quick'), 5);
    expect(results.respondents.n).toBe(15);
    const service = results.questions.find((q) => q.id === 'service');
    expect(service?.counts.find((c) => c.value === 'nsp')).toMatchObject({ n: null, suppressed: true });
    expect(service?.counts.find((c) => c.value === 'ost')).toMatchObject({ n: null, suppressed: true });
    // 13 of 15 chose NSP: the share would reveal the 2 who did not, so it is withheld
    expect(results.indicators[0]).toMatchObject({ value: null, suppressed: true });
    const filtered = buildResults(
      survey,
      await aggregateSurvey(database.db, orgId, 'quick', { answers: { service: 'nsp' } }),
      5,
    );
    expect(filtered.respondents.n).toBe(13);
    const outside = buildResults(
      survey,
      await aggregateSurvey(database.db, orgId, 'quick', { countries: ['KG'] }),
      5,
    );
    expect(outside.respondents.n).toBe(0);
  });

  it('should count queued submissions once when folded, the same as counting them inline', async () => {
    const other = await database.db
      .insert(organizations)
      .values({ slug: `q-${randomUUID().slice(0, 8)}`, name: 'Queued' })
      .returning();
    const queuedOrg = other[0]?.id ?? '';
    const [queuedSite] = await database.db
      .insert(sites)
      .values({ orgId: queuedOrg, name: 'DIC', country: 'KG', city: 'Osh', serviceTypes: ['nsp'] })
      .returning();
    const answers = Array.from({ length: 40 }, (_, i) => ({
      service: i % 3 ? 'nsp' : 'ost',
      score: (i % 5) + 1,
    }));
    const inOrg = (a: Record<string, unknown>, org: string, site: string, day: number): NewSubmission => ({
      ...make(a),
      orgId: org,
      siteId: site,
      collectedAt: new Date(Date.UTC(2026, 2, 1 + day, 10)),
    });
    // the same answers counted inline in the first organization and queued in the other
    const inline = answers.map((a, i) => inOrg(a, orgId, siteId, 10 + (i % 7)));
    const queued = answers.map((a, i) => inOrg(a, queuedOrg, queuedSite?.id ?? '', 10 + (i % 7)));
    const before = await aggregateSurvey(database.db, orgId, 'quick');
    await storeSubmissions(database.db, inline);
    const outcomes = await storeSubmissions(database.db, queued, { rollups: 'queued' });
    expect(outcomes.every((o) => o === 'created')).toBe(true);
    // a resend of queued submissions is not queued again
    await storeSubmissions(database.db, queued.slice(0, 5), { rollups: 'queued' });
    expect((await aggregateSurvey(database.db, queuedOrg, 'quick')).totals).toEqual([]);
    expect(await foldQueuedRollups(database.db, 15)).toBe(15);
    expect(await foldQueuedRollups(database.db)).toBe(25);
    expect(await foldQueuedRollups(database.db)).toBe(0);
    // every count and sum equals what the same submissions added when counted inline
    const after = await aggregateSurvey(database.db, orgId, 'quick');
    const folded = await aggregateSurvey(database.db, queuedOrg, 'quick');
    const key = (t: { question: string; value: string }) => `${t.question}|${t.value}`;
    const beforeByKey = new Map(before.totals.map((t) => [key(t), t]));
    const added = after.totals
      .map((t) => ({
        ...t,
        n: t.n - (beforeByKey.get(key(t))?.n ?? 0),
        total: t.total - (beforeByKey.get(key(t))?.total ?? 0),
      }))
      .filter((t) => t.n > 0)
      .map(({ question, value, n, total }) => ({ question, value, n, total }))
      .sort((a, b) => key(a).localeCompare(key(b)));
    const foldedTotals = folded.totals
      .map(({ question, value, n, total }) => ({ question, value, n, total }))
      .sort((a, b) => key(a).localeCompare(key(b)));
    expect(foldedTotals).toEqual(added);
    expect(buildResults(survey, folded, 1).respondents.n).toBe(40);
    expect(folded.timeline.filter((p) => p.question === '@').reduce((sum, p) => sum + p.n, 0)).toBe(40);
  });

  it('should store a submission only while its session exists, checked in the same statement', async () => {
    const [user] = await database.db
      .insert(users)
      .values({ email: `m-${randomUUID()}@net.example`, name: 'Monitor', passwordHash: 'x' })
      .returning();
    const session = (id: string, expiresAt: Date) => ({ id, userId: user?.id ?? '', orgId, expiresAt });
    await database.db
      .insert(sessions)
      .values([
        session('live-session', new Date(Date.now() + 3_600_000)),
        session('expired-session', new Date(Date.now() - 1000)),
      ]);
    const live = { ...make({ service: 'nsp', score: 2 }), sessionId: 'live-session' };
    const expired = { ...make({ service: 'ost', score: 3 }), sessionId: 'expired-session' };
    const ended = { ...make({ service: 'ost', score: 1 }), sessionId: 'ended-session' };
    const anonymous = make({ service: 'nsp', score: 5 });
    expect(
      await storeSubmissions(database.db, [live, expired, ended, anonymous], { rollups: 'queued' }),
    ).toEqual(['created', 'signed_out', 'signed_out', 'created']);
    const stored = await database.db
      .select({ id: submissions.id })
      .from(submissions)
      .where(inArray(submissions.id, [live.id, expired.id, ended.id, anonymous.id]));
    expect(stored.map((r) => r.id).sort()).toEqual([live.id, anonymous.id].sort());
    // a resend after the sign-out is refused too, even though the row is stored
    await database.db.delete(sessions).where(eq(sessions.id, 'live-session'));
    expect(await storeSubmissions(database.db, [live])).toEqual(['signed_out']);
    expect(await storeSubmissions(database.db, [{ ...live, sessionId: undefined }])).toEqual(['duplicate']);
  });

  it('should store the answers as sent and hash them as before, from one walk of the answers', async () => {
    const answers = {
      score: 4,
      service: 'nsp',
      'z\u00e9': [1, { b: null, a: 'x' }],
      when: new Date('2026-01-02'),
    };
    const odd = { ...make(answers), answers };
    const plain = make({ service: 'ost', score: 2 });
    expect(await storeSubmissions(database.db, [odd, plain])).toEqual(['created', 'created']);
    const rows = await database.db
      .select({ id: submissions.id, answers: submissions.answers, hash: submissions.contentHash })
      .from(submissions)
      .where(inArray(submissions.id, [odd.id, plain.id]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(plain.id)).toEqual({ id: plain.id, answers: plain.answers, hash: submissionHash(plain) });
    // a Date is not plain JSON: stored as JSON.stringify writes it, hashed as the canonical text always did
    expect(byId.get(odd.id)?.answers).toEqual(JSON.parse(JSON.stringify(answers)));
    expect(byId.get(odd.id)?.hash).toBe(submissionHash(odd));
  });

  it('should prepare the queued store statement once per connection on PostgreSQL, and not inside a transaction', async () => {
    if (engine !== 'postgres') return;
    const client = (database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
      .$client;
    const query = vi.spyOn(client, 'query');
    try {
      expect(
        await storeSubmissions(database.db, [make({ service: 'nsp', score: 1 })], { rollups: 'queued' }),
      ).toEqual(['created']);
      const named = query.mock.calls.map(([q]) => (q as { name?: string }).name).filter(Boolean);
      expect(named).toEqual(['kolo_store_submissions_queued']);
      query.mockClear();
      // counted inline, the rows are stored in a transaction, on its own connection: not through the pool
      expect(await storeSubmissions(database.db, [make({ service: 'ost', score: 2 })])).toEqual(['created']);
      expect(query.mock.calls.map(([q]) => (q as { name?: string }).name).filter(Boolean)).toEqual([]);
    } finally {
      query.mockRestore();
    }
  });
});
