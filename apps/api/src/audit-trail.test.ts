import { randomUUID } from 'node:crypto';
import { auditLog } from '@kolo/db';
import { gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sensitiveExportPath } from './testing/sensitive-export.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

let t: TestApp;
let staff: string;
let admin: string;
let ids: { staff: string; admin: string; funder: string };

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login(t.orgs[0].emails.staff);
  admin = await t.login(t.orgs[0].emails.admin);
  const users = (await (await t.request('/api/users', { cookie: admin })).json()) as {
    users: Array<{ id: string; role: string }>;
  };
  const idOf = (role: string) => users.users.find((u) => u.role === role)?.id ?? '';
  ids = { staff: idOf('staff'), admin: idOf('admin'), funder: idOf('funder') };
  const res = await t.request('/api/submissions/batch', {
    method: 'POST',
    cookie: staff,
    json: {
      submissions: Array.from({ length: 3 }, (_, i) => ({
        id: randomUUID(),
        surveyId: 'service-satisfaction',
        version: 1,
        siteId: t.orgs[0].siteIds[0],
        collectedAt: '2026-03-02T10:00:00Z',
        locale: 'en',
        answers: validAnswers(t.survey, i + 1),
      })),
    },
  });
  expect(res.status).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

/** Run an action and return the audit entries it left. */
async function audited(action: () => Promise<Response>, expectedStatus: number) {
  const all = await t.database.db.select({ id: auditLog.id }).from(auditLog);
  const since = Math.max(0, ...all.map((r) => r.id));
  const res = await action();
  expect(res.status, await res.clone().text()).toBe(expectedStatus);
  await res.arrayBuffer();
  return t.database.db.select().from(auditLog).where(gt(auditLog.id, since));
}

describe('the audit trail', () => {
  const orgId = () => t.orgs[0].id;

  it('should record every read of rows and every export, with who asked and whether sensitive fields were in it', async () => {
    const cases: Array<[string, string, boolean]> = [
      ['/api/surveys/service-satisfaction/submissions', 'read_rows', false],
      ['/api/surveys/service-satisfaction/submissions?includeSensitive=true', 'read_rows', true],
      ['/api/surveys/service-satisfaction/export.csv', 'export', false],
      ['/api/surveys/service-satisfaction/export.xlsx', 'export', false],
      [await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv'), 'export_sensitive', true],
      [await sensitiveExportPath(t, staff, 'service-satisfaction', 'xlsx'), 'export_sensitive', true],
    ];
    for (const [path, action, sensitive] of cases) {
      const entries = await audited(() => t.request(path, { cookie: staff }), 200);
      expect(entries, path).toHaveLength(1);
      expect(entries[0], path).toMatchObject({ action, orgId: orgId(), userId: ids.staff });
      // an export says its format; whether sensitive fields were in it is its action
      expect(entries[0]?.detail, path).toMatchObject(
        action === 'read_rows'
          ? { includeSensitive: sensitive }
          : { format: path.includes('.csv') ? 'csv' : 'xlsx' },
      );
    }
  });

  it('should record a publish', async () => {
    const draft = await t.request('/api/surveys', {
      method: 'POST',
      cookie: staff,
      json: {
        definition: {
          id: 'audited',
          version: 1,
          locales: ['en'],
          title: { en: 'Audited' },
          sections: [
            {
              id: 's',
              title: { en: 'S' },
              items: [{ id: 'q', kind: 'yes_no', label: { en: 'Q' } }],
            },
          ],
        },
      },
    });
    expect(draft.status).toBe(201);
    const entries = await audited(
      () => t.request('/api/surveys/audited/publish', { method: 'POST', cookie: staff, json: {} }),
      201,
    );
    expect(entries.map((e) => [e.action, e.userId])).toContainEqual(['publish', ids.staff]);
  });

  it('should record every change of permissions: new users, roles, sites, deactivation, share links', async () => {
    const created = await audited(
      () =>
        t.request('/api/users', {
          method: 'POST',
          cookie: admin,
          json: { email: 'audit@alpha.test', name: 'A', password: 'a long password', role: 'monitor' },
        }),
      201,
    );
    expect(created.map((e) => [e.action, e.userId])).toContainEqual(['user_create', ids.admin]);
    const userId = created[0]?.target ?? '';
    for (const [change, action] of [
      [{ role: 'staff' }, 'membership_change'],
      [{ siteIds: [] }, 'membership_change'],
      [{ active: false }, 'user_update'],
      [{ password: 'another long one' }, 'user_update'],
    ] as const) {
      const entries = await audited(
        () => t.request(`/api/users/${userId}`, { method: 'PATCH', cookie: admin, json: change }),
        200,
      );
      expect(
        entries.map((e) => [e.action, e.userId, e.target]),
        JSON.stringify(change),
      ).toContainEqual([action, ids.admin, userId]);
    }
    const link = await audited(
      () =>
        t.request('/api/share-links', {
          method: 'POST',
          cookie: staff,
          json: { surveyId: 'service-satisfaction' },
        }),
      201,
    );
    expect(link.map((e) => e.action)).toEqual(['share_link_create']);
    const revoked = await audited(
      () =>
        t.request(`/api/share-links/${link[0]?.target}`, {
          method: 'DELETE',
          cookie: staff,
          headers: { origin: 'http://localhost' },
        }),
      200,
    );
    expect(revoked.map((e) => e.action)).toEqual(['share_link_revoke']);
  });

  it('should leave no export entry for an export a role is refused', async () => {
    const funder = await t.login(t.orgs[0].emails.funder);
    const entries = await audited(
      () =>
        t.request('/api/surveys/service-satisfaction/export.csv?includeSensitive=true', { cookie: funder }),
      403,
    );
    expect(entries).toEqual([]);
  });
});
