import { randomUUID } from 'node:crypto';
import { submissions as submissionTable } from '@kolo/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, finishWrites } from './app.ts';
import { createLogger } from './logger.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

/**
 * Two apps over one PostgreSQL database stand for two API processes behind a proxy: each has its
 * own session cache, sign-in limiters and rollup folder, as separate processes do.
 */
describe.skipIf(!inject('postgresUrl'))('two API processes on one PostgreSQL', () => {
  let t: TestApp;
  let other: ReturnType<typeof createApp>;
  const b = (path: string, init: RequestInit & { cookie?: string; json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    const body = init.json !== undefined ? JSON.stringify(init.json) : (init.body ?? null);
    return Promise.resolve(other.app.request(path, { ...init, headers, body }));
  };
  beforeAll(async () => {
    t = await createTestApp({ engine: 'postgres' });
    other = createApp({ database: t.database, config: t.config, log: createLogger('silent') });
  });
  afterAll(async () => {
    await finishWrites(other.deps);
    await t.close();
  });

  it('should refuse a session in the other process at once after a logout', async () => {
    const cookie = await t.login(t.orgs[0].emails.staff);
    // the other process has just read (and cached) the session
    expect((await b('/api/auth/me', { cookie })).status).toBe(200);
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie, json: {} })).status).toBe(200);
    expect((await b('/api/auth/me', { cookie })).status).toBe(401);
  });

  it('should refuse a submission sent through the other process with a session ended', async () => {
    const cookie = await t.login(t.orgs[0].emails.monitor);
    const submission = () => ({
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: t.orgs[0].siteIds[0],
      collectedAt: '2026-03-02T09:00:00Z',
      locale: 'en',
      answers: validAnswers(t.survey, 7),
    });
    // the other process caches the session while storing a submission
    expect((await b('/api/submissions', { method: 'POST', cookie, json: submission() })).status).toBe(201);
    expect((await t.request('/api/auth/logout', { method: 'POST', cookie, json: {} })).status).toBe(200);
    expect((await b('/api/submissions', { method: 'POST', cookie, json: submission() })).status).toBe(401);
  });

  it('should hold an account lockout reached through both processes together', async () => {
    const email = t.orgs[1].emails.funder;
    const wrong = { email, password: 'not the password' };
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const send = i % 2 === 0 ? t.request : b;
      statuses.push((await send('/api/auth/login', { method: 'POST', json: wrong })).status);
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    // ten failures in all, five through each: the account is locked in both processes
    const right = { email, password: 'correct horse battery' };
    expect((await t.request('/api/auth/login', { method: 'POST', json: right })).status).toBe(429);
    expect((await b('/api/auth/login', { method: 'POST', json: right })).status).toBe(429);
  });

  it('should include in results read through one process every submission acknowledged by the other', async () => {
    const monitor = await t.login(t.orgs[0].emails.monitor);
    const staff = await t.login(t.orgs[0].emails.staff);
    const read = async () => {
      const res = await b('/api/surveys/service-satisfaction/results', { cookie: staff });
      expect(res.status).toBe(200);
      return ((await res.json()) as { respondents: { n: number | null } }).respondents.n ?? 0;
    };
    const submissions = Array.from({ length: 7 }, (_, i) => ({
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: t.orgs[0].siteIds[0],
      collectedAt: `2026-03-${String(10 + i).padStart(2, '0')}T09:00:00Z`,
      locale: 'en',
      answers: validAnswers(t.survey, 100 + i),
    }));
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: monitor,
      json: { submissions },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    // read at once through the other process: its own folder has nothing queued
    const [stored] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(submissionTable)
      .where(eq(submissionTable.orgId, t.orgs[0].id));
    expect(stored?.n).toBeGreaterThanOrEqual(7);
    expect(await read()).toBe(stored?.n);
  });
});
