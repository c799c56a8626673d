import { randomUUID } from 'node:crypto';
import { auditLog } from '@kolo/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAME_ORIGIN, sensitiveExportPath } from '../testing/sensitive-export.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const MARKER = `sensitive-marker-${randomUUID()}`;
const BASE = '/api/surveys/service-satisfaction';

describe('sensitive exports', () => {
  let t: TestApp;
  let staff: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    admin = await t.login(t.orgs[0].emails.admin);
    const res = await t.request('/api/submissions', {
      method: 'POST',
      cookie: staff,
      json: {
        id: randomUUID(),
        surveyId: 'service-satisfaction',
        version: 1,
        siteId: t.orgs[0].siteIds[0],
        collectedAt: '2026-03-02T10:00:00Z',
        locale: 'en',
        answers: { ...validAnswers(t.survey, 1), comment: MARKER },
      },
    });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await t.close();
  });

  const sensitiveEntries = () =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, t.orgs[0].id), eq(auditLog.action, 'export_sensitive')));
  const readEntries = () =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, t.orgs[0].id), eq(auditLog.action, 'read_rows')));

  it('should refuse a cross-site or unconfirmed GET with 403 saying how to ask, and audit nothing', async () => {
    const before = (await sensitiveEntries()).length;
    const attempts: Array<Record<string, string>> = [
      // a link or image on another site: the browser sends the victim's Lax cookie on a top-level GET
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      // an old browser without fetch metadata, or a plain link: still no confirmation
      {},
      SAME_ORIGIN,
    ];
    for (const format of ['csv', 'xlsx']) {
      for (const headers of attempts) {
        const res = await t.request(`${BASE}/export.${format}?includeSensitive=true`, {
          cookie: staff,
          headers,
        });
        const where = `${format} ${JSON.stringify(headers)}`;
        expect(res.status, where).toBe(403);
        const text = await res.text();
        expect(text, where).not.toContain(MARKER);
        expect(JSON.parse(text).error.message, where).toMatch(/export-confirmation/);
      }
    }
    expect(await sensitiveEntries()).toHaveLength(before);
  });

  it('should export with a confirmation asked for by the dashboard, audited as export_sensitive', async () => {
    const before = (await sensitiveEntries()).length;
    const path = await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv');
    const res = await t.request(path, { cookie: staff, headers: SAME_ORIGIN });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(MARKER);
    const entries = await sensitiveEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({ action: 'export_sensitive', target: 'service-satisfaction' });
    // a navigation typed into the address bar or a download link on the dashboard sends no Origin
    const typed = await sensitiveExportPath(t, staff, 'service-satisfaction', 'xlsx');
    expect((await t.request(typed, { cookie: staff, headers: { 'sec-fetch-site': 'none' } })).status).toBe(
      200,
    );
  });

  it('should take a confirmation once, for its own user, survey and format only', async () => {
    const path = await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv');
    expect((await t.request(path, { cookie: staff })).status).toBe(200);
    expect((await t.request(path, { cookie: staff })).status).toBe(403);
    const other = await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv');
    expect((await t.request(other, { cookie: admin })).status).toBe(403);
    const xlsx = await sensitiveExportPath(t, staff, 'service-satisfaction', 'xlsx');
    expect((await t.request(xlsx.replace('export.xlsx', 'export.csv'), { cookie: staff })).status).toBe(403);
    // a confirmation carried to another site's request is refused there too
    const carried = await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv');
    const res = await t.request(carried, { cookie: staff, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain(MARKER);
    const bad = await t.request(`${BASE}/export.csv?includeSensitive=true&confirm=${'x'.repeat(500)}`, {
      cookie: staff,
    });
    expect(bad.status).toBe(422);
  });

  it('should give a confirmation only to a same-origin request from a role that reads rows', async () => {
    const ask = (cookie: string, headers: Record<string, string>, json: unknown = { format: 'csv' }) =>
      t.request(`${BASE}/export-confirmation`, { method: 'POST', cookie, headers, json });
    const foreign: Array<Record<string, string>> = [
      { 'sec-fetch-site': 'cross-site', origin: 'http://localhost' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of foreign) {
      expect((await ask(staff, headers)).status, JSON.stringify(headers)).toBe(403);
    }
    expect((await ask(staff, SAME_ORIGIN, { format: 'pdf' })).status).toBe(422);
    const funder = await t.login(t.orgs[0].emails.funder);
    expect((await ask(funder, SAME_ORIGIN)).status).toBe(403);
    const ok = await ask(admin, SAME_ORIGIN);
    expect(ok.status).toBe(201);
    const body = (await ok.json()) as { token: string; expiresAt: string };
    expect(body.token).toMatch(/^[\w-]{43}$/);
    expect(Date.parse(body.expiresAt) - Date.now()).toBeLessThanOrEqual(60_000);
  });

  it('should refuse a cross-site read of sensitive rows and audit nothing', async () => {
    const before = (await readEntries()).length;
    const res = await t.request(`${BASE}/submissions?includeSensitive=true`, {
      cookie: staff,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(403);
    expect(await readEntries()).toHaveLength(before);
    const own = await t.request(`${BASE}/submissions?includeSensitive=true`, {
      cookie: staff,
      headers: SAME_ORIGIN,
    });
    expect(own.status).toBe(200);
    expect(await own.text()).toContain(MARKER);
  });
});
