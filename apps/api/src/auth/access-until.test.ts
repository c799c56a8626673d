import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("a funder's last day of access", () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(t.orgs[0].emails.admin);
  });
  afterAll(async () => {
    await t.close();
  });

  /** An account made by the admin, its temporary password replaced by the person's own. */
  const create = async (email: string, role: string, accessUntil: string | null) => {
    const res = await t.request('/api/users', {
      method: 'POST',
      cookie: admin,
      json: { email, name: 'Funder', password: 'given by the admin', role, accessUntil },
    });
    if (res.status === 201) await t.choosePassword(email, 'given by the admin');
    return res;
  };
  const signIn = (email: string, password = TEST_PASSWORD) =>
    t.request('/api/auth/login', { method: 'POST', json: { email, password } });

  it('should let a funder sign in up to and on the last day', async () => {
    expect((await create('today@funder.test', 'funder', day(0))).status).toBe(201);
    expect((await signIn('today@funder.test')).status).toBe(200);
  });

  it('should refuse sign-in after the last day and say the access ended', async () => {
    const res = await create('ended@funder.test', 'funder', day(-1));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { accessUntil: string }).accessUntil).toBe(day(-1));
    const refused = await signIn('ended@funder.test');
    expect(refused.status).toBe(403);
    const { error } = (await refused.json()) as {
      error: { message: string; reason: string; accessUntil: string };
    };
    expect(error.reason).toBe('access_ended');
    expect(error.accessUntil).toBe(day(-1));
    expect(error.message).toContain(`ended on ${day(-1)}`);
    // a wrong password learns nothing about the account
    const wrong = await signIn('ended@funder.test', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('ended');
  });

  it('should end a signed-in funder session once the admin moves the last day into the past', async () => {
    const cookie = await t.login(t.orgs[0].emails.funder);
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(200);
    const users = (await (await t.request('/api/users', { cookie: admin })).json()) as {
      users: Array<{ id: string; email: string; accessUntil: string | null }>;
    };
    const funder = users.users.find((u) => u.email === t.orgs[0].emails.funder);
    const patch = await t.request(`/api/users/${funder?.id}`, {
      method: 'PATCH',
      cookie: admin,
      json: { accessUntil: day(-1) },
    });
    expect(patch.status).toBe(200);
    expect(((await patch.json()) as { accessUntil: string }).accessUntil).toBe(day(-1));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the session cache
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    const back = await t.request(`/api/users/${funder?.id}`, {
      method: 'PATCH',
      cookie: admin,
      json: { accessUntil: null },
    });
    expect(back.status).toBe(200);
    expect((await signIn(t.orgs[0].emails.funder)).status).toBe(200);
  });

  it('should refuse an end date on an account that is not a funder, with a 422 saying so', async () => {
    const res = await create('staff-end@alpha.test', 'staff', day(30));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'only funder accounts',
    );
    const bad = await create('bad-date@funder.test', 'funder', '2026-02-30');
    expect(bad.status).toBe(422);
  });
});
