import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe('GET /api/published-surveys: the definitions Collect needs, cacheable by version', () => {
  let t: TestApp;
  let monitor: string;
  let staff: string;
  const path = '/api/published-surveys';

  beforeAll(async () => {
    t = await createTestApp();
    monitor = await t.login(t.orgs[0].emails.monitor);
    staff = await t.login(t.orgs[0].emails.staff);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('should send every published definition with an ETag, to be revalidated before use', async () => {
    const res = await t.request(path, { cookie: monitor });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const body = (await res.json()) as { surveys: { id: string; version: number }[] };
    expect(body.surveys.map((s) => [s.id, s.version])).toEqual([['service-satisfaction', t.survey.version]]);
  });

  it('should leave out what Collect never shows: the indicators and the survey’s description', async () => {
    expect(t.survey.indicators?.length).toBeGreaterThan(0);
    const body = (await (await t.request(path, { cookie: monitor })).json()) as {
      surveys: Record<string, unknown>[];
    };
    const sent = body.surveys[0] ?? {};
    expect(sent).not.toHaveProperty('indicators');
    expect(sent).not.toHaveProperty('description');
    // what the form needs is all there
    expect(sent.sections).toEqual(JSON.parse(JSON.stringify(t.survey.sections)));
    expect(sent.locales).toEqual(t.survey.locales);
  });

  it('should answer 304 with no body to a matching If-None-Match, also to the weak tag gzip makes', async () => {
    const first = await t.request(path, { cookie: monitor, headers: { 'accept-encoding': 'gzip' } });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\//);
    for (const tag of [etag, etag.replace(/^W\//, '')]) {
      const again = await t.request(path, { cookie: monitor, headers: { 'if-none-match': tag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('cache-control')).toBe('private, no-cache');
    }
  });

  it('should answer 200 with a new ETag once a new version is published', async () => {
    const before = (await t.request(path, { cookie: monitor })).headers.get('etag') ?? '';
    const draft = await t.request('/api/surveys/service-satisfaction/draft', {
      method: 'PUT',
      cookie: staff,
      json: { definition: { ...t.survey, version: undefined } },
    });
    expect(draft.status).toBe(200);
    const published = await t.request('/api/surveys/service-satisfaction/publish', {
      method: 'POST',
      cookie: staff,
      json: {},
    });
    expect(published.status).toBe(201);
    const res = await t.request(path, { cookie: monitor, headers: { 'if-none-match': before } });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).not.toBe(before);
    const body = (await res.json()) as { surveys: { version: number }[] };
    expect(body.surveys[0]?.version).toBe(t.survey.version + 1);
  });

  it("should not match another organization's ETag, and refuse anyone signed out", async () => {
    const ours = (await t.request(path, { cookie: monitor })).headers.get('etag') ?? '';
    const other = await t.login(t.orgs[1].emails.monitor);
    const theirs = await t.request(path, { cookie: other, headers: { 'if-none-match': ours } });
    expect(theirs.status).toBe(200);
    expect(theirs.headers.get('etag')).not.toBe(ours);
    expect((await t.request(path)).status).toBe(401);
  });
});
