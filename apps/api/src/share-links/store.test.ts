import { auditLog, shareLinks } from '@kolo/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createShareLink, listShareLinks, revokeShareLink, sitesNamed } from './store.ts';

describe('share link store', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });
  const entries = (orgId: string, action: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));

  it('should store a link with only the filters set and its audit entry, and revoke it once', async () => {
    const db = t.database.db;
    const by = { orgId: t.orgs[0].id, userId: null };
    const id = await createShareLink(db, by, {
      surveyId: 'service-satisfaction',
      tokenHash: 'a'.repeat(64),
      label: 'Council',
      filters: { country: ['UA'], from: undefined },
      expiresOn: null,
      expiresAt: null,
      showScorecard: true,
      showAccountability: false,
    });
    const [row] = await db.select().from(shareLinks).where(eq(shareLinks.id, id));
    expect(row?.filters).toEqual({ country: ['UA'] });
    const [created] = await entries(by.orgId, 'share_link_create');
    expect(created?.detail).toEqual({
      surveyId: 'service-satisfaction',
      filters: ['country'],
      expiresOn: null,
      showScorecard: true,
      showAccountability: false,
    });
    expect((await listShareLinks(db, by.orgId)).map((l) => l.id)).toEqual([id]);
    expect(await listShareLinks(db, t.orgs[1].id)).toEqual([]);
    // another organization cannot revoke it; its own organization can, once
    expect(await revokeShareLink(db, { orgId: t.orgs[1].id, userId: null }, id)).toBe(false);
    expect(await revokeShareLink(db, by, id)).toBe(true);
    expect(await revokeShareLink(db, by, id)).toBe(false);
    expect(await entries(by.orgId, 'share_link_revoke')).toHaveLength(1);
  });

  it("should name only the organization's own sites", async () => {
    const db = t.database.db;
    const ids = [t.orgs[0].siteIds[0] ?? '', t.orgs[1].siteIds[0] ?? ''];
    expect((await sitesNamed(db, t.orgs[0].id, ids)).map((s) => s.id)).toEqual([t.orgs[0].siteIds[0]]);
    expect(await sitesNamed(db, t.orgs[0].id, [])).toEqual([]);
  });
});
