import { randomUUID } from 'node:crypto';
import { hc } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KoloApp } from './app.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

describe('kolo API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('should answer health without a session', async () => {
    const res = await t.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('should store a monitor submission once and count it in staff results', async () => {
    const [alpha] = t.orgs;
    const monitor = await t.login(alpha.emails.monitor);
    const staff = await t.login(alpha.emails.staff);
    const submission = {
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: alpha.siteIds[0],
      collectedAt: new Date().toISOString(),
      locale: 'uk',
      answers: validAnswers(t.survey),
    };
    const first = await t.request('/api/submissions', { method: 'POST', cookie: monitor, json: submission });
    expect(first.status).toBe(201);
    const again = await t.request('/api/submissions', { method: 'POST', cookie: monitor, json: submission });
    expect(again.status).toBe(200);
    const results = await t.request('/api/surveys/service-satisfaction/results', { cookie: staff });
    expect(results.status).toBe(200);
    const json = (await results.json()) as { respondents: { n: number | null; suppressed: boolean } };
    expect(json.respondents).toEqual({ n: null, suppressed: true });
  });

  it('should serve a typed hono client', async () => {
    const client = hc<KoloApp>('http://kolo.test', {
      fetch: (input: Request | string | URL, init?: RequestInit) => t.app.request(input, init),
    });
    const health = await client.api.health.$get();
    const body: { status: 'ok' } = await health.json();
    expect(body).toEqual({ status: 'ok' });
    const refused = await client.api.surveys[':id'].results.$get({
      param: { id: 'service-satisfaction' },
      query: {},
    });
    expect(refused.status).toBe(401);
  });
});
