import { openDatabase, submissions } from '@kolo/db';
import type { BenchDatabase } from './database.ts';
import { seededDatabase, submissionMaker } from './fixtures.ts';
import { postLoad } from './load.ts';
import type { BenchOptions, Metrics } from './metric.ts';
import { startServer } from './server.ts';

const BATCH = 500;

async function storedCount(target: BenchDatabase): Promise<number> {
  const database = await openDatabase({
    databaseUrl: target.env.DATABASE_URL,
    dataDir: target.env.KOLO_DATA_DIR,
  });
  try {
    return await database.db.$count(submissions);
  } finally {
    await database.close();
  }
}

/**
 * Batch ingest through the real API: `POST /api/submissions/batch` with 500 new submissions per
 * request from autocannon, for a bounded time; afterwards the stored rows must equal the acknowledged ids.
 */
async function batchIngest(engine: 'pglite' | 'pg', options: BenchOptions): Promise<Metrics> {
  const target = await seededDatabase(engine, options.workDir, `ingest_${engine}`);
  const server = await startServer(target.env);
  let acked = 0;
  let timed = 0;
  let rejected = 0;
  let load: Awaited<ReturnType<typeof postLoad>>;
  try {
    const maker = await submissionMaker(server);
    const batch = options.smoke ? 50 : BATCH;
    load = await postLoad({
      url: `${server.url}/api/submissions/batch`,
      headers: { cookie: server.cookie },
      connections: 4,
      seconds: options.smoke ? 2 : 15,
      body: () => `{"submissions":[${Array.from({ length: batch }, () => maker.one()).join(',')}]}`,
      onResponse: (status, body, warmUp) => {
        if (status !== 200) return;
        for (const r of (JSON.parse(body) as { results: Array<{ status: number }> }).results) {
          if (r.status !== 201) rejected += 1;
          else if (warmUp) acked += 1;
          else {
            acked += 1;
            timed += 1;
          }
        }
      },
    });
  } finally {
    await server.stop();
  }
  const stored = await storedCount(target);
  if (stored !== acked || rejected > 0 || load.errors > 0 || load.non2xx > 0)
    throw new Error(
      `ingest on ${engine}: ${acked} acknowledged but ${stored} stored (${rejected} refused, ${load.non2xx} non-2xx, ${load.errors} errors)`,
    );
  return {
    [`ingest.batch.${engine}.submissions_per_s`]: {
      value: timed / load.seconds,
      unit: 'submissions/s',
      baseline: null,
      note: `${timed} submissions in ${load.requests} requests of ${options.smoke ? 50 : BATCH} per request, 4 connections, ${load.seconds} s, dated in the last day over 14 sites; stored rows = acknowledged ids`,
    },
  };
}

/** Single submissions against a bare Hono echo of the same body, both in a child process on node-server. */
async function singleIngest(options: BenchOptions): Promise<Metrics> {
  const target = await seededDatabase('pg', options.workDir, 'ingest_single');
  const server = await startServer(target.env);
  const { startEcho } = await import('./echo.ts');
  const echo = await startEcho();
  try {
    const maker = await submissionMaker(server);
    const seconds = options.smoke ? 2 : 10;
    const single = await postLoad({
      url: `${server.url}/api/submissions`,
      headers: { cookie: server.cookie },
      connections: 8,
      seconds,
      body: () => maker.one(),
    });
    const bare = await postLoad({ url: echo.url, connections: 8, seconds, body: () => maker.one() });
    if (single.non2xx > 0 || single.errors > 0) throw new Error(`single ingest: ${single.non2xx} non-2xx`);
    return {
      'ingest.single.pg.requests_per_s': {
        value: single.requestsPerSecond,
        unit: 'requests/s',
        baseline: null,
        note: 'POST /api/submissions, one new submission each, 8 connections, PostgreSQL',
      },
      'ingest.single.ratio_vs_echo': {
        value: single.requestsPerSecond / bare.requestsPerSecond,
        unit: 'x',
        baseline: bare.requestsPerSecond,
        note: 'single POST throughput / a bare Hono route echoing the same JSON (requests/s in baseline), same node-server child setup',
      },
    };
  } finally {
    await echo.stop();
    await server.stop();
  }
}

/** The ingest benchmarks: batch on PGlite and PostgreSQL, single against the echo baseline. */
export async function ingestMetrics(options: BenchOptions): Promise<Metrics> {
  return {
    ...(await batchIngest('pglite', options)),
    ...(await batchIngest('pg', options)),
    ...(await singleIngest(options)),
  };
}
