import { randomUUID } from 'node:crypto';
import { parseSurvey } from '@kolo/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PUBLIC_BODY_LIMIT_BYTES } from './body-guard-middleware.ts';
import type { RouteEntry } from './context.ts';
import { createTestApp, TEST_PASSWORD, type TestApp, validAnswers } from './testing/test-app.ts';

const engines = (): Array<'pglite' | 'postgres'> =>
  inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const ORIGIN = { origin: 'http://localhost' };

interface Fixture {
  readonly t: TestApp;
  readonly admin: string;
  readonly siteId: string;
  readonly userId: string;
  readonly linkId: string;
}

/**
 * A body each write route accepts, so that adding one unknown field is the only fault. A write
 * route missing here fails the suite; `null` marks a route without a JSON body.
 */
const VALID: Record<string, ((f: Fixture) => Record<string, unknown>) | null> = {
  'POST /api/auth/login': (f) => ({ email: f.t.orgs[0].emails.staff, password: TEST_PASSWORD }),
  'POST /api/auth/logout': null,
  'POST /api/auth/password': () => ({
    currentPassword: 'not the password',
    newPassword: 'long enough new one',
  }),
  'POST /api/surveys': () => ({ definition: { id: `fuzz-${randomUUID().slice(0, 8)}` } }),
  'PUT /api/surveys/:id/draft': () => ({ definition: { id: 'fuzz-draft' } }),
  'POST /api/surveys/:id/publish': () => ({ note: 'a note' }),
  'POST /api/surveys/:id/export-confirmation': () => ({ format: 'csv' }),
  'POST /api/submissions': (f) => submission(f),
  'POST /api/submissions/batch': (f) => ({ submissions: [submission(f)] }),
  'POST /api/sites': () => ({ name: 'Outreach', country: 'UA', city: 'Lviv', serviceTypes: ['nsp'] }),
  'PATCH /api/sites/:id': () => ({ name: 'Renamed site' }),
  'POST /api/users': () => ({
    email: `u${randomUUID().slice(0, 8)}@alpha.test`,
    name: 'New',
    password: 'a long password',
    role: 'monitor',
  }),
  'PATCH /api/users/:id': () => ({ name: 'Renamed user' }),
  'POST /api/users/:id/password-reset': () => ({ password: 'a temporary password' }),
  'DELETE /api/surveys/:id/draft': null,
  'DELETE /api/surveys/:id/draft/lookups/:name': null,
  'POST /api/auth/new-password': (f) => ({
    email: f.t.orgs[0].emails.staff,
    temporaryPassword: 'not the password',
    newPassword: 'long enough new one',
  }),
  'POST /api/share-links': () => ({ surveyId: 'service-satisfaction', label: 'Donors' }),
  'DELETE /api/share-links/:id': null,
  'POST /api/reports': () => ({
    surveyId: 'service-satisfaction',
    language: 'en',
    period: { quarter: '2026-Q1' },
    scope: { level: 'network' },
  }),
  // standards, community validation and the embargo (routes/standards.ts, validation.ts)
  'PUT /api/surveys/:id/standards': () => ({
    standards: [{ indicatorId: 'overall_satisfaction', green: 75, amber: 50, source: 'national guideline' }],
  }),
  'POST /api/surveys/:id/validations': () => ({
    quarter: '2026-Q1',
    meetingDate: '2026-04-10',
    participants: 12,
    notes: 'met in Kyiv',
  }),
  'DELETE /api/surveys/:id/validations/:validationId': null,
  'PUT /api/organization/validation-embargo': () => ({ validationEmbargo: true }),
  // the accountability cycle (routes/accountability.ts)
  'POST /api/findings': () => ({ title: 'No syringes', category: 'stock_out', scope: { level: 'network' } }),
  'PATCH /api/findings/:id': () => ({ title: 'Renamed finding' }),
  'DELETE /api/findings/:id': null,
  'POST /api/findings/:id/notes': () => ({ body: 'a note' }),
  'POST /api/findings/:id/actions': (f) => ({
    dutyBearer: { institution: 'City health department', type: 'local_health_authority' },
    ask: 'Restore the supply',
    ownerId: f.userId,
    dueDate: '2027-03-31',
    level: 'site',
  }),
  'POST /api/actions/:id/status': () => ({ to: 'raised', on: '2026-01-15', note: 'met them' }),
  'POST /api/actions/:id/escalate': () => ({
    level: 'national',
    dutyBearer: { institution: 'Ministry of Health', type: 'national_programme' },
    dueDate: '2027-06-30',
    note: 'no answer',
  }),
  'POST /api/actions/:id/notes': () => ({ note: 'called again' }),
  'POST /api/actions/:id/owner': (f) => ({ ownerId: f.userId }),
  'POST /api/observations': (f) => ({
    id: randomUUID(),
    siteId: f.siteId,
    observedOn: '2026-03-02',
    category: 'stock_out',
    text: 'No syringes today',
  }),
  'POST /api/observations/dismiss': () => ({ observationIds: [randomUUID()], reason: 'sorted the same day' }),
};

function submission(f: Fixture) {
  return {
    id: randomUUID(),
    surveyId: 'service-satisfaction',
    version: 1,
    siteId: f.siteId,
    collectedAt: '2026-03-02T10:00:00Z',
    locale: 'en',
    answers: validAnswers(f.t.survey, 3),
  };
}

const keyOf = (route: Pick<RouteEntry, 'method' | 'path'>) => `${route.method} ${route.path}`;

/** The route's path with its parameters filled with ids of the caller's own organization. */
function pathOf(route: RouteEntry, f: Fixture): string {
  return (
    route.path
      .replace(/^\/api\/sites\/:id/, `/api/sites/${f.siteId}`)
      .replace(/^\/api\/users\/:id/, `/api/users/${f.userId}`)
      .replace(/^\/api\/share-links\/:id/, `/api/share-links/${f.linkId}`)
      .replace(/^\/api\/surveys\/:id/, '/api/surveys/fuzz-draft')
      // a well-formed id of nothing: the body is read (and refused) before the 404
      .replace(/^\/api\/(findings|actions)\/:id/, '/api/$1/00000000-0000-4000-8000-000000000000')
      .replace(/:\w+/g, 'x')
  );
}

/** Keys that have hurt JavaScript servers: prototype pollution, and fields a client must not set. */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'role',
  'orgId',
  'org_id',
  'isAdmin',
  'collectedBy',
  'toString',
  'hasOwnProperty',
  '',
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\uDFFFx',
    '\u202Eevil',
    '=cmd|" /C calc"!A0',
    "'; drop table users; --",
  ),
);
const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -(2 ** 63),
  2 ** 64,
  5e-324,
  -0,
  0.1 + 0.2,
);
const leaf = fc.oneof(
  text,
  hugeNumber,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileKey, fc.string()), tie('v'), { maxKeys: 4 }),
  ),
})).v;

/** A JSON text: arbitrary JSON, a valid body with a field replaced or added, or raw texts JSON.stringify cannot make. */
function body(valid: Record<string, unknown> | undefined): fc.Arbitrary<string> {
  const mutated = valid
    ? fc
        .tuple(fc.constantFrom(...Object.keys(valid), '__proto__', 'role', 'orgId'), value)
        .map(([key, v]) => JSON.stringify({ ...valid, [key]: v }))
    : fc.constant('{}');
  const deep = fc
    .tuple(fc.constantFrom(100, 5_000, 50_000), fc.constantFrom('array', 'object'))
    .map(([depth, kind]) =>
      kind === 'array'
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
    );
  const deepField = valid
    ? fc
        .tuple(fc.constantFrom(...Object.keys(valid)), deep)
        .map(([key, nested]) => JSON.stringify({ ...valid, [key]: '<deep>' }).replace('"<deep>"', nested))
    : deep;
  const raw = fc.constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"version":1e400}',
    '{"id":-1e400,"answers":{"visits":1e400}}',
    '{"a":1,"a":2}',
    '"\\u0000"',
    '{"\\u0000":"\\ud800"}',
  );
  return fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    value.map((v) => JSON.stringify(v) ?? 'null'),
    mutated,
    deep,
    deepField,
    raw,
  );
}

describe.each(engines())('hostile input on %s', (engine) => {
  let f: Fixture;
  let writes: RouteEntry[];

  beforeAll(async () => {
    const t = await createTestApp({ engine });
    const admin = await t.login(t.orgs[0].emails.admin);
    const users = (await (await t.request('/api/users', { cookie: admin })).json()) as {
      users: Array<{ id: string; role: string }>;
    };
    const draft = await t.request('/api/surveys', {
      method: 'POST',
      cookie: admin,
      json: { definition: { id: 'fuzz-draft', title: { en: 'Fuzz' } } },
    });
    expect(draft.status).toBe(201);
    const link = await t.request('/api/share-links', {
      method: 'POST',
      cookie: admin,
      json: { surveyId: 'service-satisfaction' },
    });
    f = {
      t,
      admin,
      siteId: t.orgs[0].siteIds[0] as string,
      userId: users.users.find((u) => u.role === 'funder')?.id ?? '',
      linkId: ((await link.json()) as { id: string }).id,
    };
    // uploads take a workbook or a CSV, not JSON (their own tests: xlsform*.test.ts, survey-lookups.test.ts)
    const upload = (r: RouteEntry) =>
      r.path.includes('/import') || (r.path.includes('/draft/lookups') && r.method !== 'DELETE');
    writes = t.routes.filter((r) => WRITE.has(r.method) && !upload(r));
  });
  afterAll(async () => {
    await f?.t.close();
  });

  /** Send a raw body to a route as a signed-in admin (a fresh session for routes that end it). */
  async function send(route: RouteEntry, text: string | undefined, type = 'application/json') {
    const cookie = route.path.startsWith('/api/auth/') ? await f.t.login(f.t.orgs[0].emails.staff) : f.admin;
    return f.t.request(pathOf(route, f), {
      method: route.method,
      cookie,
      headers: { ...ORIGIN, ...(text === undefined ? {} : { 'content-type': type }) },
      ...(text === undefined ? {} : { body: text }),
    });
  }

  it('should know a valid body for every write route', () => {
    const keys = writes.map(keyOf);
    expect(keys.filter((k) => !(k in VALID))).toEqual([]);
    expect(Object.keys(VALID).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('should answer malformed JSON with 400 on every route that takes a body', async () => {
    for (const route of writes.filter((r) => VALID[keyOf(r)])) {
      for (const text of ['{"a":', '{a:1}', "{'a':1}", '[1,]', '\u0000']) {
        const res = await send(route, text);
        expect(res.status, `${keyOf(route)} ${JSON.stringify(text)}`).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('malformed_json');
      }
    }
  });

  it('should refuse unknown fields such as role and orgId with 422 on every route that takes a body', async () => {
    for (const route of writes) {
      const make = VALID[keyOf(route)];
      if (!make) continue;
      for (const extra of [
        { role: 'admin' },
        { orgId: f.t.orgs[1].id },
        { isAdmin: true },
        { id: randomUUID() },
      ]) {
        const key = Object.keys(extra)[0] as string;
        // fields a route does take: a user's role (set by an admin), a submission's own id
        if (key in make(f) || (key === 'role' && route.path.startsWith('/api/users'))) continue;
        const res = await send(route, JSON.stringify({ ...make(f), ...extra }));
        expect(res.status, `${keyOf(route)} with ${key}`).toBe(422);
      }
    }
  });

  it('should refuse deep nesting, NUL characters and lone surrogates in any field with 422', async () => {
    const nested = (depth: number) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`;
    for (const route of writes) {
      const make = VALID[keyOf(route)];
      if (!make) continue;
      const valid = make(f);
      for (const key of Object.keys(valid)) {
        for (const [what, replacement] of [
          ['nested 5,000 deep', nested(5_000)],
          ['nested 100 deep', nested(100)],
          ['a NUL character', '"a\\u0000b"'],
          ['a lone surrogate', '"a\\ud800b"'],
        ] as const) {
          const text = JSON.stringify({ ...valid, [key]: '<here>' }).replace('"<here>"', replacement);
          const res = await send(route, text);
          // a route open to anyone reads no more than 16 KiB (signing in needs far less)
          const tooLarge = route.access === 'public' && text.length > PUBLIC_BODY_LIMIT_BYTES;
          expect(
            res.status,
            `${keyOf(route)} ${key} ${what}: ${(await res.clone().text()).slice(0, 120)}`,
          ).toBe(tooLarge ? 413 : 422);
          if (!tooLarge)
            expect(
              ((await res.json()) as { error: { errors: Record<string, unknown> } }).error.errors,
            ).toBeDefined();
        }
      }
    }
    expect(f.t.logs.join('\n')).not.toMatch(/unhandled/);
  });

  it('should answer 413 for a body over the limit on every write route', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(f.t.config.bodyLimitBytes + 1) });
    for (const route of writes) {
      const res = await send(route, big);
      expect(res.status, keyOf(route)).toBe(413);
    }
  });

  it('should never answer 5xx nor pollute prototypes, whatever the body of any write route', async () => {
    for (const route of writes) {
      const make = VALID[keyOf(route)];
      await fc.assert(
        fc.asyncProperty(body(make ? make(f) : undefined), async (text) => {
          const res = await send(route, text);
          const answer = await res.text();
          expect(res.status, `${keyOf(route)} ${text.slice(0, 200)} -> ${answer.slice(0, 200)}`).toBeLessThan(
            500,
          );
          expect(res.headers.get('content-type') ?? '', keyOf(route)).toMatch(/json/);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
        }),
        { numRuns: engine === 'pglite' ? 40 : 15 },
      );
    }
    // the server still works, and nothing in the log says it broke
    expect((await f.t.request('/api/auth/me', { cookie: f.admin })).status).toBe(200);
    expect(f.t.logs.join('\n')).not.toMatch(/unhandled/);
  });
});

describe('survey definition parsing', () => {
  const kinds = fc.constantFrom(
    'single_choice',
    'multi_choice',
    'likert',
    'rating',
    'yes_no',
    'number',
    'text',
    'date',
    'matrix',
    'note',
    'unknown',
  );
  const condition: fc.Arbitrary<unknown> = fc.letrec<{ c: unknown }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small' },
      fc.record({ question: fc.string(), op: fc.string(), value: fc.jsonValue() }, { requiredKeys: [] }),
      fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
      fc.record({ not: tie('c') }),
      fc.jsonValue(),
    ),
  })).c;
  const item = fc.record(
    {
      id: fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), fc.string()),
      kind: kinds,
      label: fc.oneof(
        fc.dictionary(fc.constantFrom('en', 'uk', 'xx', '__proto__'), fc.string()),
        fc.jsonValue(),
      ),
      options: fc.array(fc.record({ value: fc.string(), label: fc.jsonValue() }), { maxLength: 3 }),
      choices: fc.string(),
      rows: fc.array(fc.record({ id: fc.string(), label: fc.jsonValue() }), { maxLength: 2 }),
      min: fc.oneof(fc.integer(), fc.double()),
      max: fc.oneof(fc.integer(), fc.double()),
      required: fc.jsonValue(),
      sensitive: fc.jsonValue(),
      showIf: condition,
    },
    { requiredKeys: ['id', 'kind'] },
  );
  const definition = fc.oneof(
    fc.jsonValue(),
    fc.record(
      {
        id: fc.oneof(fc.constant('fuzzed'), fc.string()),
        version: fc.oneof(fc.integer(), fc.jsonValue()),
        locales: fc.oneof(fc.constant(['en']), fc.array(fc.string(), { maxLength: 3 })),
        title: fc.oneof(fc.constant({ en: 'T' }), fc.jsonValue()),
        choiceLists: fc.dictionary(
          fc.string(),
          fc.array(fc.record({ value: fc.string(), label: fc.jsonValue() })),
        ),
        sections: fc.array(
          fc.record({ id: fc.string(), title: fc.jsonValue(), items: fc.array(item, { maxLength: 4 }) }),
          { maxLength: 3 },
        ),
        indicators: fc.array(
          fc.record({
            id: fc.string(),
            kind: fc.constantFrom('share', 'count', 'scale_mean', 'other'),
            item: fc.string(),
            items: fc.array(fc.string()),
            values: fc.array(fc.string()),
            label: fc.jsonValue(),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    ),
  );

  it('should return errors as data for any definition, never throw', () => {
    fc.assert(
      fc.property(definition, (d) => {
        const result = parseSurvey(d);
        if (!result.success)
          expect(Array.isArray(result.errors) || typeof result.errors === 'object').toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('should save any definition as a draft or refuse it, never 5xx', async () => {
    const t = await createTestApp();
    try {
      const staff = await t.login(t.orgs[0].emails.staff);
      expect(
        (
          await t.request('/api/surveys', {
            method: 'POST',
            cookie: staff,
            json: { definition: { id: 'fuzzed' } },
          })
        ).status,
      ).toBe(201);
      await fc.assert(
        fc.asyncProperty(definition, async (d) => {
          for (const [method, path] of [
            ['PUT', '/api/surveys/fuzzed/draft'],
            ['POST', '/api/surveys'],
          ] as const) {
            const res = await t.request(path, { method, cookie: staff, json: { definition: d } });
            expect(res.status, `${method} ${path} ${(await res.text()).slice(0, 200)}`).toBeLessThan(500);
          }
          const publish = await t.request('/api/surveys/fuzzed/publish', {
            method: 'POST',
            cookie: staff,
            json: {},
          });
          expect(publish.status).toBeLessThan(500);
        }),
        { numRuns: 60 },
      );
      expect(t.logs.join('\n')).not.toMatch(/unhandled/);
    } finally {
      await t.close();
    }
  });
});
