import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerRollups, answerRollupsMonthly, SUBMISSION_FACT, submissions } from '@kolo/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  freshPostgres,
  login,
  type Payload,
  payload,
  postBatch,
  type Store,
  seed,
  startServer,
  withDatabase,
} from './server-process.ts';

const CLIENTS = 8;
/** Words only respondents wrote: they must never reach the server's output. */
const MARKER = `kill-marker-${Date.now()}`;
const BATCH = 25;

async function stores(): Promise<Array<[string, Store, () => void]>> {
  const dir = mkdtempSync(join(tmpdir(), 'kolo-kill-'));
  const list: Array<[string, Store, () => void]> = [
    ['PGlite', { dataDir: join(dir, 'data') }, () => rmSync(dir, { recursive: true, force: true })],
  ];
  const url = inject('postgresUrl');
  if (url) list.push(['PostgreSQL', await freshPostgres(url), () => undefined]);
  return list;
}

const engines = await stores();

describe.each(engines)('kill -9 mid-burst on %s', (engine, store, cleanup) => {
  afterAll(cleanup);

  it('should keep every acknowledged submission, whole, after SIGKILL and a restart', async () => {
    const { siteId, emails } = await seed(store);
    const server = await startServer(store);
    const cookie = await login(server.url, emails.monitor);
    const acknowledged = new Map<string, Payload>();
    let sent = 0;
    let seedNo = 0;
    let killed = false;
    // clients send batches back to back until the server dies under them
    const client = async () => {
      while (!killed) {
        const batch = Array.from({ length: BATCH }, () => {
          seedNo += 1;
          const p = payload(siteId, seedNo);
          return { ...p, answers: { ...p.answers, comment: `${MARKER} ${seedNo}` } };
        });
        sent += batch.length;
        const results = await postBatch(server.url, cookie, batch);
        if (!results) return;
        for (const [i, r] of results.entries()) {
          const p = batch[i];
          if (p && r.id === p.id && (r.status === 201 || r.status === 200)) acknowledged.set(p.id, p);
        }
      }
    };
    const burst = Array.from({ length: CLIENTS }, client);
    // kill once some batches are acknowledged and others are surely in flight
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 20));
    await server.kill9();
    killed = true;
    await Promise.all(burst);
    const atKill = acknowledged.size;
    expect(atKill).toBeGreaterThan(0);
    expect(sent).toBeGreaterThan(atKill);

    // the restarted server answers for every acknowledged id, with the content sent
    const restarted = await startServer(store);
    try {
      const staff = await login(restarted.url, emails.staff);
      const res = await fetch(`${restarted.url}/api/surveys/service-satisfaction/results`, {
        headers: { cookie: staff },
      });
      expect(res.status).toBe(200);
      const resend = await postBatch(restarted.url, await login(restarted.url, emails.monitor), [
        ...acknowledged.values(),
      ]);
      // a device resending what was acknowledged is told "already stored", never "new" or "conflict"
      expect(new Set(resend?.map((r) => r.status))).toEqual(new Set([200]));
    } finally {
      await restarted.stop();
    }
    expect(server.output() + restarted.output()).not.toContain(MARKER);

    const stored = await withDatabase(store, async ({ db }) => {
      const rows = await db
        .select({ id: submissions.id, answers: submissions.answers, facts: submissions.facts })
        .from(submissions)
        .where(inArray(submissions.id, [...acknowledged.keys()]));
      const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(submissions);
      const rollup = async (table: typeof answerRollups | typeof answerRollupsMonthly) => {
        const [row] = await db
          .select({ n: sql<number>`coalesce(sum(${table.n}), 0)::int` })
          .from(table)
          .where(and(eq(table.question, SUBMISSION_FACT), eq(table.value, '*')));
        return row?.n ?? -1;
      };
      return {
        rows,
        total: total?.n ?? -1,
        daily: await rollup(answerRollups),
        monthly: await rollup(answerRollupsMonthly),
      };
    });
    console.log(
      `[kill -9 on ${engine}] sent ${sent}, acknowledged ${atKill} before SIGKILL, stored ${stored.total}, ` +
        `rollups: ${stored.daily} daily / ${stored.monthly} monthly`,
    );
    expect(stored.rows).toHaveLength(atKill);
    for (const row of stored.rows) {
      expect(row.answers).toEqual(acknowledged.get(row.id)?.answers);
      expect(Array.isArray(row.facts) && row.facts.length > 0).toBe(true);
    }
    // no half-written submission: every stored row is counted once in both rollups, and no rollup
    // counts a row that is not there
    expect(stored.total).toBeGreaterThanOrEqual(atKill);
    expect(stored.total).toBeLessThanOrEqual(sent);
    expect(stored.daily).toBe(stored.total);
    expect(stored.monthly).toBe(stored.total);
  });
});
