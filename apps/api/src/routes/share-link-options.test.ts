import { randomUUID } from 'node:crypto';
import { shareLinks } from '@kolo/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareLinkAllows } from '../share-link-access.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

type Link = { id: string; token: string; path: string };
type Results = { respondents: { n: number | null }; filter: { siteIds: string[]; from: string | null } };

describe('share links keep their filters, expire, and say what else they show', () => {
  let t: TestApp;
  let staff: string;
  let siteA: string;

  const create = async (body: Record<string, unknown>) =>
    t.request('/api/share-links', {
      method: 'POST',
      cookie: staff,
      json: { surveyId: 'service-satisfaction', ...body },
    });

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    siteA = t.orgs[0].siteIds[0] ?? '';
    // 12 at site A in April, 12 at site B in May
    const submissions = Array.from({ length: 24 }, (_, i) => ({
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: t.orgs[0].siteIds[i < 12 ? 0 : 1],
      collectedAt: new Date(Date.UTC(2026, i < 12 ? 3 : 4, 2 + (i % 12))).toISOString(),
      locale: 'en',
      answers: validAnswers(t.survey, i + 1),
    }));
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: staff,
      json: { submissions },
    });
    expect(res.status).toBeLessThan(300);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should answer a link with the filters it was made with, and refuse others with a clear 403', async () => {
    const res = await create({
      label: 'Site A',
      filters: { siteId: [siteA], from: '2026-04-01', to: '2026-04-30' },
    });
    expect(res.status).toBe(201);
    const link = (await res.json()) as Link;
    const info = (await (await t.request(`/api/public/${link.token}`)).json()) as Record<string, unknown>;
    expect(info).toMatchObject({
      filters: { siteId: [siteA], from: '2026-04-01', to: '2026-04-30', country: [], filter: [] },
      expiresAt: null,
      shows: { scorecard: false, accountability: false },
    });
    expect((info.sites as Array<{ id: string; name: string }>).map((s) => s.id)).toEqual([siteA]);
    const results = (await (await t.request(`/api/public/${link.token}/results`)).json()) as Results;
    expect(results.filter.siteIds).toEqual([siteA]);
    // 12 respondents at site A, in bands of 5: 10..14 shows as 12
    expect(results.respondents.n).toBe(12);
    // asking again for the same filters is fine, and so is another time bucket
    expect((await t.request(`/api/public/${link.token}/results?siteId=${siteA}&bucket=quarter`)).status).toBe(
      200,
    );
    for (const query of [
      `siteId=${t.orgs[0].siteIds[1]}`,
      'from=2026-01-01',
      'country=UA',
      'filter=first_visit:yes',
    ]) {
      const refused = await t.request(`/api/public/${link.token}/results?${query}`);
      expect(refused.status, query).toBe(403);
      const body = (await refused.json()) as { error: { message: string } };
      expect(body.error.message, query).toMatch(/only the filters it was made with; remove \w+/);
    }
  });

  it('should refuse at creation what the public page could not run: a foreign site, a wrong answer filter', async () => {
    const foreign = await create({ filters: { siteId: [t.orgs[1].siteIds[0]] } });
    expect(foreign.status).toBe(422);
    expect(await foreign.text()).toContain('not a site of your organization');
    expect((await create({ filters: { filter: ['first_visit:maybe'] } })).status).toBe(422);
    expect((await create({ filters: { bucket: 'week' } })).status).toBe(422);
    expect((await create({ expiresOn: '2020-01-01' })).status).toBe(422);
  });

  it('should stop a link after its last day with 410 and a message that says so', async () => {
    const res = await create({ expiresOn: '2099-12-31' });
    const link = (await res.json()) as Link;
    expect((await t.request(`/api/public/${link.token}`)).status).toBe(200);
    const [stored] = await t.database.db.select().from(shareLinks).where(eq(shareLinks.id, link.id));
    expect(stored?.expiresAt?.toISOString()).toBe('2099-12-31T23:59:59.999Z');
    // the day passes
    await t.database.db
      .update(shareLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(shareLinks.id, link.id));
    for (const path of [`/api/public/${link.token}`, `/api/public/${link.token}/results`]) {
      const gone = await t.request(path);
      expect(gone.status, path).toBe(410);
      const body = (await gone.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('gone');
      expect(body.error.message).toMatch(/stopped working after \d{4}-\d{2}-\d{2}/);
    }
  });

  it('should keep the scorecard and findings options, listed for staff, and say whether a link allows each', async () => {
    const res = await create({ showScorecard: true });
    const link = (await res.json()) as Link;
    const info = (await (await t.request(`/api/public/${link.token}`)).json()) as { shows: unknown };
    expect(info.shows).toEqual({ scorecard: true, accountability: false });
    const list = (await (await t.request('/api/share-links', { cookie: staff })).json()) as {
      links: Array<{ id: string; shows: unknown; filters: unknown }>;
    };
    expect(list.links.find((l) => l.id === link.id)?.shows).toEqual({
      scorecard: true,
      accountability: false,
    });
    expect(shareLinkAllows({ showScorecard: true, showAccountability: false }, 'scorecard')).toBe(true);
    expect(shareLinkAllows({ showScorecard: true, showAccountability: false }, 'accountability')).toBe(false);
  });
});
