import { openDatabase, resultRows } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, postgresBin, startPrimary, startReplica } from './postgres-cluster.ts';
import {
  login,
  payload,
  postBatch,
  type Seeded,
  type ServerProcess,
  seed,
  startServer,
} from './server-process.ts';

const bin = postgresBin();
const NAME = 'kolo_replica_test';
/** The replica's connections say who they are, so the test can find them on the replica. */
const APPLICATION = 'kolo-read-replica';

describe.skipIf(!bin)('dashboard reads from a streaming replica (DATABASE_READ_URL)', () => {
  let primary: Cluster;
  let replica: Cluster;
  let seeded: Seeded;
  let server: ServerProcess;
  let sent = 0;
  beforeAll(async () => {
    if (!bin) return;
    primary = await startPrimary(bin);
    primary.run('psql', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'kolo',
      '-d',
      'postgres',
      '-c',
      `create database ${NAME}`,
    ]);
    const store = { databaseUrl: primary.url(NAME) };
    seeded = await seed(store);
    replica = await startReplica(bin, primary);
    server = await startServer(store, {
      DATABASE_READ_URL: `${replica.url(NAME)}?application_name=${APPLICATION}`,
    });
  });
  afterAll(async () => {
    await server?.stop();
    replica?.stop();
    primary?.stop();
  });

  /** Run a query on the replica itself (as the test, not through the API). */
  async function onReplica<T>(query: ReturnType<typeof sql>): Promise<T[]> {
    const database = await openDatabase({ databaseUrl: replica.url(NAME) });
    try {
      return resultRows<T>(await database.db.execute(query));
    } finally {
      await database.close();
    }
  }
  async function send(count: number, cookie: string) {
    const batch = Array.from({ length: count }, () => {
      sent += 1;
      return payload(seeded.siteId, sent);
    });
    const results = await postBatch(server.url, cookie, batch);
    expect(results?.every((r) => r.status === 201)).toBe(true);
  }
  async function respondents(cookie: string): Promise<number | null> {
    const res = await fetch(`${server.url}/api/surveys/service-satisfaction/results`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { respondents: { n: number | null } }).respondents.n;
  }

  it('should read results from the replica, with every submission acknowledged just before', async () => {
    const monitor = await login(server.url, seeded.emails.monitor);
    const staff = await login(server.url, seeded.emails.staff);
    for (const count of [30, 12, 25]) {
      await send(count, monitor);
      // read at once: the replica is used only once it has replayed the fold of these submissions
      expect(await respondents(staff)).toBe(sent);
    }
    // the API's connections to the replica (named by application_name) ran the rollup query last
    const reads = await onReplica<{ query: string }>(
      sql`select query from pg_stat_activity where application_name = ${APPLICATION}`,
    );
    console.log(`[replica] ${reads.length} API connections on the replica`);
    expect(reads.some((r) => r.query.includes('answer_rollups'))).toBe(true);
  });

  it('should read from the primary while the replica lags, so results stay whole', async () => {
    const monitor = await login(server.url, seeded.emails.monitor);
    const staff = await login(server.url, seeded.emails.staff);
    await onReplica(sql`select pg_wal_replay_pause()`);
    try {
      await send(20, monitor);
      expect(await respondents(staff)).toBe(sent);
      const rows = await fetch(
        `${server.url}/api/surveys/service-satisfaction/submissions?page=1&pageSize=100`,
        {
          headers: { cookie: staff },
        },
      );
      expect(rows.status).toBe(200);
      const page = (await rows.json()) as { rows: unknown[] };
      expect(page.rows.length).toBe(Math.min(100, sent));
    } finally {
      await onReplica(sql`select pg_wal_replay_resume()`);
    }
    expect(await respondents(staff)).toBe(sent);
  });
});
