import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_NODES } from './body-guard.ts';
import { PUBLIC_BODY_LIMIT_BYTES } from './body-guard-middleware.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from './testing/test-app.ts';

/** About 4.6 MB of JSON with 150,000 values and a NUL character: costly to walk, and refused if read. */
const HEAVY = JSON.stringify({
  definition: {
    id: 'x',
    items: Array.from({ length: 150_000 }, (_, i) => `padding text ${i}`.padEnd(28, '.')),
  },
  note: 'a\u0000b',
});

let t: TestApp;
let monitor: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  monitor = await t.login(t.orgs[0].emails.monitor);
  admin = await t.login(t.orgs[0].emails.admin);
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Spy on every way the body of a request can be read. */
function bodyReads() {
  return ['json', 'text', 'arrayBuffer', 'blob', 'formData'].map((name) =>
    vi.spyOn(Request.prototype, name as 'json'),
  );
}

const send = (path: string, body: string, cookie?: string, method = 'POST') =>
  t.request(path, {
    method,
    body,
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    ...(cookie ? { cookie } : {}),
  });

describe('bodyGuard', () => {
  it('should answer an unknown route, an anonymous caller and a wrong role without reading the body', async () => {
    expect(HEAVY.length).toBeGreaterThan(4_500_000);
    const reads = bodyReads();
    expect((await send('/api/no-such-route', HEAVY)).status).toBe(404);
    expect((await send('/api/surveys/x/nothing-here', HEAVY, admin)).status).toBe(404);
    expect((await send('/api/surveys', HEAVY)).status).toBe(401);
    expect((await send('/api/users', HEAVY)).status).toBe(401);
    expect((await send('/api/sites', HEAVY, monitor)).status).toBe(403);
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('should refuse a body with too many values with 413 and say what to do', async () => {
    const res = await send(
      '/api/surveys',
      JSON.stringify({ definition: new Array(MAX_BODY_NODES).fill(0) }),
      admin,
    );
    expect(res.status).toBe(413);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/more than 100,000 values; send fewer/);
  });

  it('should still refuse NUL characters and deep nesting with 422 for a caller the route accepts', async () => {
    const res = await send(
      '/api/sites',
      JSON.stringify({ name: 'a\u0000', country: 'UA', city: 'Lviv' }),
      admin,
    );
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { errors: object } }).error.errors).toHaveProperty(['name']);
  });

  it('should read at most 16 KiB for a route open to anyone', async () => {
    const big = JSON.stringify({
      email: t.orgs[0].emails.staff,
      password: 'x'.repeat(PUBLIC_BODY_LIMIT_BYTES),
    });
    const res = await send('/api/auth/login', big);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/16 KiB/);
    const ok = JSON.stringify({ email: t.orgs[0].emails.staff, password: TEST_PASSWORD });
    expect((await send('/api/auth/login', ok)).status).toBe(200);
  });
});
