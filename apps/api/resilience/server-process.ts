import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { type Database, memberships, openDatabase, organizations, type Role, sites, users } from '@kolo/db';
import { freePort } from '@kolo/db/testing/free-port';
import type { SurveyDefinition } from '@kolo/schema';
import { serviceSatisfaction } from '@kolo/surveys';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/auth/password.ts';
import { seededRandom } from '../src/demo/random.ts';
import { syntheticAnswers } from '../src/demo/synthetic.ts';
import { publishVersion } from '../src/survey-store.ts';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));
export const PASSWORD = 'resilience password';
export const SURVEY = serviceSatisfaction as SurveyDefinition;

/** Where the server keeps its data: a PGlite folder, or a PostgreSQL URL. */
export type Store = { readonly dataDir: string } | { readonly databaseUrl: string };

export interface Seeded {
  readonly siteId: string;
  readonly emails: Readonly<Record<Role, string>>;
}

/** A new, empty database in the PostgreSQL cluster the suite started, for one test alone. */
export async function freshPostgres(clusterUrl: string): Promise<Store> {
  const name = `kolo_resilience_${randomUUID().replaceAll('-', '')}`;
  const admin = await openDatabase({ databaseUrl: clusterUrl });
  try {
    await admin.db.execute(sql.raw(`create database ${name}`));
  } finally {
    await admin.close();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString() };
}

function open(store: Store): Promise<Database> {
  return 'dataDir' in store
    ? openDatabase({ dataDir: store.dataDir })
    : openDatabase({ databaseUrl: store.databaseUrl });
}

/** Run `work` on the store with the server stopped (PGlite allows one process per folder). */
export async function withDatabase<T>(store: Store, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await open(store);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** An organization with one site, one user per role and the service-satisfaction survey published. */
export function seed(store: Store): Promise<Seeded> {
  return withDatabase(store, async (database) => {
    await database.migrate();
    const { db } = database;
    const slug = `r${randomUUID().slice(0, 8)}`;
    const [org] = await db
      .insert(organizations)
      .values({ slug, name: `Network ${slug}` })
      .returning();
    if (!org) throw new Error('no organization');
    const [site] = await db
      .insert(sites)
      .values({ orgId: org.id, name: 'DIC', country: 'UA', city: 'Kyiv', serviceTypes: ['nsp', 'dic'] })
      .returning({ id: sites.id });
    if (!site) throw new Error('no site');
    const hash = await hashPassword(PASSWORD);
    const emails = {} as Record<Role, string>;
    for (const role of ['admin', 'staff', 'monitor', 'funder'] as const) {
      emails[role] = `${role}@${slug}.test`;
      const [user] = await db
        .insert(users)
        .values({ email: emails[role], name: role, passwordHash: hash })
        .returning({ id: users.id });
      if (!user) throw new Error('no user');
      await db
        .insert(memberships)
        .values({ userId: user.id, orgId: org.id, role, siteIds: role === 'monitor' ? [site.id] : [] });
    }
    await publishVersion(db, org.id, SURVEY, null, null);
    return { siteId: site.id, emails };
  });
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process printed (stdout and stderr). */
  readonly output: () => string;
  /** SIGKILL: no shutdown hook runs. */
  kill9(): Promise<void>;
  /** SIGTERM: the server closes its database. */
  stop(): Promise<void>;
}

/**
 * Start the real server (`node dist/server.js`, as `pnpm start` runs it; built by the suite's global
 * setup) on a free loopback port.
 */
export async function startServer(store: Store, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/server.js'], {
    cwd: API_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      KOLO_DEMO: 'false',
      KOLO_LOG_LEVEL: 'info',
      KOLO_DASHBOARD_DIR: '/nonexistent',
      ...('dataDir' in store ? { KOLO_DATA_DIR: store.dataDir } : { DATABASE_URL: store.databaseUrl }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const check = () => {
      if (output.includes('kolo is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it started:\n${output}`));
    });
  });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    kill9: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}

/** Sign in over HTTP and return the session cookie. */
export async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

export interface Payload {
  id: string;
  surveyId: string;
  version: number;
  siteId: string;
  collectedAt: string;
  locale: string;
  answers: Record<string, unknown>;
}

/** A valid submission, different for each seed, dated within March 2026. */
export function payload(siteId: string, seed: number): Payload {
  return {
    id: randomUUID(),
    surveyId: SURVEY.id,
    version: 1,
    siteId,
    collectedAt: new Date(Date.UTC(2026, 2, 1 + (seed % 28), 10)).toISOString(),
    locale: 'uk',
    answers: syntheticAnswers(SURVEY, seededRandom(seed), { mood: 0, siteBias: 0 }),
  };
}

export interface BatchResult {
  id: string | null;
  status: number;
}

/** POST a batch; null when the connection failed (e.g. the server was killed). */
export async function postBatch(
  url: string,
  cookie: string,
  submissions: readonly Payload[],
): Promise<BatchResult[] | null> {
  try {
    const res = await fetch(`${url}/api/submissions/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ submissions }),
    });
    if (res.status !== 200) return null;
    return ((await res.json()) as { results: BatchResult[] }).results;
  } catch {
    return null;
  }
}

/** The p-th percentile (0..100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
