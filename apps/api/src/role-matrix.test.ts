import { randomUUID } from 'node:crypto';
import type { Role } from '@kolo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from './context.ts';
import { sensitiveExportPath } from './testing/sensitive-export.ts';
import { createTestApp, type TestApp, validAnswers } from './testing/test-app.ts';

type Caller = 'anonymous' | Role;
const CALLERS: readonly Caller[] = ['anonymous', 'admin', 'staff', 'monitor', 'funder'];
const FAKE_UUID = '00000000-0000-4000-8000-000000000000';
const FAKE_TOKEN = 'x'.repeat(32);
/** Text that only respondents wrote: it must never reach a funder or another organization. */
const MARKER = `private-story-${randomUUID()}`;

interface Fixture {
  readonly t: TestApp;
  readonly siteId: string;
  readonly userId: string;
}

interface Call {
  readonly path: string;
  readonly json?: unknown;
  /** The call ends the caller's session: make it with a session of its own. */
  readonly freshSession?: boolean;
}

/**
 * How to call every route: sensible ids of the caller's organization, or bodies that fail
 * validation so the call changes nothing. A route missing here fails the suite.
 */
const CALLS: Record<string, (f: Fixture) => Call> = {
  'GET /api/health': () => ({ path: '/api/health' }),
  'POST /api/auth/login': () => ({ path: '/api/auth/login', json: {} }),
  'POST /api/auth/logout': () => ({ path: '/api/auth/logout', freshSession: true }),
  'GET /api/auth/me': () => ({ path: '/api/auth/me' }),
  'POST /api/auth/password': () => ({ path: '/api/auth/password', json: {} }),
  'GET /api/surveys': () => ({ path: '/api/surveys' }),
  'GET /api/library': () => ({ path: '/api/library' }),
  'GET /api/published-surveys': () => ({ path: '/api/published-surveys' }),
  'GET /api/surveys/:id': () => ({ path: '/api/surveys/service-satisfaction' }),
  'GET /api/surveys/:id/versions': () => ({ path: '/api/surveys/service-satisfaction/versions' }),
  'GET /api/surveys/:id/versions/:version': () => ({ path: '/api/surveys/service-satisfaction/versions/1' }),
  'GET /api/surveys/:id/draft': () => ({ path: '/api/surveys/service-satisfaction/draft' }),
  'POST /api/surveys': () => ({ path: '/api/surveys', json: {} }),
  'PUT /api/surveys/:id/draft': () => ({ path: '/api/surveys/service-satisfaction/draft', json: {} }),
  'POST /api/surveys/import/xlsform': () => ({ path: '/api/surveys/import/xlsform', json: {} }),
  'GET /api/surveys/:id/xlsform': () => ({ path: '/api/surveys/service-satisfaction/xlsform' }),
  // lookup tables (routes/survey-lookups.ts): a JSON body is refused (415), unknown tables are 404
  'POST /api/surveys/:id/draft/lookups': () => ({
    path: '/api/surveys/service-satisfaction/draft/lookups',
    json: {},
  }),
  'PUT /api/surveys/:id/draft/lookups/:name': () => ({
    path: '/api/surveys/service-satisfaction/draft/lookups/areas',
    json: {},
  }),
  'DELETE /api/surveys/:id/draft/lookups/:name': () => ({
    path: '/api/surveys/service-satisfaction/draft/lookups/no-such-table',
  }),
  'GET /api/surveys/:id/lookups/:name': () => ({
    path: '/api/surveys/service-satisfaction/lookups/no-such-table',
  }),
  'POST /api/surveys/:id/publish': () => ({
    path: '/api/surveys/service-satisfaction/publish',
    json: { unknown: true },
  }),
  'POST /api/submissions': () => ({ path: '/api/submissions', json: {} }),
  'POST /api/submissions/batch': () => ({ path: '/api/submissions/batch', json: {} }),
  'GET /api/surveys/:id/results': () => ({ path: '/api/surveys/service-satisfaction/results' }),
  'GET /api/surveys/:id/submissions': () => ({ path: '/api/surveys/service-satisfaction/submissions' }),
  // a sensitive export also needs a confirmation (routes/sensitive-export.test.ts); the guard is the same
  'GET /api/surveys/:id/export.csv': () => ({ path: '/api/surveys/service-satisfaction/export.csv' }),
  'GET /api/surveys/:id/export.xlsx': () => ({ path: '/api/surveys/service-satisfaction/export.xlsx' }),
  'POST /api/surveys/:id/export-confirmation': () => ({
    path: '/api/surveys/service-satisfaction/export-confirmation',
    json: { format: 'csv' },
  }),
  'GET /api/sites': () => ({ path: '/api/sites' }),
  'POST /api/sites': () => ({ path: '/api/sites', json: {} }),
  'PATCH /api/sites/:id': (f) => ({ path: `/api/sites/${f.siteId}`, json: { name: '' } }),
  'GET /api/users': () => ({ path: '/api/users' }),
  'POST /api/users': () => ({ path: '/api/users', json: {} }),
  'PATCH /api/users/:id': (f) => ({ path: `/api/users/${f.userId}`, json: { role: 'owner' } }),
  'GET /api/audit': () => ({ path: '/api/audit' }),
  // administration (routes/admin.ts, temporary-password.ts): bodies that fail validation, unknown drafts
  'POST /api/users/:id/password-reset': (f) => ({
    path: `/api/users/${f.userId}/password-reset`,
    json: { password: 'short' },
  }),
  'DELETE /api/surveys/:id/draft': () => ({ path: '/api/surveys/no-such-draft/draft' }),
  'POST /api/auth/new-password': () => ({ path: '/api/auth/new-password', json: {} }),
  'GET /api/share-links': () => ({ path: '/api/share-links' }),
  'POST /api/share-links': () => ({ path: '/api/share-links', json: {} }),
  'DELETE /api/share-links/:id': () => ({ path: `/api/share-links/${FAKE_UUID}` }),
  'POST /api/reports': () => ({ path: '/api/reports', json: {} }),
  'GET /api/reports': () => ({ path: '/api/reports' }),
  'GET /api/reports/:id': () => ({ path: `/api/reports/${FAKE_UUID}` }),
  'GET /api/reports/:id/report.pdf': () => ({ path: `/api/reports/${FAKE_UUID}/report.pdf` }),
  'GET /api/reports/:id/report.docx': () => ({ path: `/api/reports/${FAKE_UUID}/report.docx` }),
  'GET /api/public/:token': () => ({ path: `/api/public/${FAKE_TOKEN}` }),
  'GET /api/public/:token/results': () => ({ path: `/api/public/${FAKE_TOKEN}/results` }),
  'GET /api/surveys/:id/standards': () => ({ path: '/api/surveys/service-satisfaction/standards' }),
  'PUT /api/surveys/:id/standards': () => ({ path: '/api/surveys/service-satisfaction/standards', json: {} }),
  'GET /api/surveys/:id/scorecard': () => ({ path: '/api/surveys/service-satisfaction/scorecard' }),
  'GET /api/public/:token/scorecard': () => ({ path: `/api/public/${FAKE_TOKEN}/scorecard` }),
  'GET /api/surveys/:id/validations': () => ({ path: '/api/surveys/service-satisfaction/validations' }),
  'POST /api/surveys/:id/validations': () => ({
    path: '/api/surveys/service-satisfaction/validations',
    json: {},
  }),
  'DELETE /api/surveys/:id/validations/:validationId': () => ({
    path: `/api/surveys/service-satisfaction/validations/${FAKE_UUID}`,
  }),
  'GET /api/organization/validation-embargo': () => ({ path: '/api/organization/validation-embargo' }),
  'PUT /api/organization/validation-embargo': () => ({
    path: '/api/organization/validation-embargo',
    json: {},
  }),
  // the accountability cycle (routes/accountability.ts): bodies that fail validation, unknown ids
  'GET /api/findings': () => ({ path: '/api/findings' }),
  'POST /api/findings': () => ({ path: '/api/findings', json: {} }),
  'GET /api/findings/:id': () => ({ path: `/api/findings/${FAKE_UUID}` }),
  'PATCH /api/findings/:id': () => ({ path: `/api/findings/${FAKE_UUID}`, json: { title: 'x' } }),
  'DELETE /api/findings/:id': () => ({ path: `/api/findings/${FAKE_UUID}` }),
  'POST /api/findings/:id/notes': () => ({ path: `/api/findings/${FAKE_UUID}/notes`, json: {} }),
  'POST /api/findings/:id/actions': () => ({ path: `/api/findings/${FAKE_UUID}/actions`, json: {} }),
  'GET /api/actions/mine': () => ({ path: '/api/actions/mine' }),
  'GET /api/actions/overdue': () => ({ path: '/api/actions/overdue' }),
  'GET /api/actions/export.csv': () => ({ path: '/api/actions/export.csv' }),
  'GET /api/actions/export.xlsx': () => ({ path: '/api/actions/export.xlsx' }),
  'GET /api/actions': () => ({ path: '/api/actions' }),
  'GET /api/actions/:id': () => ({ path: `/api/actions/${FAKE_UUID}` }),
  'POST /api/actions/:id/status': () => ({ path: `/api/actions/${FAKE_UUID}/status`, json: {} }),
  'POST /api/actions/:id/escalate': () => ({ path: `/api/actions/${FAKE_UUID}/escalate`, json: {} }),
  'POST /api/actions/:id/notes': () => ({ path: `/api/actions/${FAKE_UUID}/notes`, json: {} }),
  'POST /api/actions/:id/owner': () => ({ path: `/api/actions/${FAKE_UUID}/owner`, json: {} }),
  'POST /api/observations': () => ({ path: '/api/observations', json: {} }),
  'GET /api/observations': () => ({ path: '/api/observations' }),
  'POST /api/observations/dismiss': () => ({ path: '/api/observations/dismiss', json: {} }),
  'GET /api/accountability/summary': () => ({ path: '/api/accountability/summary' }),
  'GET /api/accountability/owners': () => ({ path: '/api/accountability/owners' }),
  'GET /api/public/:token/accountability': () => ({ path: `/api/public/${FAKE_TOKEN}/accountability` }),
  'GET /api/openapi.json': () => ({ path: '/api/openapi.json' }),
  'GET /api/docs': () => ({ path: '/api/docs' }),
};

const keyOf = (route: Pick<RouteEntry, 'method' | 'path'>) => `${route.method} ${route.path}`;

function allowed(route: RouteEntry, caller: Caller): boolean {
  if (route.access === 'public') return true;
  if (caller === 'anonymous') return false;
  return route.access === 'signed_in' || route.access.includes(caller);
}

let t: TestApp;
const cookies = {} as Record<Role, string>;
let fixture: Fixture;
let submissionIds: string[] = [];

async function call(route: RouteEntry, caller: Caller): Promise<Response> {
  const make = CALLS[keyOf(route)];
  if (!make) throw new Error(`no call for ${keyOf(route)}`);
  const { path, json, freshSession } = make(fixture);
  let cookie: string | undefined;
  if (caller !== 'anonymous')
    cookie = freshSession ? await t.login(t.orgs[0].emails[caller]) : cookies[caller];
  // the dashboard's own origin, as a browser sends it (bodyless posts are checked against CSRF)
  const headers = { origin: 'http://localhost' };
  return t.request(path, { method: route.method, headers, ...(cookie ? { cookie } : {}), json });
}

beforeAll(async () => {
  t = await createTestApp();
  const [alpha] = t.orgs;
  for (const role of ['admin', 'staff', 'monitor', 'funder'] as const)
    cookies[role] = await t.login(alpha.emails[role]);
  const users = (await (await t.request('/api/users', { cookie: cookies.admin })).json()) as {
    users: Array<{ id: string; role: Role }>;
  };
  fixture = {
    t,
    siteId: alpha.siteIds[0] ?? '',
    userId: users.users.find((u) => u.role === 'funder')?.id ?? '',
  };
  // enough submissions for results to show, each with free text and sensitive answers
  const submissions = Array.from({ length: 7 }, (_, i) => ({
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: alpha.siteIds[0],
    collectedAt: new Date(Date.UTC(2026, 0, 10 + i)).toISOString(),
    locale: 'en',
    answers: { ...validAnswers(t.survey, i + 1), comment: `${MARKER} ${i}` },
  }));
  submissionIds = submissions.map((s) => s.id);
  const res = await t.request('/api/submissions/batch', {
    method: 'POST',
    cookie: cookies.monitor,
    json: { submissions },
  });
  const { results } = (await res.json()) as { results: Array<{ status: number }> };
  expect(results.map((r) => r.status)).toEqual(submissions.map(() => 201));
});
afterAll(async () => {
  await t?.close();
});

describe('the route table', () => {
  it('should have a call for every route and no call for a route that is gone', () => {
    const table = t.routes.map(keyOf);
    expect(table.filter((key) => !(key in CALLS))).toEqual([]);
    expect(Object.keys(CALLS).filter((key) => !table.includes(key))).toEqual([]);
  });

  it('should list every route the app serves', () => {
    const table = new Set(t.routes.map(keyOf));
    const served = t.app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(0);
    expect([...new Set(served)].filter((key) => !table.has(key))).toEqual([]);
  });
});

describe('role x route matrix', () => {
  const rows = () => t.routes.flatMap((route) => CALLERS.map((caller) => ({ route, caller })));

  it('should refuse a caller without access with 401 or 403 and a JSON error', async () => {
    const refusedCases = rows().filter(({ route, caller }) => !allowed(route, caller));
    expect(refusedCases.length).toBeGreaterThan(0);
    for (const { route, caller } of refusedCases) {
      const res = await call(route, caller);
      const where = `${keyOf(route)} as ${caller}`;
      expect(res.status, where).toBe(caller === 'anonymous' ? 401 : 403);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, where).toBe(caller === 'anonymous' ? 'unauthenticated' : 'forbidden');
      expect(typeof body.error.message, where).toBe('string');
    }
  });

  it('should let a caller with access past the guard, and never answer 5xx', async () => {
    for (const { route, caller } of rows().filter(({ route, caller }) => allowed(route, caller))) {
      const res = await call(route, caller);
      const where = `${keyOf(route)} as ${caller}: ${res.status}`;
      const text = await res.text();
      expect(res.status, `${where} ${text.slice(0, 200)}`).toBeLessThan(500);
      // the answer is what the OpenAPI document says it is (clients are generated from it)
      const documented = route.responses?.[String(res.status)];
      if (documented && res.headers.get('content-type')?.includes('application/json')) {
        const parsed = documented.safeParse(JSON.parse(text));
        expect(
          parsed.error?.issues.slice(0, 3) ?? [],
          `${where}: the answer differs from its schema`,
        ).toEqual([]);
      }
      if (res.status === 401 || res.status === 403) {
        // a handler may refuse for its own reasons, never with the guard's
        expect(text, where).not.toMatch(/sign in first|this needs the role/);
        throw new Error(`${where} refused a caller with access: ${text}`);
      }
    }
  });
});

describe('what a funder receives', () => {
  it('should never include a row, a submission id or free text, from any route', async () => {
    for (const route of t.routes) {
      const res = await call(route, 'funder');
      const text = await res.text();
      const where = `${keyOf(route)} (${res.status})`;
      expect(text, where).not.toContain(MARKER);
      for (const id of submissionIds) expect(text, where).not.toContain(id);
      // fields only a submission row has (the API reference describes them, and is no data)
      const reference = route.path === '/api/openapi.json' || route.path === '/api/docs';
      if (!reference) expect(text, where).not.toMatch(/"collectedAt"|"receivedAt"|submission_id/);
    }
  });

  it('should see aggregates with every small cell withheld', async () => {
    const res = await t.request('/api/surveys/service-satisfaction/results', { cookie: cookies.funder });
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const match of text.matchAll(/"n":(\d+)/g)) {
      const n = Number(match[1]);
      expect(n === 0 || n >= 5, `n = ${n}`).toBe(true);
    }
  });
});

describe('organizations are separate', () => {
  let beta: { admin: string; staff: string; siteIds: readonly string[]; userIds: string[]; linkId: string };

  beforeAll(async () => {
    const [, b] = t.orgs;
    const admin = await t.login(b.emails.admin);
    const staff = await t.login(b.emails.staff);
    const users = (await (await t.request('/api/users', { cookie: admin })).json()) as {
      users: Array<{ id: string }>;
    };
    const submissions = Array.from({ length: 6 }, (_, i) => ({
      id: randomUUID(),
      surveyId: 'service-satisfaction',
      version: 1,
      siteId: b.siteIds[0],
      collectedAt: new Date(Date.UTC(2026, 1, 1 + i)).toISOString(),
      locale: 'en',
      answers: { ...validAnswers(t.survey, 50 + i), comment: `beta ${MARKER}` },
    }));
    await t.request('/api/submissions/batch', { method: 'POST', cookie: staff, json: { submissions } });
    const draft = await t.request('/api/surveys', {
      method: 'POST',
      cookie: staff,
      json: { definition: { id: 'beta-only', title: { en: 'Beta only' } } },
    });
    expect(draft.status).toBe(201);
    const link = await t.request('/api/share-links', {
      method: 'POST',
      cookie: staff,
      json: { surveyId: 'service-satisfaction' },
    });
    const { id: linkId } = (await link.json()) as { id: string };
    beta = { admin, staff, siteIds: b.siteIds, userIds: users.users.map((u) => u.id), linkId };
  });

  it("should not show beta's sites, users, share links or audit entries in alpha's lists", async () => {
    const lists = ['/api/sites', '/api/users', '/api/share-links', '/api/audit?limit=1000', '/api/surveys'];
    for (const path of lists) {
      const text = await (await t.request(path, { cookie: cookies.admin })).text();
      for (const id of [...beta.siteIds, ...beta.userIds, beta.linkId, t.orgs[1].id])
        expect(text, path).not.toContain(id);
      expect(text, path).not.toContain('@beta.test');
      expect(text, path).not.toContain('beta-only');
    }
  });

  it("should answer 404 for beta's sites, users, drafts and share links by id", async () => {
    const attempts: Array<[string, string, unknown?]> = [
      ['PATCH', `/api/sites/${beta.siteIds[0]}`, { name: 'taken over' }],
      ['PATCH', `/api/users/${beta.userIds[0]}`, { name: 'taken over' }],
      ['DELETE', `/api/share-links/${beta.linkId}`],
      ['GET', '/api/surveys/beta-only/draft'],
      ['PUT', '/api/surveys/beta-only/draft', { definition: { id: 'beta-only' } }],
      ['POST', '/api/surveys/beta-only/publish'],
      ['GET', '/api/surveys/beta-only'],
      ['GET', '/api/surveys/beta-only/versions'],
      ['GET', '/api/surveys/beta-only/results'],
      ['GET', '/api/surveys/beta-only/submissions'],
      ['GET', '/api/surveys/beta-only/export.csv'],
    ];
    for (const [method, path, json] of attempts) {
      const res = await t.request(path, {
        method,
        cookie: cookies.admin,
        json,
        headers: { origin: 'http://localhost' },
      });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    // beta's data is untouched
    const sites = await (await t.request('/api/sites', { cookie: beta.admin })).text();
    expect(sites).not.toContain('taken over');
    const links = (await (await t.request('/api/share-links', { cookie: beta.staff })).json()) as {
      links: Array<{ id: string; revokedAt: string | null }>;
    };
    expect(links.links.find((l) => l.id === beta.linkId)?.revokedAt).toBeNull();
  });

  it("should never give alpha beta's rows or count them in alpha's results", async () => {
    for (const path of [
      '/api/surveys/service-satisfaction/submissions?pageSize=500&includeSensitive=true',
      `/api/surveys/service-satisfaction/submissions?siteId=${beta.siteIds[0]}&includeSensitive=true`,
      await sensitiveExportPath(t, cookies.staff, 'service-satisfaction', 'csv'),
      await sensitiveExportPath(
        t,
        cookies.staff,
        'service-satisfaction',
        'csv',
        `&siteId=${beta.siteIds[0]}`,
      ),
    ]) {
      const text = await (await t.request(path, { cookie: cookies.staff })).text();
      expect(text, path).not.toContain(`beta ${MARKER}`);
      expect(text, path).not.toContain(beta.siteIds[0]);
    }
    const results = (await (
      await t.request('/api/surveys/service-satisfaction/results', { cookie: cookies.staff })
    ).json()) as { respondents: { n: number } };
    expect(results.respondents.n).toBe(7);
    const filtered = (await (
      await t.request(`/api/surveys/service-satisfaction/results?siteId=${beta.siteIds[0]}`, {
        cookie: cookies.staff,
      })
    ).json()) as { respondents: { n: number } };
    expect(filtered.respondents.n).toBe(0);
  });

  it("should refuse alpha's submissions to beta's site", async () => {
    const res = await t.request('/api/submissions', {
      method: 'POST',
      cookie: cookies.staff,
      json: {
        id: randomUUID(),
        surveyId: 'service-satisfaction',
        version: 1,
        siteId: beta.siteIds[0],
        collectedAt: new Date().toISOString(),
        locale: 'en',
        answers: validAnswers(t.survey, 3),
      },
    });
    expect(res.status).toBe(422);
    expect(
      ((await res.json()) as { error: { errors: Record<string, unknown> } }).error.errors,
    ).toHaveProperty('siteId');
  });
});
