import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { submissions } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import {
  freshPostgres,
  login,
  type Payload,
  payload,
  percentile,
  type Store,
  seed,
  startServer,
  withDatabase,
} from './server-process.ts';

const CLIENTS = 50;
const SYNCS = 1_000;
const REPEATS = 100;
const REPORT = fileURLToPath(new URL('../test-results/load.json', import.meta.url));

async function engines(): Promise<Array<[string, Store, () => void]>> {
  const dir = mkdtempSync(join(tmpdir(), 'kolo-load-'));
  const list: Array<[string, Store, () => void]> = [
    ['PGlite', { dataDir: join(dir, 'data') }, () => rmSync(dir, { recursive: true, force: true })],
  ];
  const url = inject('postgresUrl');
  if (url) list.push(['PostgreSQL', await freshPostgres(url), () => undefined]);
  return list;
}

/** 900 new submissions and 100 resends of earlier ones, dealt round-robin to the clients' queues. */
function queues(siteId: string): { queues: Payload[][]; unique: number } {
  const fresh = Array.from({ length: SYNCS - REPEATS }, (_, i) => payload(siteId, 10_000 + i));
  const all = [...fresh, ...fresh.filter((_, i) => i % 9 === 0).slice(0, REPEATS)];
  const out: Payload[][] = Array.from({ length: CLIENTS }, () => []);
  // a repeat lands on another client than the original: another phone, or a retry after a lost answer
  for (const [i, p] of all.entries()) out[(i * 7) % CLIENTS]?.push(p);
  return { queues: out, unique: fresh.length };
}

const figures: Record<string, unknown> = {};

describe.each(await engines())('a burst of queued syncs on %s', (engine, store, cleanup) => {
  afterAll(() => {
    cleanup();
    mkdirSync(dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify(figures, null, 2)}\n`);
  });

  it(`should absorb ${SYNCS} syncs with ${REPEATS} repeats from ${CLIENTS} clients, rows = unique ids`, async () => {
    const { siteId, emails } = await seed(store);
    const server = await startServer(store, { KOLO_LOG_LEVEL: 'error' });
    try {
      const cookies: string[] = [];
      for (let i = 0; i < CLIENTS; i += 1) cookies.push(await login(server.url, emails.monitor));
      const { queues: perClient, unique } = queues(siteId);
      const latencies: number[] = [];
      const statuses = new Map<number, number>();
      const started = performance.now();
      await Promise.all(
        perClient.map(async (queue, c) => {
          for (const p of queue) {
            const t0 = performance.now();
            const res = await fetch(`${server.url}/api/submissions`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', cookie: cookies[c] ?? '' },
              body: JSON.stringify(p),
            });
            await res.arrayBuffer();
            latencies.push(performance.now() - t0);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const rows = await (async () => {
        await server.stop();
        return withDatabase(store, async ({ db }) => {
          const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(submissions);
          return r?.n ?? -1;
        });
      })();
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      figures[engine] = {
        clients: CLIENTS,
        syncs: SYNCS,
        repeats: REPEATS,
        unique,
        rows,
        statuses: Object.fromEntries(statuses),
        seconds: Number(seconds.toFixed(2)),
        perSecond: Math.round(SYNCS / seconds),
        p50Ms: Number(p50.toFixed(1)),
        p95Ms: Number(p95.toFixed(1)),
        maxMs: Number(Math.max(...latencies).toFixed(1)),
      };
      console.log(`[load on ${engine}] ${JSON.stringify(figures[engine])}`);
      expect(latencies).toHaveLength(SYNCS);
      expect(rows).toBe(unique);
      expect(statuses.get(201)).toBe(unique);
      expect(statuses.get(200)).toBe(REPEATS);
      expect([...statuses.keys()].sort()).toEqual([200, 201]);
    } finally {
      await server.stop();
    }
  });
});
