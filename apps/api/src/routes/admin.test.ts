import { randomUUID } from 'node:crypto';
import { auditLog, type Database } from '@kolo/db';
import { openTestDatabase } from '@kolo/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { audit } from '../audit.ts';
import { createTestApp, TEST_PASSWORD, type TestApp, validAnswers } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

interface Site {
  id: string;
  name: string;
  active: boolean;
}
interface User {
  id: string;
  email: string;
  role: string;
  siteIds: string[];
  active: boolean;
}

describe('admin', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(t.orgs[0].emails.admin);
    const me = (await (await t.request('/api/auth/me', { cookie: admin })).json()) as {
      user: { id: string };
    };
    adminId = me.user.id;
  });
  afterAll(async () => {
    await t.close();
  });
  const send = (method: string, path: string, json?: unknown) =>
    t.request(path, { method, cookie: admin, json });
  const actions = async () =>
    (await (await t.request('/api/audit', { cookie: admin })).json()) as {
      entries: Array<{ action: string; target: string | null; detail: Record<string, unknown> | null }>;
    };

  it('should list sites, the assigned ones to a monitor', async () => {
    const all = (await (await t.request('/api/sites', { cookie: admin })).json()) as { sites: Site[] };
    expect(all.sites.map((s) => s.id).sort()).toEqual([...t.orgs[0].siteIds].sort());
    const monitor = await t.login(t.orgs[0].emails.monitor);
    const mine = (await (await t.request('/api/sites', { cookie: monitor })).json()) as { sites: Site[] };
    expect(mine.sites.map((s) => s.id)).toEqual([t.orgs[0].siteIds[0]]);
  });

  it('should add, change and deactivate a site, and audit each change', async () => {
    const created = await send('POST', '/api/sites', {
      name: 'Outreach route',
      country: 'PL',
      city: 'Warsaw',
    });
    expect(created.status).toBe(201);
    const site = (await created.json()) as Site;
    expect(site).toMatchObject({ name: 'Outreach route', active: true });
    expect((await send('POST', '/api/sites', { name: 'x', country: 'Poland', city: 'Warsaw' })).status).toBe(
      422,
    );
    expect(
      (await send('POST', '/api/sites', { name: 'x', country: 'PL', city: 'W', orgId: randomUUID() })).status,
    ).toBe(422);
    const renamed = await send('PATCH', `/api/sites/${site.id}`, { name: 'Night route' });
    expect(await renamed.json()).toMatchObject({ name: 'Night route', country: 'PL' });
    expect((await send('PATCH', `/api/sites/${randomUUID()}`, { name: 'none' })).status).toBe(404);
    expect((await send('PATCH', '/api/sites/not-a-uuid', { name: 'none' })).status).toBe(422);
    // an empty change changes nothing, and is never a server error
    const empty = await send('PATCH', `/api/sites/${site.id}`, {});
    expect(empty.status).toBe(200);
    expect(await empty.json()).toMatchObject({ name: 'Night route', active: true });

    const submitTo = (siteId: string) =>
      send('POST', '/api/submissions', {
        id: randomUUID(),
        surveyId: 'service-satisfaction',
        version: 1,
        siteId,
        collectedAt: new Date().toISOString(),
        locale: 'en',
        answers: validAnswers(t.survey, 1),
      });
    expect((await submitTo(site.id)).status).toBe(201);
    const deactivated = await send('PATCH', `/api/sites/${site.id}`, { active: false });
    expect(await deactivated.json()).toMatchObject({ active: false });
    // refused at once, although the site was just checked as active
    const submit = await submitTo(site.id);
    expect(submit.status).toBe(422);
    const changes = (await actions()).entries.filter(
      (e) => e.action === 'site_change' && e.target === site.id,
    );
    expect(changes.length).toBeGreaterThanOrEqual(3);
  });

  it('should change only the fields a site change sends', async () => {
    const created = await send('POST', '/api/sites', {
      name: 'Harm reduction point',
      country: 'UA',
      city: 'Lviv',
      serviceTypes: ['nsp', 'ost'],
    });
    const site = (await created.json()) as Site;
    const moved = await send('PATCH', `/api/sites/${site.id}`, { city: 'Kyiv' });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({
      city: 'Kyiv',
      name: 'Harm reduction point',
      serviceTypes: ['nsp', 'ost'],
    });
    const listed = (await (await send('GET', '/api/sites')).json()) as {
      sites: Array<Site & { serviceTypes: string[] }>;
    };
    expect(listed.sites.find((s) => s.id === site.id)?.serviceTypes).toEqual(['nsp', 'ost']);
    // an explicit empty list still clears them
    expect(await (await send('PATCH', `/api/sites/${site.id}`, { serviceTypes: [] })).json()).toMatchObject({
      serviceTypes: [],
    });
  });

  it('should not tell an admin that an email is used in another organization', async () => {
    const otherAdmin = await t.login(t.orgs[1].emails.admin);
    const create = (email: string, cookie = otherAdmin) =>
      t.request('/api/users', {
        method: 'POST',
        cookie,
        json: { email, name: 'Someone', password: TEST_PASSWORD, role: 'staff' },
      });
    // an address used in organization alpha, asked from beta
    const foreign = await create(t.orgs[0].emails.staff);
    const foreignBody = (await foreign.json()) as { error: { code: string; message: string } };
    expect(foreign.status).toBe(409);
    expect(foreignBody.error.message).not.toMatch(/exist|taken|registered|another organi[sz]ation/i);
    expect(foreignBody.error.message).toMatch(/cannot be used.*another address/);
    expect(JSON.stringify(foreignBody)).not.toMatch(/alpha|Staff/i);
    // within their own organization an admin may learn it, to find the person in the list
    const own = await create(t.orgs[1].emails.staff);
    expect(own.status).toBe(409);
    expect(((await own.json()) as { error: { message: string } }).error.message).toMatch(
      /already a user of your organization/,
    );
    // trying addresses one after another is stopped: 10 refusals an hour per organization
    const tries: number[] = [];
    for (let i = 0; i < 10; i += 1) tries.push((await create(t.orgs[0].emails.funder)).status);
    expect(tries.filter((s) => s === 409)).toHaveLength(9);
    expect(tries.slice(-1)).toEqual([429]);
    // a new address is still accepted, and the admin of alpha is not limited by beta's refusals
    expect((await create('fresh.person@beta.test')).status).toBe(201);
    expect((await create(t.orgs[1].emails.monitor, admin)).status).toBe(409);
  });

  it('should create users with a role and sites, and refuse duplicates and foreign sites', async () => {
    const body = {
      email: ' New.Monitor@Alpha.test ',
      name: 'New monitor',
      password: 'given by the admin',
      role: 'monitor',
      siteIds: [t.orgs[0].siteIds[1]],
    };
    const created = await send('POST', '/api/users', body);
    expect(created.status).toBe(201);
    const text = await created.text();
    expect(text).not.toContain(body.password);
    const user = JSON.parse(text) as User;
    expect(user).toMatchObject({
      email: 'new.monitor@alpha.test',
      role: 'monitor',
      siteIds: [t.orgs[0].siteIds[1]],
    });
    expect((await send('POST', '/api/users', body)).status).toBe(409);
    expect(
      (await send('POST', '/api/users', { ...body, email: 'x@alpha.test', siteIds: [t.orgs[1].siteIds[0]] }))
        .status,
    ).toBe(422);
    expect((await send('POST', '/api/users', { ...body, email: 'y@alpha.test', role: 'owner' })).status).toBe(
      422,
    );
    expect(
      (await send('POST', '/api/users', { ...body, email: 'z@alpha.test', password: 'short' })).status,
    ).toBe(422);
    // the admin's password is temporary: the person chooses their own, then signs in
    await t.choosePassword('new.monitor@alpha.test', body.password);
    const cookie = await t.login('new.monitor@alpha.test');
    const me = (await (await t.request('/api/auth/me', { cookie })).json()) as {
      role: string;
      siteIds: string[];
    };
    expect(me).toMatchObject({ role: 'monitor', siteIds: [t.orgs[0].siteIds[1]] });
    const list = (await (await t.request('/api/users', { cookie: admin })).json()) as { users: User[] };
    expect(list.users.map((u) => u.email)).toContain('new.monitor@alpha.test');
    expect(JSON.stringify(list)).not.toMatch(/argon2|passwordHash/);
    const entry = (await actions()).entries.find((e) => e.action === 'user_create' && e.target === user.id);
    expect(entry?.detail).toMatchObject({ role: 'monitor' });
    expect(JSON.stringify(entry)).not.toContain(body.password);
  });

  it('should change a membership at once: the old session ends, and the change is audited', async () => {
    const list = (await (await t.request('/api/users', { cookie: admin })).json()) as { users: User[] };
    const user = list.users.find((u) => u.email === 'new.monitor@alpha.test') as User;
    const cookie = await t.login(user.email);
    const changed = await send('PATCH', `/api/users/${user.id}`, { role: 'staff', siteIds: [] });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ role: 'staff', siteIds: [] });
    expect((await t.request('/api/auth/me', { cookie })).status).toBe(401);
    const again = await t.login(user.email);
    expect(await (await t.request('/api/auth/me', { cookie: again })).json()).toMatchObject({
      role: 'staff',
    });
    const renamed = await send('PATCH', `/api/users/${user.id}`, { name: 'Renamed' });
    expect(await renamed.json()).toMatchObject({ name: 'Renamed' });
    // a rename leaves the session alone
    expect((await t.request('/api/auth/me', { cookie: again })).status).toBe(200);
    const entries = (await actions()).entries.filter((e) => e.target === user.id).map((e) => e.action);
    expect(entries).toEqual(expect.arrayContaining(['membership_change', 'user_update', 'user_create']));
    expect((await send('PATCH', `/api/users/${user.id}`, { siteIds: [t.orgs[1].siteIds[0]] })).status).toBe(
      422,
    );
    expect((await send('PATCH', `/api/users/${randomUUID()}`, { name: 'x' })).status).toBe(404);
  });

  it('should not let an admin lock themselves out', async () => {
    expect((await send('PATCH', `/api/users/${adminId}`, { active: false })).status).toBe(422);
    expect((await send('PATCH', `/api/users/${adminId}`, { role: 'staff' })).status).toBe(422);
    expect((await t.request('/api/auth/me', { cookie: admin })).status).toBe(200);
  });

  it('should show the audit log newest first, limited', async () => {
    const { entries } = await actions();
    expect(entries.length).toBeGreaterThan(3);
    const limited = (await (await t.request('/api/audit?limit=2', { cookie: admin })).json()) as {
      entries: Array<{ id: number }>;
    };
    expect(limited.entries.map((e) => e.id)).toEqual(
      (entries as unknown as Array<{ id: number }>).slice(0, 2).map((e) => e.id),
    );
    expect(limited.entries[0]?.id).toBeGreaterThan(limited.entries[1]?.id ?? Infinity);
    expect((await t.request('/api/audit?limit=0', { cookie: admin })).status).toBe(422);
    expect(entries.some((e) => e.action === 'login')).toBe(true);
  });
});

describe.each(engines())('the audit log on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await audit(database.db, { orgId: null, userId: null }, 'login_failed', 'someone@example.test');
  });
  afterAll(async () => {
    await database.close();
  });

  /** The database's own refusal, under drizzle's "Failed query" wrapper. */
  const refusal = (statement: Promise<unknown>) =>
    statement.then(
      () => 'allowed',
      (error: { message?: string; cause?: { message?: string } }) => error.cause?.message ?? error.message,
    );

  it('should refuse UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    expect(await refusal(database.db.execute(sql`update audit_log set action = 'login'`))).toMatch(
      /append-only/,
    );
    expect(await refusal(database.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    const rows = await database.db.select().from(auditLog);
    expect(rows).toEqual([
      expect.objectContaining({ action: 'login_failed', target: 'someone@example.test' }),
    ]);
  });
});
