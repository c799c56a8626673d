import { exportXlsForm } from '@kolo/xlsform';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

interface Entry {
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
  actor: string | null;
  targetInfo: { kind: string; name: unknown; deleted: boolean } | null;
}

describe.each(engines())('administration on %s', (engine) => {
  let t: TestApp;
  let admin: string;
  let ids: Record<string, string>;
  let betaIds: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp({ engine });
    admin = await t.login(t.orgs[0].emails.admin);
    const list = async (cookie: string) =>
      Object.fromEntries(
        (
          (await (await t.request('/api/users', { cookie })).json()) as {
            users: Array<{ id: string; role: string }>;
          }
        ).users.map((u) => [u.role, u.id]),
      );
    ids = await list(admin);
    betaIds = await list(await t.login(t.orgs[1].emails.admin));
  });
  afterAll(async () => {
    await t.close();
  });
  const send = (method: string, path: string, json?: unknown, cookie = admin) =>
    t.request(path, { method, cookie, json, headers: { origin: 'http://localhost' } });
  const login = (email: string, password: string) =>
    t.request('/api/auth/login', { method: 'POST', json: { email, password } });
  const entries = async () =>
    ((await (await t.request('/api/audit?limit=1000', { cookie: admin })).json()) as { entries: Entry[] })
      .entries;

  it('should reset a password to a generated temporary one that must be replaced at next sign-in', async () => {
    const email = t.orgs[0].emails.staff;
    const old = await t.login(email);
    const res = await send('POST', `/api/users/${ids.staff}/password-reset`, {});
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { temporaryPassword, generated } = (await res.json()) as {
      temporaryPassword: string;
      generated: boolean;
    };
    expect(generated).toBe(true);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(15);
    // the old session ended, the old password no longer works
    expect((await t.request('/api/surveys', { cookie: old })).status).toBe(401);
    expect((await login(email, TEST_PASSWORD)).status).toBe(401);
    // the temporary password opens no session: it asks for a new password
    const asked = await login(email, temporaryPassword);
    expect(asked.status).toBe(403);
    expect(asked.headers.get('set-cookie')).toBeNull();
    expect(((await asked.json()) as { error: { reason: string } }).error.reason).toBe(
      'password_change_required',
    );
    const same = await send('POST', '/api/auth/new-password', {
      email,
      temporaryPassword,
      newPassword: temporaryPassword,
    });
    expect(same.status).toBe(422);
    const chosen = await send('POST', '/api/auth/new-password', {
      email,
      temporaryPassword,
      newPassword: 'my own long password',
    });
    expect(chosen.status).toBe(200);
    expect((await login(email, 'my own long password')).status).toBe(200);
    // the temporary password is spent
    const again = await send('POST', '/api/auth/new-password', {
      email,
      temporaryPassword: 'my own long password',
      newPassword: 'yet another password',
    });
    expect(again.status).toBe(401);
    const audited = (await entries()).find((e) => e.action === 'password_reset');
    expect(audited?.detail).toEqual({ generated: true });
    expect(JSON.stringify(await entries())).not.toContain(temporaryPassword);
  });

  it("should make a new account's first password temporary: the person chooses their own at first sign-in", async () => {
    const email = 'first.sign-in@alpha.test';
    const created = await send('POST', '/api/users', {
      email,
      name: 'First Sign-in',
      password: 'given by the admin',
      role: 'monitor',
      siteIds: [t.orgs[0].siteIds[0]],
    });
    expect(created.status).toBe(201);
    const { id, mustChangePassword } = (await created.json()) as { id: string; mustChangePassword: boolean };
    expect(mustChangePassword).toBe(true);
    const listed = async () =>
      (
        (await (await t.request('/api/users', { cookie: admin })).json()) as {
          users: Array<{ id: string; mustChangePassword: boolean }>;
        }
      ).users.find((u) => u.id === id)?.mustChangePassword;
    expect(await listed()).toBe(true);
    // the admin's password opens no session: it asks for the person's own, as after a reset
    const asked = await login(email, 'given by the admin');
    expect(asked.status).toBe(403);
    expect(asked.headers.get('set-cookie')).toBeNull();
    expect(((await asked.json()) as { error: { reason: string } }).error.reason).toBe(
      'password_change_required',
    );
    const chosen = await send('POST', '/api/auth/new-password', {
      email,
      temporaryPassword: 'given by the admin',
      newPassword: 'only I know this one',
    });
    expect(chosen.status).toBe(200);
    expect((await login(email, 'given by the admin')).status).toBe(401);
    expect((await login(email, 'only I know this one')).status).toBe(200);
    expect(await listed()).toBe(false);
    const audited = (await entries()).find((e) => e.action === 'user_create' && e.target === id);
    expect(audited?.detail).toMatchObject({ passwordTemporary: true });
    expect(JSON.stringify(await entries())).not.toContain('given by the admin');
  });

  it('should keep the audit entries of one action, and refuse an unknown action with the list', async () => {
    const res = await t.request('/api/audit?limit=1000&action=user_create', { cookie: admin });
    expect(res.status).toBe(200);
    const { entries: only } = (await res.json()) as { entries: Entry[] };
    expect(only.length).toBeGreaterThan(0);
    expect(new Set(only.map((e) => e.action))).toEqual(new Set(['user_create']));
    const unknown = await t.request('/api/audit?action=survey.publish', { cookie: admin });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('action: one of login, login_failed');
  });

  it("should take an admin's chosen temporary password, and refuse a short one with what to fix", async () => {
    const short = await send('POST', `/api/users/${ids.monitor}/password-reset`, { password: 'short' });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('at least 10 characters');
    const res = await send('POST', `/api/users/${ids.monitor}/password-reset`, {
      password: 'chosen by the admin',
    });
    expect(await res.json()).toEqual({ temporaryPassword: 'chosen by the admin', generated: false });
    expect((await login(t.orgs[0].emails.monitor, 'chosen by the admin')).status).toBe(403);
    const own = await send('POST', `/api/users/${ids.admin}/password-reset`, {});
    expect(own.status).toBe(422);
  });

  it('should make a password set through a user change temporary as well', async () => {
    const res = await send('PATCH', `/api/users/${ids.funder}`, { password: 'set through patch' });
    expect(res.status).toBe(200);
    expect((await login(t.orgs[0].emails.funder, 'set through patch')).status).toBe(403);
  });

  it('should not let an admin reset, or delete a draft of, another organization', async () => {
    const reset = await send('POST', `/api/users/${betaIds.staff}/password-reset`, {});
    expect(reset.status).toBe(404);
    expect((await login(t.orgs[1].emails.staff, TEST_PASSWORD)).status).toBe(200);
    const beta = await t.login(t.orgs[1].emails.admin);
    expect(
      (await send('POST', '/api/surveys', { definition: { id: 'beta-only', title: { en: 'B' } } }, beta))
        .status,
    ).toBe(201);
    expect((await send('DELETE', '/api/surveys/beta-only/draft')).status).toBe(404);
    expect((await send('GET', '/api/surveys/beta-only/draft', undefined, beta)).status).toBe(200);
  });

  it('should delete a never-published survey, and discard a draft over a published version', async () => {
    const created = await send('POST', '/api/surveys', {
      definition: { id: 'abandoned', title: { en: 'Abandoned idea' } },
    });
    expect(created.status).toBe(201);
    const gone = await send('DELETE', '/api/surveys/abandoned/draft');
    expect(await gone.json()).toEqual({ deleted: 'survey' });
    const list = (await (await t.request('/api/surveys', { cookie: admin })).json()) as {
      surveys: Array<{ id: string; hasDraft?: boolean; version: number | null }>;
    };
    expect(list.surveys.map((s) => s.id)).not.toContain('abandoned');
    // a draft over the published survey: the draft goes, the published version stays
    const draft = (await (await send('GET', '/api/surveys/service-satisfaction')).json()) as {
      definition: Record<string, unknown>;
    };
    expect(
      (await send('PUT', '/api/surveys/service-satisfaction/draft', { definition: draft.definition })).status,
    ).toBe(200);
    const discarded = await send('DELETE', '/api/surveys/service-satisfaction/draft');
    expect(await discarded.json()).toEqual({ deleted: 'draft' });
    expect((await send('GET', '/api/surveys/service-satisfaction')).status).toBe(200);
    expect((await send('DELETE', '/api/surveys/service-satisfaction/draft')).status).toBe(404);
    const staff = await t.login(t.orgs[0].emails.monitor, 'chosen by the admin').catch(() => null);
    expect(staff).toBeNull();
  });

  it('should name audit targets (users, sites, surveys) and mark deleted ones', async () => {
    const site = t.orgs[0].siteIds[1] as string;
    await send('PATCH', `/api/sites/${site}`, { name: 'Renamed OST site' });
    const all = await entries();
    const siteEntry = all.find((e) => e.action === 'site_change' && e.target === site);
    expect(siteEntry?.targetInfo).toEqual({ kind: 'site', name: 'Renamed OST site', deleted: false });
    expect(siteEntry?.actor).toBe(`admin of alpha (${t.orgs[0].emails.admin})`);
    const userEntry = all.find((e) => e.action === 'password_reset' && e.target === ids.staff);
    expect(userEntry?.targetInfo).toEqual({
      kind: 'user',
      name: `staff of alpha (${t.orgs[0].emails.staff})`,
      deleted: false,
    });
    const deleted = all.find((e) => e.action === 'survey_draft_delete' && e.target === 'abandoned');
    expect(deleted?.targetInfo).toEqual({ kind: 'survey', name: null, deleted: true });
    const published = all.find(
      (e) => e.action === 'survey_draft_delete' && e.target === 'service-satisfaction',
    );
    expect(published?.targetInfo?.kind).toBe('survey');
    expect(published?.targetInfo?.name).toMatchObject({ en: t.survey.title.en });
  });

  it('should edit and deactivate a site with service types from the fixed list only', async () => {
    const site = t.orgs[0].siteIds[0] as string;
    const bad = await send('PATCH', `/api/sites/${site}`, { serviceTypes: ['nsp', 'needles'] });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('a service type is one of nsp');
    const twice = await send('PATCH', `/api/sites/${site}`, { serviceTypes: ['nsp', 'nsp'] });
    expect(twice.status).toBe(422);
    const country = await send('PATCH', `/api/sites/${site}`, { country: 'Ukraine' });
    expect(country.status).toBe(422);
    const ok = await send('PATCH', `/api/sites/${site}`, {
      name: 'Podil drop-in',
      city: 'Kyiv',
      country: 'UA',
      serviceTypes: ['nsp', 'hiv_testing', 'prep'],
      active: false,
    });
    expect(ok.status).toBe(200);
    const monitor = await t.login(t.orgs[1].emails.monitor);
    expect((await send('PATCH', `/api/sites/${site}`, { active: true }, monitor)).status).toBe(403);
    const betaAdmin = await t.login(t.orgs[1].emails.admin);
    expect((await send('PATCH', `/api/sites/${site}`, { active: true }, betaAdmin)).status).toBe(404);
    const sites = (await (await t.request('/api/sites', { cookie: admin })).json()) as {
      sites: Array<{ id: string; active: boolean; serviceTypes: string[] }>;
    };
    expect(sites.sites.find((s) => s.id === site)).toMatchObject({
      active: false,
      serviceTypes: ['nsp', 'hiv_testing', 'prep'],
    });
  });

  it('should give an import whose title another survey has a distinct, dated title in each language', async () => {
    const form = new FormData();
    form.set('file', new Blob([await exportXlsForm(t.survey)]), 'copy.xlsx');
    form.set('id', 'imported-copy');
    const res = await t.request('/api/surveys/import/xlsform', {
      method: 'POST',
      cookie: admin,
      headers: { origin: 'http://localhost' },
      body: form,
    });
    expect(res.status).toBe(201);
    const day = new Date().toISOString().slice(0, 10);
    const draft = (await (await send('GET', '/api/surveys/imported-copy/draft')).json()) as {
      definition: { title: Record<string, string> };
    };
    expect(draft.definition.title.en).toBe(`${t.survey.title.en} (imported ${day})`);
    expect(draft.definition.title.uk).toBe(`${t.survey.title.uk} (імпортовано ${day})`);
    // the copy is an abandoned draft: it can go
    expect((await send('DELETE', '/api/surveys/imported-copy/draft')).status).toBe(200);
  });
});
