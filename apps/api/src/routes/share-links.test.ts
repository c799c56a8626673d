import { randomUUID } from 'node:crypto';
import { auditLog, shareLinks } from '@kolo/db';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

const MARKER = `shared-${randomUUID()}`;
/** What a browser sends with a request from the dashboard itself. */
const SAME_ORIGIN = { origin: 'http://localhost' };

describe('share links', () => {
  let t: TestApp;
  let staff: string;
  let link: { id: string; token: string; path: string };
  const submissionIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    const submissions = Array.from({ length: 8 }, (_, i) => {
      const id = randomUUID();
      submissionIds.push(id);
      return {
        id,
        surveyId: 'service-satisfaction',
        version: 1,
        siteId: t.orgs[0].siteIds[i % 2],
        collectedAt: new Date(Date.UTC(2026, 3, 1 + i)).toISOString(),
        locale: 'en',
        answers: { ...validAnswers(t.survey, i + 1), comment: MARKER, first_visit: i < 6 ? 'yes' : 'no' },
      };
    });
    await t.request('/api/submissions/batch', { method: 'POST', cookie: staff, json: { submissions } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('should create a link whose token is shown once', async () => {
    const res = await t.request('/api/share-links', {
      method: 'POST',
      cookie: staff,
      json: { surveyId: 'service-satisfaction', label: 'For the donor meeting' },
    });
    expect(res.status).toBe(201);
    link = (await res.json()) as typeof link;
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{20,100}$/);
    expect(link.path).toBe(`/share/${link.token}`);
    const list = await (await t.request('/api/share-links', { cookie: staff })).text();
    expect(list).toContain(link.id);
    expect(list).toContain('For the donor meeting');
    expect(list).not.toContain(link.token);
    // only a hash of the token is stored
    const stored = await t.database.db.select().from(shareLinks);
    expect(JSON.stringify(stored)).not.toContain(link.token);
    const unknown = await t.request('/api/share-links', {
      method: 'POST',
      cookie: staff,
      json: { surveyId: 'no-such-survey' },
    });
    expect(unknown.status).toBe(404);
  });

  it('should show the survey and its aggregates without a login, suppressed, without rows', async () => {
    const info = await t.request(`/api/public/${link.token}`);
    expect(info.status).toBe(200);
    expect(await info.json()).toMatchObject({
      organization: 'Network alpha',
      label: 'For the donor meeting',
      survey: { id: 'service-satisfaction' },
    });
    const res = await t.request(`/api/public/${link.token}/results`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(MARKER);
    for (const id of submissionIds) expect(text).not.toContain(id);
    for (const match of text.matchAll(/"n":(\d+)/g))
      expect(Number(match[1]) === 0 || Number(match[1]) >= 5).toBe(true);
    const results = JSON.parse(text) as {
      respondents: { n: number };
      questions: Array<{ id: string; counts: Array<{ value: string; n: number | null }> }>;
    };
    // counts behind a share link are the middle of their band of k: 8 respondents (5..9) show as 7
    expect(results.respondents.n).toBe(7);
    // 6 and 2: the 2 is withheld (0..4) and the 6 shows as 7 (5..9); the total (5..9) less 5..9
    // leaves the withheld one anywhere from 0 to 4
    const firstVisit = results.questions.find((q) => q.id === 'first_visit');
    expect(firstVisit?.counts.map((c) => c.n)).toEqual([7, null]);
    // a link shows only the filters it was made with (here none): another one is refused, saying why
    const filtered = await t.request(`/api/public/${link.token}/results?filter=first_visit:yes`);
    expect(filtered.status).toBe(403);
    expect(await filtered.text()).toContain('only the filters it was made with');
    expect((await t.request(`/api/public/${link.token}/results?filter=comment:x`)).status).toBe(403);
  });

  it('should not let another organization revoke the link', async () => {
    const beta = await t.login(t.orgs[1].emails.staff);
    const res = await t.request(`/api/share-links/${link.id}`, {
      method: 'DELETE',
      cookie: beta,
      headers: SAME_ORIGIN,
    });
    expect(res.status).toBe(404);
    expect((await t.request(`/api/public/${link.token}`)).status).toBe(200);
  });

  it('should answer 404 once the link is revoked, and audit both steps', async () => {
    const res = await t.request(`/api/share-links/${link.id}`, {
      method: 'DELETE',
      cookie: staff,
      headers: SAME_ORIGIN,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: link.id, revoked: true });
    for (const path of [`/api/public/${link.token}`, `/api/public/${link.token}/results`]) {
      const gone = await t.request(path);
      expect(gone.status, path).toBe(404);
      expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
    const again = await t.request(`/api/share-links/${link.id}`, {
      method: 'DELETE',
      cookie: staff,
      headers: SAME_ORIGIN,
    });
    expect(again.status).toBe(404);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, ['share_link_create', 'share_link_revoke']));
    expect(entries.map((e) => [e.action, e.target])).toEqual([
      ['share_link_create', link.id],
      ['share_link_revoke', link.id],
    ]);
  });

  it('should answer 404 for a token that never existed and 422 for one that is not a token', async () => {
    expect((await t.request(`/api/public/${'A'.repeat(32)}/results`)).status).toBe(404);
    expect((await t.request('/api/public/short/results')).status).toBe(422);
  });
});
