import { randomUUID } from 'node:crypto';
import { submissions } from '@kolo/db';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createApp, finishWrites } from '../app.ts';
import { createLogger } from '../logger.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

/**
 * On PostgreSQL other API processes may end a session, so a cached session must be checked on
 * every request; on the submission writes the statement that stores them does it.
 */
describe.skipIf(!inject('postgresUrl'))('the sign-in check of a submission on PostgreSQL', () => {
  let t: TestApp;
  let other: ReturnType<typeof createApp>;
  const submission = (seed: number) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: t.orgs[0].siteIds[0],
    collectedAt: '2026-03-10T09:00:00Z',
    locale: 'en',
    answers: validAnswers(t.survey, seed),
  });
  /** A request to the other process, which has a session cache of its own. */
  const viaOther = (path: string, cookie: string, json: unknown) =>
    Promise.resolve(
      other.app.request(path, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      }),
    );
  const stored = async (ids: string[]) =>
    (await t.database.db.select({ id: submissions.id }).from(submissions).where(inArray(submissions.id, ids)))
      .length;

  beforeAll(async () => {
    t = await createTestApp({ engine: 'postgres' });
    other = createApp({ database: t.database, config: t.config, log: createLogger('silent') });
  });
  afterAll(async () => {
    await finishWrites(other.deps);
    await t.close();
  });

  it('should check a cached session in the statement that stores the submission, not in a lookup before it', async () => {
    const cookie = await t.login(t.orgs[0].emails.monitor);
    // the first request reads the session, the site and the survey into the caches
    expect(
      (await t.request('/api/submissions', { method: 'POST', cookie, json: submission(1) })).status,
    ).toBe(201);
    const client = (t.database.db as unknown as { $client: { query: (...args: unknown[]) => unknown } })
      .$client;
    const query = vi.spyOn(client, 'query');
    try {
      expect(
        (await t.request('/api/submissions', { method: 'POST', cookie, json: submission(2) })).status,
      ).toBe(201);
      const texts = query.mock.calls.map(([q]) =>
        typeof q === 'string' ? q : String((q as { text?: string }).text),
      );
      const writes = texts.filter((q) => q.includes('insert into submissions'));
      expect(writes).toHaveLength(1);
      expect(writes[0]).toContain('from sessions');
      // no separate lookup of the session before the write
      expect(texts.filter((q) => q.includes('"sessions"'))).toEqual([]);
    } finally {
      query.mockRestore();
    }
  });

  it('should refuse with 401 and store nothing sent through another process after a logout', async () => {
    const cookie = await t.login(t.orgs[0].emails.monitor);
    // the other process has just read (and cached) the session
    expect((await viaOther('/api/submissions', cookie, submission(3))).status).toBe(201);
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie, json: {} })).status).toBe(200);
    const single = submission(4);
    const batch = [submission(5), submission(6)];
    const one = await viaOther('/api/submissions', cookie, single);
    expect(one.status).toBe(401);
    expect(((await one.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    expect((await viaOther('/api/submissions/batch', cookie, { submissions: batch })).status).toBe(401);
    expect(await stored([single.id, ...batch.map((s) => s.id)])).toBe(0);
    // a request that would store nothing is refused for the ended session too, not answered item by item
    const refused = { ...submission(7), siteId: randomUUID() };
    expect((await viaOther('/api/submissions/batch', cookie, { submissions: [refused] })).status).toBe(401);
    expect((await viaOther('/api/submissions', cookie, refused)).status).toBe(401);
  });
});
