import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessions, users } from '@kolo/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdOf } from './auth/session.ts';
import { serveDashboard } from './static.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from './testing/test-app.ts';

/** An Argon2 hash in the PHC string format, taken apart. */
interface ParsedHash {
  algorithm: string;
  version: number;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  saltBytes: number;
  hashBytes: number;
  salt: string;
}

function parseArgon2(stored: string): ParsedHash {
  const match =
    /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(
      stored,
    );
  if (!match) throw new Error(`not an Argon2 PHC string: ${stored.slice(0, 20)}…`);
  const [, algorithm = '', v, m, t, p, salt = '', hash = ''] = match;
  return {
    algorithm,
    version: Number(v),
    memoryKiB: Number(m),
    iterations: Number(t),
    parallelism: Number(p),
    saltBytes: Buffer.from(salt, 'base64').length,
    hashBytes: Buffer.from(hash, 'base64').length,
    salt,
  };
}

/** OWASP Password Storage Cheat Sheet: Argon2id with one of its equivalent memory/iteration pairs, p = 1. */
function meetsOwasp(h: ParsedHash): boolean {
  const pairs: Array<[number, number]> = [
    [47_104, 1],
    [19_456, 2],
    [12_288, 3],
    [9_216, 4],
    [7_168, 5],
  ];
  return (
    h.algorithm === 'argon2id' &&
    h.version === 19 &&
    h.parallelism >= 1 &&
    pairs.some(([m, t]) => h.memoryKiB >= m && h.iterations >= t) &&
    h.saltBytes >= 16 &&
    h.hashBytes >= 32
  );
}

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login(t.orgs[0].emails.admin);
});
afterAll(async () => {
  await t?.close();
});

async function hashOf(email: string): Promise<ParsedHash> {
  const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
  return parseArgon2(row?.passwordHash ?? '');
}

describe('stored passwords', () => {
  it('should be Argon2id at OWASP parameters with a fresh salt, however the password was set', async () => {
    const created = await t.request('/api/users', {
      method: 'POST',
      cookie: admin,
      json: { email: 'hash@alpha.test', name: 'Hash', password: TEST_PASSWORD, role: 'staff' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const seeded = await hashOf(t.orgs[0].emails.staff);
    const byAdmin = await hashOf('hash@alpha.test');
    expect(
      (
        await t.request(`/api/users/${id}`, {
          method: 'PATCH',
          cookie: admin,
          json: { password: 'reset by admin 1' },
        })
      ).status,
    ).toBe(200);
    const reset = await hashOf('hash@alpha.test');
    // a password an admin set is temporary: the person replaces it before signing in
    const changed = await t.request('/api/auth/new-password', {
      method: 'POST',
      json: {
        email: 'hash@alpha.test',
        temporaryPassword: 'reset by admin 1',
        newPassword: 'chosen by the user',
      },
    });
    expect(changed.status).toBe(200);
    const chosen = await hashOf('hash@alpha.test');
    for (const [how, h] of Object.entries({ seeded, byAdmin, reset, chosen }))
      expect(meetsOwasp(h), `${how}: ${JSON.stringify(h)}`).toBe(true);
    // the same password twice gives two salts
    expect(seeded.salt).not.toBe(byAdmin.salt);
    expect(meetsOwasp({ ...seeded, memoryKiB: 4096 })).toBe(false);
  });
});

describe('sessions', () => {
  it('should keep only a hash of the session token in the database', async () => {
    const cookie = await t.login(t.orgs[0].emails.funder);
    const token = cookie.split('=')[1] ?? '';
    const rows = await t.database.db.select().from(sessions);
    expect(rows.some((r) => r.id === sessionIdOf(token))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('should end a session server-side when an admin resets the password, changes the sites or deactivates', async () => {
    const list = (await (await t.request('/api/users', { cookie: admin })).json()) as {
      users: Array<{ id: string; email: string }>;
    };
    const monitor = list.users.find((u) => u.email === t.orgs[0].emails.monitor);
    for (const change of [
      { password: 'a new password 1' },
      { siteIds: [t.orgs[0].siteIds[1]] },
      { active: false },
    ]) {
      const password = 'password' in change ? TEST_PASSWORD : 'a new password 2';
      const cookie = await t.login(t.orgs[0].emails.monitor, password);
      expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
      const res = await t.request(`/api/users/${monitor?.id}`, {
        method: 'PATCH',
        cookie: admin,
        json: change,
      });
      expect(res.status, JSON.stringify(change)).toBe(200);
      expect((await t.request('/api/auth/me', { cookie })).status, JSON.stringify(change)).toBe(401);
      const me = await t.request('/api/surveys', { cookie });
      expect(me.status).toBe(401);
      // the admin's password is temporary: the person chooses their own before the next sign-in
      if ('password' in change)
        await t.request('/api/auth/new-password', {
          method: 'POST',
          json: {
            email: t.orgs[0].emails.monitor,
            temporaryPassword: 'a new password 1',
            newPassword: 'a new password 2',
          },
        });
    }
  });

  it('should set the cookie HttpOnly, SameSite=Lax, and Secure when KOLO_SECURE_COOKIES is on', async () => {
    const login = (app: TestApp) =>
      app.request('/api/auth/login', {
        method: 'POST',
        json: { email: app.orgs[0].emails.staff, password: TEST_PASSWORD },
      });
    const plain = (await login(t)).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    const secure = await createTestApp({ env: { KOLO_SECURE_COOKIES: 'true' } });
    try {
      expect((await login(secure)).headers.get('set-cookie')).toMatch(/HttpOnly.*Secure|Secure.*HttpOnly/);
    } finally {
      await secure.close();
    }
  });
});

describe('cross-site requests', () => {
  it('should refuse a form post from another site to every write route, and change nothing', async () => {
    const writes = t.routes.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(10);
    const before = await (await t.request('/api/sites', { cookie: admin })).text();
    for (const route of writes) {
      const path = route.path.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');
      for (const [type, body] of [
        ['application/x-www-form-urlencoded', 'name=taken&role=admin'],
        [
          'multipart/form-data; boundary=x',
          '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
        ],
        ['text/plain', '{"name":"taken"}'],
      ] as const) {
        for (const origin of ['https://evil.example', null]) {
          const res = await t.request(path, {
            method: route.method,
            cookie: admin,
            headers: { 'content-type': type, ...(origin ? { origin } : {}) },
            body,
          });
          expect(res.status, `${route.method} ${route.path} ${type} from ${origin}`).toBe(403);
        }
      }
    }
    expect(await (await t.request('/api/sites', { cookie: admin })).text()).toBe(before);
    expect((await t.request('/api/auth/me', { cookie: admin })).status).toBe(200);
  });

  it('should grant no other site CORS access to the API', async () => {
    const preflight = await t.request('/api/auth/me', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const read = await t.request('/api/auth/me', {
      cookie: admin,
      headers: { origin: 'https://evil.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    expect(read.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('security headers', () => {
  const EXPECTED: Record<string, RegExp> = {
    'x-content-type-options': /^nosniff$/,
    'x-frame-options': /^(SAMEORIGIN|DENY)$/,
    'referrer-policy': /^no-referrer$/,
    'strict-transport-security': /max-age=\d{6,}/,
    'cross-origin-opener-policy': /^same-origin$/,
    'cross-origin-resource-policy': /^same-origin$/,
    'x-dns-prefetch-control': /^off$/,
    'content-security-policy': /default-src 'self'.*script-src 'self'(;|$).*frame-ancestors 'none'/,
  };

  it('should send them on API answers, errors included, with no-store', async () => {
    const answers = [
      await t.request('/api/health'),
      await t.request('/api/auth/me', { cookie: admin }),
      await t.request('/api/auth/me'),
      await t.request('/api/no-such-route'),
      await t.request('/api/surveys/service-satisfaction/export.csv', { cookie: admin }),
    ];
    for (const res of answers) {
      for (const [name, pattern] of Object.entries(EXPECTED))
        expect(res.headers.get(name) ?? '', `${res.url} ${name}`).toMatch(pattern);
      expect(res.headers.get('cache-control')).toMatch(/no-store/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('should send them with the dashboard too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kolo-dash-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kolo</title>');
      const app = await createTestApp();
      try {
        serveDashboard(app.app as never, dir);
        for (const path of ['/', '/collect/outbox']) {
          const res = await app.request(path);
          expect(res.status).toBe(200);
          for (const [name, pattern] of Object.entries(EXPECTED))
            expect(res.headers.get(name) ?? '', `${path} ${name}`).toMatch(pattern);
        }
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('guessing limits under concurrency', () => {
  const signIn = (app: TestApp, email: string, password: string, from: string) =>
    app.request('/api/auth/login', {
      method: 'POST',
      json: { email, password },
      headers: { 'x-forwarded-for': from },
    });
  const statuses = (responses: Response[]) => {
    const counted: Record<number, number> = {};
    for (const r of responses) counted[r.status] = (counted[r.status] ?? 0) + 1;
    return counted;
  };

  it('should check at most 10 of 60 guesses for one account sent at once, and refuse the rest with 429', async () => {
    const app = await createTestApp({ env: { KOLO_TRUST_PROXY: 'true' } });
    try {
      const email = app.orgs[0].emails.staff;
      // each guess from another address, so that only the account limit applies
      const guesses = Array.from({ length: 60 }, (_, i) =>
        signIn(app, email, `guess ${i}`, `203.0.113.${i}`),
      );
      const counted = statuses(await Promise.all(guesses));
      // a 401 is a checked guess; a 429 was refused before any Argon2 work
      expect(counted[401]).toBe(10);
      expect(counted[429]).toBe(50);
      // the right password is refused as well while the account is locked
      expect((await signIn(app, email, TEST_PASSWORD, '198.51.100.1')).status).toBe(429);
      expect((await signIn(app, app.orgs[0].emails.admin, TEST_PASSWORD, '198.51.100.1')).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 60_000);

  it('should check at most 50 of 300 guesses from one address sent at once', async () => {
    const app = await createTestApp({ env: { KOLO_TRUST_PROXY: 'true' } });
    try {
      const guesses = Array.from({ length: 300 }, (_, i) =>
        signIn(app, `nobody${i}@nowhere.test`, 'guess', '192.0.2.9'),
      );
      const counted = statuses(await Promise.all(guesses));
      expect(counted[401]).toBe(50);
      expect(counted[429]).toBe(250);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('should not count a successful sign-in against the address', async () => {
    const app = await createTestApp({ env: { KOLO_TRUST_PROXY: 'true' } });
    try {
      // one more than the address limit
      for (let i = 0; i < 51; i += 1)
        expect((await signIn(app, app.orgs[0].emails.staff, TEST_PASSWORD, '192.0.2.10')).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 60_000);

  it('should limit wrong current passwords on a password change, then end the session', async () => {
    const app = await createTestApp();
    try {
      const email = app.orgs[0].emails.monitor;
      const cookie = await app.login(email);
      const other = await app.login(email);
      const change = (session: string, currentPassword: string) =>
        app.request('/api/auth/password', {
          method: 'POST',
          cookie: session,
          json: { currentPassword, newPassword: 'a brand new password' },
        });
      // five guesses sent at once: each is checked, and the last one ends the session
      const guesses = await Promise.all(Array.from({ length: 5 }, (_, i) => change(cookie, `guess ${i}`)));
      expect(statuses(guesses)).toEqual({ 403: 4, 429: 1 });
      const last = guesses.find((r) => r.status === 429);
      expect(last?.headers.get('set-cookie')).toMatch(/kolo_session=;/);
      expect((await app.request('/api/auth/me', { cookie })).status).toBe(401);
      // the limit holds for the user's other sessions too, even with the right password
      const blocked = await change(other, TEST_PASSWORD);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await app.request('/api/auth/me', { cookie: other })).status).toBe(200);
      // many at once from one session: no more than the limit is checked
      const fresh = await app.login(app.orgs[0].emails.staff);
      const burst = statuses(
        await Promise.all(Array.from({ length: 30 }, (_, i) => change(fresh, `guess ${i}`))),
      );
      expect(burst[403]).toBe(4);
      expect(burst[429]).toBe(26);
    } finally {
      await app.close();
    }
  }, 60_000);
});
