import { randomUUID } from 'node:crypto';
import { submissions } from '@kolo/db';
import { inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProxy } from './round-robin-proxy.ts';
import {
  freshPostgres,
  login,
  PASSWORD,
  type Payload,
  payload,
  postBatch,
  type Seeded,
  type ServerProcess,
  type Store,
  seed,
  startServer,
  withDatabase,
} from './server-process.ts';

/** Submissions in the storm, sent in batches by several clients at once. */
const TOTAL = 3000;
const BATCH = 25;
const CLIENTS = 6;
/** Every this many batches, a client also resends submissions that were already acknowledged. */
const RESEND_EVERY = 5;

/** Rows of the daily rollups that differ from a recomputation from the stored submissions' facts. */
async function rollupDifferences(store: Store): Promise<number> {
  return withDatabase(store, async ({ db }) => {
    const result = await db.execute(sql`
      with recomputed as (
        select s.org_id, s.survey_id, s.site_id, (s.collected_at at time zone 'UTC')::date as day,
          f->>'q' as question, f->>'v' as value, count(*)::bigint as n
        from submissions s, json_array_elements(s.facts) f
        group by 1, 2, 3, 4, 5, 6),
      stored as (
        select org_id, survey_id, site_id, day, question, value, n::bigint from answer_rollups where n <> 0)
      select (select count(*) from (select * from recomputed except all select * from stored) a)::int
        + (select count(*) from (select * from stored except all select * from recomputed) b)::int as differences`);
    const rows = (result as unknown as { rows: Array<{ differences: number }> }).rows;
    return rows[0]?.differences ?? -1;
  });
}

describe.skipIf(!inject('postgresUrl'))('three API processes on one PostgreSQL behind a proxy', () => {
  let store: Store;
  let seeded: Seeded;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    store = await freshPostgres(inject('postgresUrl'));
    seeded = await seed(store);
    // one after another: the first start migrates nothing (seed did), so they could start together
    for (let i = 0; i < 3; i += 1) servers.push(await startServer(store));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
  });

  it('should store every acknowledged submission once and count it once, with one process killed mid-burst', async () => {
    const proxy = await startProxy(servers.map((s) => s.url));
    const cookie = await login(proxy.url, seeded.emails.monitor);
    const acknowledged = new Map<string, Payload>();
    const pending = Array.from({ length: TOTAL / BATCH }, (_, b) =>
      Array.from({ length: BATCH }, (_, i) => payload(seeded.siteId, b * BATCH + i + 1)),
    );
    let batches = 0;
    let resent = 0;
    let failedBatches = 0;
    const client = async () => {
      for (let batch = pending.shift(); batch; batch = pending.shift()) {
        batches += 1;
        const again = batches % RESEND_EVERY === 0 ? [...acknowledged.values()].slice(-5) : [];
        resent += again.length;
        const results = await postBatch(proxy.url, cookie, [...batch, ...again]);
        if (!results) {
          // the phone keeps what was not acknowledged and sends it again later
          failedBatches += 1;
          pending.push(batch);
          continue;
        }
        for (const [i, r] of results.entries()) {
          const p = i < batch.length ? batch[i] : again[i - batch.length];
          if (p && r.id === p.id && (r.status === 201 || r.status === 200)) acknowledged.set(p.id, p);
          else if (p && i < batch.length && !acknowledged.has(p.id)) pending.push([p]);
        }
      }
    };
    const storm = Promise.all(Array.from({ length: CLIENTS }, client));
    while (acknowledged.size < TOTAL / 3) await new Promise((r) => setTimeout(r, 10));
    const victim = servers[1];
    await victim?.kill9();
    await storm;
    console.log(
      `[3 processes] ${acknowledged.size} acknowledged of ${TOTAL}, ${resent} resent, ` +
        `${failedBatches} batches failed (one process killed), served per process: ${proxy.served.join('/')}`,
    );
    expect(acknowledged.size).toBe(TOTAL);
    expect(failedBatches).toBeGreaterThanOrEqual(0);

    // a read through the proxy right after the storm counts everything acknowledged
    const staff = await login(proxy.url, seeded.emails.staff);
    const res = await fetch(`${proxy.url}/api/surveys/service-satisfaction/results`, {
      headers: { cookie: staff },
    });
    expect(res.status).toBe(200);
    const results = (await res.json()) as { respondents: { n: number | null } };
    expect(results.respondents.n).toBe(TOTAL);
    await proxy.close();

    const stored = await withDatabase(store, async ({ db }) => {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int`, ids: sql<number>`count(distinct ${submissions.id})::int` })
        .from(submissions);
      const rows = await db
        .select({ id: submissions.id, answers: submissions.answers })
        .from(submissions)
        .where(inArray(submissions.id, [...acknowledged.keys()]));
      return { total: row?.n ?? -1, distinct: row?.ids ?? -1, rows };
    });
    expect(stored.total).toBe(TOTAL);
    expect(stored.distinct).toBe(TOTAL);
    expect(stored.rows).toHaveLength(TOTAL);
    for (const row of stored.rows) expect(row.answers).toEqual(acknowledged.get(row.id)?.answers);
    expect(await rollupDifferences(store)).toBe(0);
  });

  it('should refuse a session ended through one process in the others at once', async () => {
    const live = servers.filter((s) => s.child.exitCode === null && s.child.signalCode === null);
    const [a, ...others] = live;
    if (!a) throw new Error('no live process');
    const cookie = await login(a.url, seeded.emails.staff);
    const me = (url: string) => fetch(`${url}/api/auth/me`, { headers: { cookie } }).then((r) => r.status);
    // every process has the session in its cache
    for (const s of others) expect(await me(s.url)).toBe(200);
    const out = await fetch(`${a.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(200);
    for (const s of others) expect(await me(s.url)).toBe(401);
  });

  it('should hold a lockout reached through two processes together', async () => {
    const live = servers.filter((s) => s.child.exitCode === null && s.child.signalCode === null);
    expect(live.length).toBeGreaterThanOrEqual(2);
    const email = seeded.emails.funder;
    const attempt = (url: string, password: string) =>
      fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }).then((r) => r.status);
    // ten wrong passwords in all, sent to the processes in turn and some at once
    const wrong = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        attempt(live[i % live.length]?.url ?? '', `wrong ${randomUUID()}`),
      ),
    );
    expect(wrong.every((s) => s === 401)).toBe(true);
    for (const s of live) expect(await attempt(s.url, PASSWORD)).toBe(429);
  });
});
