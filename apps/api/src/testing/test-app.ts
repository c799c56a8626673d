import { type Database, memberships, organizations, type Role, sites, users } from '@kolo/db';
import { openTestDatabase } from '@kolo/db/testing';
import type { SurveyDefinition } from '@kolo/schema';
import { serviceSatisfaction } from '@kolo/surveys';
import { createApp, finishWrites } from '../app.ts';
import { hashPassword } from '../auth/password.ts';
import { type Config, readConfig } from '../config.ts';
import { seededRandom } from '../demo/random.ts';
import { syntheticAnswers } from '../demo/synthetic.ts';
import { createLogger } from '../logger.ts';
import { publishVersion } from '../survey-store.ts';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestOrg {
  readonly id: string;
  readonly siteIds: readonly string[];
  /** Email of the user holding each role. */
  readonly emails: Readonly<Record<Role, string>>;
}

export interface TestApp {
  readonly app: ReturnType<typeof createApp>['app'];
  readonly routes: ReturnType<typeof createApp>['routes'];
  readonly database: Database;
  readonly config: Config;
  /** Lines the server logged. */
  readonly logs: string[];
  readonly orgs: readonly [TestOrg, TestOrg];
  readonly survey: SurveyDefinition;
  /** Sign in and return the session cookie header. */
  login(email: string, password?: string): Promise<string>;
  /**
   * Replace a password an admin set (a new account's, a reset's) with the person's own
   * ({@link TEST_PASSWORD} unless given), as at first sign-in.
   */
  choosePassword(email: string, temporaryPassword: string, newPassword?: string): Promise<void>;
  request(path: string, init?: RequestInit & { cookie?: string; json?: unknown }): Promise<Response>;
  /** Resolves once every acknowledged submission is counted in the rollups. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

async function seedOrg(
  database: Database,
  slug: string,
  hash: string,
  survey: SurveyDefinition,
): Promise<TestOrg> {
  const { db } = database;
  const [org] = await db
    .insert(organizations)
    .values({ slug, name: `Network ${slug}` })
    .returning();
  if (!org) throw new Error('no org');
  const siteRows = await db
    .insert(sites)
    .values([
      { orgId: org.id, name: `${slug} DIC`, country: 'UA', city: 'Kyiv', serviceTypes: ['nsp', 'dic'] },
      { orgId: org.id, name: `${slug} OST`, country: 'KG', city: 'Bishkek', serviceTypes: ['ost'] },
    ])
    .returning({ id: sites.id });
  const roles: Role[] = ['admin', 'staff', 'monitor', 'funder'];
  const emails = {} as Record<Role, string>;
  for (const role of roles) {
    const email = `${role}@${slug}.test`;
    emails[role] = email;
    const [user] = await db
      .insert(users)
      .values({ email, name: `${role} of ${slug}`, passwordHash: hash })
      .returning({ id: users.id });
    if (!user) throw new Error('no user');
    await db.insert(memberships).values({
      userId: user.id,
      orgId: org.id,
      role,
      siteIds: role === 'monitor' ? [siteRows[0]?.id ?? ''] : [],
    });
  }
  await publishVersion(db, org.id, survey, null, null);
  return { id: org.id, siteIds: siteRows.map((s) => s.id), emails };
}

/**
 * A kolo API over a fresh test database (PGlite by default) with two organizations, each with
 * two sites, one user per role (password {@link TEST_PASSWORD}; the monitor assigned to the first
 * site) and the service-satisfaction survey published.
 */
export async function createTestApp(
  options: { engine?: 'pglite' | 'postgres'; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase(options.engine ?? 'pglite');
  const config = readConfig({ KOLO_LOG_LEVEL: 'debug', ...options.env });
  const logs: string[] = [];
  const { app, routes, deps } = createApp({
    database,
    config,
    log: createLogger(config.logLevel, (line) => logs.push(line)),
  });
  const hash = await hashPassword(TEST_PASSWORD);
  const survey = serviceSatisfaction as SurveyDefinition;
  const orgs = [
    await seedOrg(database, 'alpha', hash, survey),
    await seedOrg(database, 'beta', hash, survey),
  ] as const;
  const request = (path: string, init: RequestInit & { cookie?: string; json?: unknown } = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set('cookie', init.cookie);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    return Promise.resolve(app.request(path, { ...init, headers, body: body ?? null }));
  };
  return {
    app,
    routes,
    database,
    config,
    logs,
    orgs,
    survey,
    request,
    async login(email, password = TEST_PASSWORD) {
      const res = await request('/api/auth/login', { method: 'POST', json: { email, password } });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${await res.text()}`);
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (!cookie) throw new Error('no session cookie');
      return cookie;
    },
    async choosePassword(email, temporaryPassword, newPassword = TEST_PASSWORD) {
      const res = await request('/api/auth/new-password', {
        method: 'POST',
        json: { email, temporaryPassword, newPassword },
      });
      if (res.status !== 200) throw new Error(`new password for ${email}: ${res.status} ${await res.text()}`);
    },
    settle: () => deps.rollups.settle(),
    async close() {
      await finishWrites(deps);
      await database.close();
    },
  };
}

/** Valid answers for a survey, different for each seed. */
export function validAnswers(survey: SurveyDefinition, seed = 1): Record<string, unknown> {
  return syntheticAnswers(survey, seededRandom(seed), { mood: 0, siteBias: 0 });
}
