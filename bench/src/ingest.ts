import { openDatabase, submissions } from '@kolo/db';
import type { BenchDatabase } from './database.ts';
import { SURVEY_ID, seededDatabase, submissionMaker } from './fixtures.ts';
import { postLoad } from './load.ts';
import type { BenchOptions, Metrics } from './metric.ts';
import { type OutboxResult, outboxLoad } from './outbox.ts';
import { getJson, startServer } from './server.ts';

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

/** The phone's timeout for one sync request: one not answered by then is abandoned and resent. */
const CLIENT_TIMEOUT_MS = 10_000;

/**
 * Batch ingest through the real API: `POST /api/submissions/batch` with 500 new submissions per
 * request from 4 outboxes for a bounded time, each resending a request that timed out or failed
 * with the same ids (as the phone does); afterwards the stored rows must equal the acknowledged ids.
 */
async function batchIngest(engine: 'pglite' | 'pg', options: BenchOptions): Promise<Metrics> {
  const target = await seededDatabase(engine, options.workDir, `ingest_${engine}`);
  const server = await startServer(target.env);
  const batch = options.smoke ? 50 : BATCH;
  let load: OutboxResult;
  try {
    const maker = await submissionMaker(server);
    load = await outboxLoad({
      url: `${server.url}/api/submissions/batch`,
      headers: { cookie: server.cookie },
      connections: 4,
      seconds: options.smoke ? 2 : 15,
      timeoutMs: CLIENT_TIMEOUT_MS,
      body: () => `{"submissions":[${Array.from({ length: batch }, () => maker.one()).join(',')}]}`,
    });
  } finally {
    await server.stop();
  }
  const stored = await storedCount(target);
  const acked = load.acknowledged.size + load.warmUpAcknowledged.size;
  if (stored !== acked || load.refused > 0 || load.clientErrors > 0)
    throw new Error(
      `ingest on ${engine}: ${acked} acknowledged but ${stored} stored (${load.refused} refused, ${load.clientErrors} requests answered 4xx, ${load.resent} resent)`,
    );
  const { p50, p99, max } = load.latencyMs;
  return {
    [`ingest.batch.${engine}.submissions_per_s`]: {
      value: load.acknowledged.size / load.seconds,
      unit: 'submissions/s',
      baseline: null,
      note: `${load.acknowledged.size} submissions in ${load.batches} requests of ${batch} per request, 4 connections, ${load.seconds.toFixed(1)} s, dated in the last day over 14 sites; stored rows = acknowledged ids; request latency p50 ${p50.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${max.toFixed(0)} ms; ${load.resent} requests resent (${load.timeouts} after the ${CLIENT_TIMEOUT_MS / 1000} s client timeout)`,
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
    const echoLoad = () => postLoad({ url: echo.url, connections: 8, seconds, body: () => maker.one() });
    // the echo before the API's burst and again after the read that folds it, and the faster run
    // counts: whatever else the machine does at one moment (the database still writing out the batch
    // part's rows, the API's deferred fold) must not slow the baseline and flatter the ratio
    const echoBefore = await echoLoad();
    const single = await postLoad({
      url: `${server.url}/api/submissions`,
      headers: { cookie: server.cookie },
      connections: 8,
      seconds,
      body: () => maker.one(),
    });
    if (single.non2xx > 0 || single.errors > 0) throw new Error(`single ingest: ${single.non2xx} non-2xx`);
    // a results read counts whatever the burst left queued first: how long the fold the load put off takes
    const settleStarted = performance.now();
    await getJson(server, `/api/surveys/${SURVEY_ID}/results`);
    const settleMs = performance.now() - settleStarted;
    const echoAfter = await echoLoad();
    const bare = echoBefore.requestsPerSecond >= echoAfter.requestsPerSecond ? echoBefore : echoAfter;
    return {
      'ingest.single.pg.requests_per_s': {
        value: single.requestsPerSecond,
        unit: 'requests/s',
        baseline: null,
        note: `POST /api/submissions, one new submission each, 8 connections, PostgreSQL; the first results read after the burst (counting what it left queued) took ${settleMs.toFixed(0)} ms`,
      },
      'ingest.single.ratio_vs_echo': {
        value: single.requestsPerSecond / bare.requestsPerSecond,
        unit: 'x',
        baseline: bare.requestsPerSecond,
        note: `single POST throughput / a bare Hono route echoing the same JSON (requests/s in baseline: the faster of ${echoBefore.requestsPerSecond.toFixed(0)} before the API's burst and ${echoAfter.requestsPerSecond.toFixed(0)} after it), same node-server child setup, both compiled and run with plain node`,
      },
    };
  } finally {
    await echo.stop();
    await server.stop();
  }
}

/**
 * The parts of the group to run: `KOLO_BENCH_INGEST=pg,single` (of `pglite`, `pg`, `single`) runs
 * only those, for comparing a change back to back on a shared machine; all three by default.
 */
function parts(): Set<string> {
  const only = process.env.KOLO_BENCH_INGEST;
  return new Set(only ? only.split(',').map((p) => p.trim()) : ['pglite', 'pg', 'single']);
}

/** The ingest benchmarks: batch on PGlite and PostgreSQL, single against the echo baseline. */
export async function ingestMetrics(options: BenchOptions): Promise<Metrics> {
  const run = parts();
  return {
    ...(run.has('pglite') ? await batchIngest('pglite', options) : {}),
    ...(run.has('pg') ? await batchIngest('pg', options) : {}),
    ...(run.has('single') ? await singleIngest(options) : {}),
  };
}
