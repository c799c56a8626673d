import { auditLog, users } from '@kolo/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

const login = (t: TestApp, email: string, password: string, headers: Record<string, string> = {}) =>
  t.request('/api/auth/login', { method: 'POST', json: { email, password }, headers });

async function createUser(t: TestApp, adminCookie: string, email: string) {
  const res = await t.request('/api/users', {
    method: 'POST',
    cookie: adminCookie,
    json: { email, name: email, password: 'given by the admin', role: 'staff' },
  });
  expect(res.status).toBe(201);
  // the admin's password is temporary: the person chooses their own (TEST_PASSWORD) first
  await t.choosePassword(email, 'given by the admin');
  return ((await res.json()) as { id: string }).id;
}

describe('auth', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(t.orgs[0].emails.admin);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should sign in, set an HttpOnly session cookie and say who is signed in', async () => {
    const res = await login(t, t.orgs[0].emails.monitor.toUpperCase(), TEST_PASSWORD);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^kolo_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as { role: string; siteIds: string[]; organization: { id: string } };
    expect(body).toMatchObject({ role: 'monitor', siteIds: [t.orgs[0].siteIds[0]] });
    expect(body.organization.id).toBe(t.orgs[0].id);
    const me = await t.request('/api/auth/me', { cookie: setCookie.split(';')[0] });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ role: 'monitor', user: { email: t.orgs[0].emails.monitor } });
  });

  it('should refuse a wrong password and an unknown email alike, and audit both', async () => {
    const wrong = await login(t, t.orgs[0].emails.staff, 'not the password');
    const unknown = await login(t, 'nobody@nowhere.test', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'login_failed'));
    expect(entries.map((e) => e.target)).toEqual(
      expect.arrayContaining([t.orgs[0].emails.staff, 'nobody@nowhere.test']),
    );
    expect(JSON.stringify(entries)).not.toContain('not the password');
    const logins = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'login'));
    expect(logins.length).toBeGreaterThan(0);
  });

  it('should answer "not signed in" without an error when there is no session, 401 for a dead one, 422 for a malformed sign-in', async () => {
    // no session cookie at all: a visitor, not a failure (no 401 in every page load's console)
    const anonymous = await t.request('/api/auth/me');
    expect(anonymous.status).toBe(204);
    expect(await anonymous.text()).toBe('');
    // a cookie that names no live session: the session has ended, which the app must hear
    expect((await t.request('/api/auth/me', { cookie: 'kolo_session=made-up' })).status).toBe(401);
    const res = await t.request('/api/auth/login', { method: 'POST', json: { email: 'not an email' } });
    expect(res.status).toBe(422);
  });

  it('should end the session on the server at logout', async () => {
    const cookie = await t.login(t.orgs[0].emails.funder);
    const other = await t.login(t.orgs[0].emails.funder);
    const out = await t.request('/api/auth/logout', { method: 'POST', cookie, json: {} });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/kolo_session=;/);
    // the old cookie, replayed, no longer works; another device stays signed in
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: other })).status).toBe(200);
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'logout'));
    expect(audited).toHaveLength(1);
  });

  it('should refuse a cross-site logout form post', async () => {
    const cookie = await t.login(t.orgs[0].emails.funder);
    const res = await t.request('/api/auth/logout', {
      method: 'POST',
      cookie,
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
  });

  it('should end every session of a user who is deactivated, and refuse their sign-in', async () => {
    const email = 'leaving@alpha.test';
    const id = await createUser(t, admin, email);
    const cookie = await t.login(email);
    const res = await t.request(`/api/users/${id}`, {
      method: 'PATCH',
      cookie: admin,
      json: { active: false },
    });
    expect(res.status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    expect((await login(t, email, TEST_PASSWORD)).status).toBe(401);
    await t.request(`/api/users/${id}`, { method: 'PATCH', cookie: admin, json: { active: true } });
    expect((await login(t, email, TEST_PASSWORD)).status).toBe(200);
  });

  it('should change the password, end every session and store an Argon2id hash', async () => {
    const email = 'changer@alpha.test';
    await createUser(t, admin, email);
    const cookie = await t.login(email);
    const elsewhere = await t.login(email);
    const wrong = await t.request('/api/auth/password', {
      method: 'POST',
      cookie,
      json: { currentPassword: 'wrong password', newPassword: 'a much longer password' },
    });
    expect(wrong.status).toBe(403);
    const short = await t.request('/api/auth/password', {
      method: 'POST',
      cookie,
      json: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.status).toBe(422);
    const ok = await t.request('/api/auth/password', {
      method: 'POST',
      cookie,
      json: { currentPassword: TEST_PASSWORD, newPassword: 'a much longer password' },
    });
    expect(ok.status).toBe(200);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    expect((await t.request('/api/auth/me', { cookie: elsewhere })).status).toBe(401);
    expect((await login(t, email, TEST_PASSWORD)).status).toBe(401);
    expect((await login(t, email, 'a much longer password')).status).toBe(200);
    const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(row?.passwordHash).not.toContain('a much longer password');
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'password_change'));
    // the first, replacing the admin's temporary password, and this one
    expect(audited.filter((e) => e.userId === row?.id).map((e) => e.detail)).toEqual([
      { afterReset: true },
      null,
    ]);
  });

  it('should store seeded passwords as Argon2id with the OWASP parameters', async () => {
    const [row] = await t.database.db.select().from(users).where(eq(users.email, t.orgs[0].emails.admin));
    expect(row?.passwordHash.split('$').slice(1, 4)).toEqual(['argon2id', 'v=19', 'm=19456,t=2,p=1']);
  });

  it('should answer 429 after 10 failures for one account, even with the right password', async () => {
    const email = t.orgs[1].emails.funder;
    for (let i = 0; i < 10; i += 1) {
      const res = await login(t, email, `guess ${i}`, { 'x-forwarded-for': `203.0.113.${i}` });
      expect(res.status).toBe(401);
    }
    const blocked = await login(t, email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.7' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // other accounts are not locked out
    expect((await login(t, t.orgs[1].emails.staff, TEST_PASSWORD)).status).toBe(200);
  });

  // last in this block: it leaves the test address locked out
  it('should limit failures per address, whatever X-Forwarded-For says when the proxy is not trusted', async () => {
    let refused = false;
    // 50 failures at most from one address, some made by the tests above; each for another account
    for (let i = 0; i < 50 && !refused; i += 1) {
      const res = await login(t, `nobody${i}@nowhere.test`, 'guess', { 'x-forwarded-for': `192.0.2.${i}` });
      refused = res.status === 429;
      if (!refused) expect(res.status).toBe(401);
    }
    expect(refused).toBe(true);
    const res = await login(t, t.orgs[0].emails.staff, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.200' });
    expect(res.status).toBe(429);
  });
});

describe('rate limit per address', () => {
  /** 50 failures from one address, each for another account so the account limit stays out of it. */
  async function failFrom(t: TestApp, forwardedFor: (i: number) => string) {
    for (let i = 0; i < 50; i += 1) {
      const res = await login(t, `nobody${i}@nowhere.test`, 'guess', { 'x-forwarded-for': forwardedFor(i) });
      expect(res.status).toBe(401);
    }
  }

  it('should limit per forwarded address behind a trusted proxy', async () => {
    const t = await createTestApp({ env: { KOLO_TRUST_PROXY: 'true' } });
    try {
      await failFrom(t, () => '192.0.2.1');
      const same = await login(t, t.orgs[0].emails.staff, TEST_PASSWORD, { 'x-forwarded-for': '192.0.2.1' });
      expect(same.status).toBe(429);
      const other = await login(t, t.orgs[0].emails.staff, TEST_PASSWORD, {
        'x-forwarded-for': '192.0.2.2, 10.0.0.1',
      });
      expect(other.status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
