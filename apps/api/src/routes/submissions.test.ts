import { randomUUID } from 'node:crypto';
import { submissions } from '@kolo/db';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

function submission(t: TestApp, seed: number, extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: t.orgs[0].siteIds[0] as string,
    collectedAt: '2026-03-02T10:00:00Z',
    locale: 'uk',
    answers: validAnswers(t.survey, seed),
    ...extra,
  };
}

async function storedAnswers(t: TestApp, id: string) {
  const rows = await t.database.db.select().from(submissions).where(eq(submissions.id, id));
  return rows.map((r) => r.answers);
}

describe.each(engines())('submissions on %s', (engine) => {
  let t: TestApp;
  let monitor: string;
  beforeAll(async () => {
    t = await createTestApp({ engine });
    monitor = await t.login(t.orgs[0].emails.monitor);
  });
  afterAll(async () => {
    await t.close();
  });
  const post = (json: unknown, cookie = monitor) =>
    t.request('/api/submissions', { method: 'POST', cookie, json });

  it('should answer 201 when new, 200 for an identical resend and 409 for other content', async () => {
    const first = submission(t, 1);
    const created = await post(first);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: first.id, status: 201 });
    expect((await post(first)).status).toBe(200);
    // the same content with keys in another order is the same submission
    const reordered = { ...first, answers: Object.fromEntries(Object.entries(first.answers).reverse()) };
    expect((await post(reordered)).status).toBe(200);
    const conflict = await post({ ...first, answers: validAnswers(t.survey, 2) });
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as { error: { code: string } }).error.code).toBe('conflict');
    expect(await storedAnswers(t, first.id)).toEqual([first.answers]);
  });

  it('should store five identical parallel sends once', async () => {
    const one = submission(t, 3);
    const responses = await Promise.all(Array.from({ length: 5 }, () => post(one)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await storedAnswers(t, one.id)).toHaveLength(1);
  });

  it('should answer a batch with one result per item, in order', async () => {
    const a = submission(t, 4);
    const b = submission(t, 5);
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: monitor,
      json: {
        submissions: [
          a,
          42,
          { ...b, answers: { ...b.answers, service_type: 'not-a-service' } },
          a,
          { ...a, answers: validAnswers(t.survey, 9) },
          { ...b, id: 'not-a-uuid' },
          null,
          b,
        ],
      },
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as {
      results: Array<{ id: string | null; status: number; errors?: Record<string, string[]> }>;
    };
    expect(results.map((r) => r.status)).toEqual([201, 422, 422, 200, 409, 422, 422, 201]);
    expect(results.map((r) => r.id)).toEqual([a.id, null, b.id, a.id, a.id, 'not-a-uuid', null, b.id]);
    expect(results[2]?.errors).toHaveProperty(['answers.service_type']);
    expect(results[5]?.errors).toHaveProperty('id');
    expect(await storedAnswers(t, a.id)).toEqual([a.answers]);
  });

  it('should set aside only the batch item holding a NUL character or a deep nesting, and store the rest', async () => {
    const good = submission(t, 6);
    const nul = submission(t, 7, { locale: 'uk' });
    const text = JSON.stringify({
      submissions: [nul, good, submission(t, 8)],
    })
      .replace('"uk"', '"u\\u0000k"')
      .replace(/"answers":\{/g, (m, offset, whole: string) =>
        offset === whole.lastIndexOf('"answers":{') ? `${m}"deep":${'['.repeat(100)}${']'.repeat(100)},` : m,
      );
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: monitor,
      headers: { 'content-type': 'application/json' },
      body: text,
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as { results: Array<{ id: string | null; status: number }> };
    expect(results.map((r) => r.status)).toEqual([422, 201, 422]);
    expect(results[0]?.id).toBe(nul.id);
    expect(await storedAnswers(t, good.id)).toEqual([good.answers]);
  });
});

describe('submission input', () => {
  let t: TestApp;
  let monitor: string;
  let staff: string;
  beforeAll(async () => {
    // the smallest body limit allowed, so that one app serves every input test
    t = await createTestApp({ env: { KOLO_BODY_LIMIT_KB: '16' } });
    monitor = await t.login(t.orgs[0].emails.monitor);
    staff = await t.login(t.orgs[0].emails.staff);
  });
  afterAll(async () => {
    await t.close();
  });
  const post = (json: unknown, cookie = monitor) =>
    t.request('/api/submissions', { method: 'POST', cookie, json });
  const errorsOf = async (res: Response) =>
    ((await res.json()) as { error: { code: string; errors: Record<string, string[]> } }).error;

  it('should answer 422 with errors keyed by answers.<question> for invalid answers', async () => {
    const base = submission(t, 6);
    const { channel: _, ...withoutChannel } = base.answers;
    const res = await post({ ...base, answers: { ...withoutChannel, service_type: 'casino' } });
    expect(res.status).toBe(422);
    const error = await errorsOf(res);
    expect(error.code).toBe('invalid');
    expect(Object.keys(error.errors)).toEqual(
      expect.arrayContaining(['answers.service_type', 'answers.channel']),
    );
    expect(await storedAnswers(t, base.id)).toEqual([]);
  });

  it('should refuse a monitor on a site they are not assigned to with 403', async () => {
    const res = await post(submission(t, 7, { siteId: t.orgs[0].siteIds[1] }));
    expect(res.status).toBe(403);
    expect((await errorsOf(res)).code).toBe('forbidden');
    // staff may submit for any site of the organization
    expect((await post(submission(t, 7, { siteId: t.orgs[0].siteIds[1] }), staff)).status).toBe(201);
  });

  it('should store an interview collected before its site was closed, and refuse one collected after with 422', async () => {
    const admin = await t.login(t.orgs[0].emails.admin);
    const siteId = t.orgs[0].siteIds[0] as string;
    const before = submission(t, 21, { collectedAt: new Date(Date.now() - 3_600_000).toISOString() });
    const closed = await t.request(`/api/sites/${siteId}`, {
      method: 'PATCH',
      cookie: admin,
      json: { active: false },
    });
    expect(closed.status).toBe(200);
    try {
      // saved offline before the closing: it lands, never lost
      expect((await post(before)).status).toBe(201);
      expect(await storedAnswers(t, before.id)).toHaveLength(1);
      const after = await post(
        submission(t, 22, { collectedAt: new Date(Date.now() + 1_000).toISOString() }),
      );
      expect(after.status).toBe(422);
      const error = (await after.json()) as { error: { message: string; errors: Record<string, string[]> } };
      expect(error.error.message).toMatch(/closed on \d{4}-\d{2}-\d{2}.*choose an active site/);
      expect(error.error.errors).toHaveProperty('siteId');
    } finally {
      await t.request(`/api/sites/${siteId}`, { method: 'PATCH', cookie: admin, json: { active: true } });
    }
  });

  it('should refuse an unknown version, a foreign locale and a date far in the future', async () => {
    const unknown = await post(submission(t, 8, { version: 99 }));
    expect(unknown.status).toBe(422);
    expect((await errorsOf(unknown)).errors).toHaveProperty('version');
    const locale = await post(submission(t, 8, { locale: 'de' }));
    expect(locale.status).toBe(422);
    const future = await post(submission(t, 8, { collectedAt: '2999-01-01T00:00:00Z' }));
    expect(future.status).toBe(422);
    expect((await errorsOf(future)).errors).toHaveProperty('collectedAt');
  });

  it('should answer malformed JSON with 400, wrong types and unknown fields with 422', async () => {
    const malformed = await t.request('/api/submissions', {
      method: 'POST',
      cookie: monitor,
      headers: { 'content-type': 'application/json' },
      body: '{"id": "abc",',
    });
    expect(malformed.status).toBe(400);
    expect((await errorsOf(malformed)).code).toBe('malformed_json');
    const types = await post({ ...submission(t, 9), version: '1' });
    expect(types.status).toBe(422);
    expect((await errorsOf(types)).errors).toHaveProperty('version');
    for (const field of ['role', 'orgId', 'collectedBy']) {
      const res = await post({ ...submission(t, 9), [field]: field === 'role' ? 'admin' : randomUUID() });
      expect(res.status, field).toBe(422);
    }
    const form = await t.request('/api/submissions', {
      method: 'POST',
      cookie: monitor,
      headers: { 'content-type': 'text/xml', origin: 'http://localhost' },
      body: '<submission/>',
    });
    expect(form.status).toBe(415);
  });

  it('should answer 413 for a body over KOLO_BODY_LIMIT_KB', async () => {
    const big = submission(t, 1, { answers: { comment: 'x'.repeat(17 * 1024) } });
    const res = await post(big);
    expect(res.status).toBe(413);
    expect((await errorsOf(res)).code).toBe('payload_too_large');
    const batch = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: monitor,
      json: { submissions: Array.from({ length: 40 }, (_, i) => submission(t, i)) },
    });
    expect(batch.status).toBe(413);
    expect(await storedAnswers(t, big.id)).toEqual([]);
  });

  it('should never answer 5xx, whatever the body', async () => {
    const valid = submission(t, 10);
    const body = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          id: fc.oneof(fc.uuid(), fc.string()),
          surveyId: fc.oneof(fc.constant('service-satisfaction'), fc.string()),
          version: fc.oneof(fc.integer(), fc.double(), fc.string()),
          siteId: fc.oneof(fc.constant(valid.siteId), fc.uuid(), fc.string()),
          collectedAt: fc.oneof(
            fc.constant(valid.collectedAt),
            fc.string(),
            fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
          ),
          locale: fc.oneof(fc.constantFrom('en', 'uk'), fc.string()),
          answers: fc.oneof(
            fc.constant(valid.answers),
            fc.dictionary(fc.string(), fc.jsonValue()),
            fc.record({ service_type: fc.jsonValue(), comment: fc.jsonValue() }),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, async (json) => {
        const res = await post(json);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/json/);
        const batch = await t.request('/api/submissions/batch', {
          method: 'POST',
          cookie: monitor,
          json: { submissions: [json] },
        });
        expect(batch.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('should answer 422 for answer keys named like Object.prototype members, alone or in a batch', async () => {
    const keys = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];
    // written as text: JSON.parse on the server makes "__proto__" an own key, as any client can send
    const withKey = (key: string) => {
      const item = submission(t, 13);
      const text = JSON.stringify(item).replace('"answers":{', `"answers":{"${key}":"x",`);
      return { item, text };
    };
    for (const key of keys) {
      const { item, text } = withKey(key);
      const res = await t.request('/api/submissions', {
        method: 'POST',
        cookie: monitor,
        headers: { 'content-type': 'application/json' },
        body: text,
      });
      expect(res.status, key).toBe(422);
      expect(Object.keys((await errorsOf(res)).errors), key).toEqual([`answers.${key}`]);
      expect(await storedAnswers(t, item.id)).toEqual([]);
    }
    const good = submission(t, 14);
    const bad = keys.map(withKey);
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: monitor,
      headers: { 'content-type': 'application/json' },
      body: `{"submissions":[${bad.map((b) => b.text).join(',')},${JSON.stringify(good)}]}`,
    });
    expect(res.status).toBe(200);
    const { results } = (await res.json()) as {
      results: Array<{ id: string; status: number; errors?: Record<string, string[]> }>;
    };
    expect(results.map((r) => r.status)).toEqual([422, 422, 422, 422, 422, 201]);
    expect(results.slice(0, 5).map((r) => Object.keys(r.errors ?? {}))).toEqual(
      keys.map((key) => [`answers.${key}`]),
    );
    expect(results.map((r) => r.id)).toEqual([...bad.map((b) => b.item.id), good.id]);
    expect(await storedAnswers(t, good.id)).toEqual([good.answers]);
  });

  it('should keep text answers out of the logs', async () => {
    const marker = `log-marker-${randomUUID()}`;
    const stored = submission(t, 11);
    expect((await post({ ...stored, answers: { ...stored.answers, comment: marker } })).status).toBe(201);
    await post({ ...stored, answers: { ...stored.answers, comment: `${marker} changed` } });
    await post({ ...submission(t, 12), answers: { comment: marker, service_type: marker } });
    await t.request('/api/submissions', {
      method: 'POST',
      cookie: monitor,
      headers: { 'content-type': 'application/json' },
      body: `{"answers": {"comment": "${marker}"`,
    });
    await t.request(`/api/surveys/service-satisfaction/submissions?includeSensitive=true`, { cookie: staff });
    await t
      .request(`/api/surveys/service-satisfaction/export.csv?includeSensitive=true`, { cookie: staff })
      .then((r) => r.text());
    expect(t.logs.join('\n')).not.toContain(marker);
  });
});
