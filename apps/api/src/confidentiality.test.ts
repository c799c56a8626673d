import { randomUUID } from 'node:crypto';
import type { Role } from '@kolo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from './context.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

/** Words only respondents wrote, in free text and in "please specify" answers of sensitive items. */
const MARKER = `only-a-respondent-wrote-this-${randomUUID()}`;
const BETA = `beta-only-${randomUUID()}`;
const ROLES: readonly Role[] = ['admin', 'staff', 'monitor', 'funder'];

interface Org {
  cookies: Record<Role, string>;
  siteIds: readonly string[];
  userIds: string[];
  linkId: string;
  token: string;
  submissionIds: string[];
}

let t: TestApp;
let alpha: Org;
let beta: Org;

/** Answers with every free-text place filled with `marker`, the sensitive "other" texts too. */
function revealing(seed: number, marker: string) {
  return {
    ...validAnswers(t.survey, seed),
    comment: `${marker} comment`,
    gender: 'other',
    gender_other: `${marker} gender`,
    missing_service: 'other',
    missing_service_other: `${marker} service`,
  };
}

async function seedOrg(index: 0 | 1, marker: string): Promise<Org> {
  const org = t.orgs[index];
  const cookies = {} as Record<Role, string>;
  for (const role of ROLES) cookies[role] = await t.login(org.emails[role]);
  const submissions = Array.from({ length: 12 }, (_, i) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: org.siteIds[i % 2],
    collectedAt: new Date(Date.UTC(2026, 0, 3 + i)).toISOString(),
    locale: 'en',
    answers: revealing(i + 1 + index * 100, marker),
  }));
  const res = await t.request('/api/submissions/batch', {
    method: 'POST',
    cookie: cookies.staff,
    json: { submissions },
  });
  const { results } = (await res.json()) as { results: Array<{ status: number; errors?: unknown }> };
  expect(
    results.map((r) => r.status),
    JSON.stringify(results[0]),
  ).toEqual(submissions.map(() => 201));
  const draft = await t.request('/api/surveys', {
    method: 'POST',
    cookie: cookies.staff,
    json: { definition: { id: `draft-${index}`, title: { en: marker } } },
  });
  expect(draft.status).toBe(201);
  const link = (await (
    await t.request('/api/share-links', {
      method: 'POST',
      cookie: cookies.staff,
      json: { surveyId: 'service-satisfaction', label: `${index}` },
    })
  ).json()) as { id: string; token: string };
  const users = (await (await t.request('/api/users', { cookie: cookies.admin })).json()) as {
    users: Array<{ id: string }>;
  };
  return {
    cookies,
    siteIds: org.siteIds,
    userIds: users.users.map((u) => u.id),
    linkId: link.id,
    token: link.token,
    submissionIds: submissions.map((s) => s.id),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  alpha = await seedOrg(0, MARKER);
  beta = await seedOrg(1, BETA);
});
afterAll(async () => {
  await t?.close();
});

const keyOf = (r: Pick<RouteEntry, 'method' | 'path'>) => `${r.method} ${r.path}`;

/** Every way to fill a route's path with ids of `org` (and every filter a results read takes). */
function pathsFor(route: RouteEntry, org: Org, draftId: string): string[] {
  const fill = (surveyId: string) =>
    route.path
      .replace(/^\/api\/sites\/:id/, `/api/sites/${org.siteIds[0]}`)
      .replace(/^\/api\/users\/:id/, `/api/users/${org.userIds[0]}`)
      .replace(/^\/api\/share-links\/:id/, `/api/share-links/${org.linkId}`)
      .replace(/^\/api\/public\/:token/, `/api/public/${org.token}`)
      .replace(/^\/api\/surveys\/:id/, `/api/surveys/${surveyId}`)
      .replace(':version', '1')
      .replace(/:\w+/g, 'x');
  const base = [fill('service-satisfaction'), fill(draftId)];
  if (!route.path.endsWith('/results')) return base;
  const filters = [
    `siteId=${org.siteIds[0]}`,
    'country=UA',
    'from=2026-01-05&to=2026-01-09',
    'filter=gender:other',
    'filter=missing_service:other',
    'bucket=week',
  ];
  return [...base, ...filters.map((q) => `${fill('service-satisfaction')}?${q}`)];
}

describe('what a funder or a share link gives away', () => {
  it('should never give a row, a submission id, free text or a sensitive "other" text, from any route', async () => {
    const readers: Array<[string, string | undefined]> = [
      ['funder', alpha.cookies.funder],
      ['anonymous', undefined],
    ];
    let checked = 0;
    let funderResults = 0;
    for (const route of t.routes) {
      for (const [who, session] of readers) {
        for (const path of pathsFor(route, alpha, 'draft-0')) {
          // signing out or changing the password ends a session: give those routes one of their own
          const cookie =
            session && route.path.startsWith('/api/auth/') ? await t.login(t.orgs[0].emails.funder) : session;
          const res = await t.request(path, {
            method: route.method,
            ...(cookie ? { cookie } : {}),
            headers: { origin: 'http://localhost' },
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { json: {} }),
          });
          const text = await res.text();
          const where = `${keyOf(route)} ${path} as ${who} (${res.status})`;
          expect(res.status, where).toBeLessThan(500);
          expect(text, where).not.toContain(MARKER);
          for (const id of alpha.submissionIds) expect(text, where).not.toContain(id);
          if (!route.path.startsWith('/api/openapi') && !route.path.startsWith('/api/docs'))
            expect(text, where).not.toMatch(/"answers"|"collectedAt"|"receivedAt"|"collectedBy"/);
          if (who === 'funder' && route.path.endsWith('/results') && res.status === 200) funderResults += 1;
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(t.routes.length * 2);
    // the funder stayed signed in and was given results: the walk read what a funder reads
    expect(funderResults).toBeGreaterThan(6);
    expect((await t.request('/api/auth/me', { cookie: alpha.cookies.funder })).status).toBe(200);
  });

  it('should let staff read the same text only on an explicit request', async () => {
    const plain = await t.request('/api/surveys/service-satisfaction/submissions', {
      cookie: alpha.cookies.staff,
    });
    expect(await plain.text()).not.toContain(MARKER);
    const asked = await t.request('/api/surveys/service-satisfaction/submissions?includeSensitive=true', {
      cookie: alpha.cookies.staff,
    });
    expect(await asked.text()).toContain(`${MARKER} gender`);
  });
});

describe('guessing the ids of another organization', () => {
  it("should give no user of alpha anything of beta's, from any route, by beta's ids", async () => {
    let tried = 0;
    // fresh sessions: the funder's walk above signed out through the logout route
    for (const role of ROLES) alpha.cookies[role] = await t.login(t.orgs[0].emails[role]);
    for (const route of t.routes) {
      if (!route.path.includes(':') || route.access === 'public') continue;
      for (const role of ROLES) {
        for (const path of pathsFor(route, beta, 'draft-1')) {
          // the library survey id is shared by both organizations: that path reads alpha's own survey
          if (path.includes('/service-satisfaction') && !/siteId=/.test(path)) continue;
          const res = await t.request(path, {
            method: route.method,
            cookie: alpha.cookies[role],
            headers: { origin: 'http://localhost' },
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { json: { name: 'taken over' } }),
          });
          const text = await res.text();
          const where = `${keyOf(route)} ${path} as alpha's ${role}: ${res.status} ${text.slice(0, 120)}`;
          if (path.includes('?siteId=')) {
            // a foreign site in a filter matches nothing of alpha's and nothing of beta's (a funder
            // is told fewer than k, zero included, as withheld)
            if (res.status === 200)
              expect(text, where).toMatch(/"respondents":\{"n":(0,|null,"suppressed":true)/);
          } else expect([403, 404, 422], where).toContain(res.status);
          expect(text, where).not.toContain(BETA);
          for (const id of beta.submissionIds) expect(text, where).not.toContain(id);
          tried += 1;
        }
      }
    }
    expect(tried).toBeGreaterThan(40);
    // nothing of beta's changed
    const sites = await (await t.request('/api/sites', { cookie: beta.cookies.admin })).text();
    expect(sites).not.toContain('taken over');
    const links = (await (await t.request('/api/share-links', { cookie: beta.cookies.staff })).json()) as {
      links: Array<{ id: string; revokedAt: string | null }>;
    };
    expect(links.links.find((l) => l.id === beta.linkId)?.revokedAt).toBeNull();
    expect((await t.request(`/api/public/${beta.token}/results`)).status).toBe(200);
  });

  it('should answer 404, never 200, for random ids of every kind', async () => {
    for (const route of t.routes.filter((r) => r.path.includes(':id') && r.access !== 'public')) {
      const path = route.path.replace(':id', randomUUID()).replace(/:\w+/g, '1');
      const res = await t.request(path, {
        method: route.method,
        cookie: alpha.cookies.admin,
        headers: { origin: 'http://localhost' },
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { json: { name: 'x' } }),
      });
      expect([404, 422], `${keyOf(route)} ${res.status}`).toContain(res.status);
    }
  });
});
