import { type BenchDatabase, growSubmissions } from './database.ts';
import { exportMetrics, xlsxExportMetrics } from './export.ts';
import { SURVEY_ID, seededDatabase } from './fixtures.ts';
import type { BenchOptions, Metrics } from './metric.ts';
import { naiveResultsMs, resultsMetrics } from './results.ts';
import { type BenchServer, runCli, startServer } from './server.ts';

/** Store `size` submissions with the CLI's `generate` and report its rate. */
async function generate(target: BenchDatabase, engine: string, size: number): Promise<Metrics> {
  const started = performance.now();
  await runCli(
    ['generate', '--survey', SURVEY_ID, '--count', String(size), '--months', '12', '--seed', '1'],
    target.env,
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    [`generate.${engine}.submissions_per_s`]: {
      value: size / seconds,
      unit: 'submissions/s',
      baseline: null,
      note: `pnpm kolo generate --count ${size} (valid synthetic submissions, rollups included), whole command`,
    },
  };
}

/** The national-scale survey: KOLO_BENCH_4M_SIZE makes it smaller when a run must be shorter. */
const SIZE_4M = Number(process.env.KOLO_BENCH_4M_SIZE ?? 4_000_000);

/**
 * Results at national scale: the 1M survey grown in SQL to 4M submissions over four years (each
 * copy dated a year earlier, rollups shifted with it), then the three results requests.
 */
async function nationalScaleMetrics(target: BenchDatabase, size: number, smoke: boolean): Promise<Metrics> {
  const url = target.env.DATABASE_URL ?? '';
  const wanted = smoke ? size * 4 : SIZE_4M;
  const started = performance.now();
  const stored = growSubmissions(url, SURVEY_ID, Math.max(0, Math.round(wanted / size) - 1));
  const seconds = (performance.now() - started) / 1000;
  const note = `${smoke ? ' (smoke size)' : stored < 4_000_000 ? ' (KOLO_BENCH_4M_SIZE: smaller than 4M)' : ''}, grown in SQL from the 1M in ${seconds.toFixed(0)} s`;
  const server = await startServer(target.env);
  try {
    return (await resultsMetrics(server, 'pg', stored, smoke, note, '4m')).metrics;
  } finally {
    await server.stop();
  }
}

/**
 * The large-survey benchmarks on PostgreSQL: generate (CLI), results against the naive way, the
 * CSV and XLSX exports with the server's peak memory, and results at 4M submissions.
 */
export async function postgresScaleMetrics(options: BenchOptions): Promise<Metrics> {
  const size = options.smoke ? 2000 : 1_000_000;
  const sizeNote = options.smoke ? ' (smoke size)' : '';
  const target = await seededDatabase('pg', options.workDir, 'scale');
  const metrics: Metrics = { ...(await generate(target, 'pg', size)) };
  let server = await startServer(target.env);
  try {
    const results = await resultsMetrics(server, 'pg', size, options.smoke, sizeNote);
    Object.assign(metrics, results.metrics);
    const naive = await naiveResultsMs(target, results.survey, size);
    const scaled =
      naive.timed < size
        ? `, timed on the first ${naive.timed} rows by id and scaled to ${size} (KOLO_BENCH_NAIVE_SAMPLE: an estimate)`
        : '';
    metrics['results.1m.ratio_vs_naive'] = {
      value: naive.ms / results.unfilteredMs,
      unit: 'x',
      baseline: naive.ms,
      note: `naive: every row's answers loaded into JavaScript (keyset pages of 20,000) and counted there, ${naive.ms.toFixed(0)} ms (baseline${scaled}) / results p50 without filter, PostgreSQL`,
    };
  } finally {
    await server.stop();
  }
  // each export with a server started fresh for it, so each peak RSS is that export's alone
  for (const measure of [
    (s: BenchServer) => exportMetrics(s, size, sizeNote),
    (s: BenchServer) => xlsxExportMetrics(s, size, sizeNote, options.workDir),
  ]) {
    server = await startServer(target.env);
    try {
      Object.assign(metrics, await measure(server));
    } finally {
      await server.stop();
    }
  }
  Object.assign(metrics, await nationalScaleMetrics(target, size, options.smoke));
  return metrics;
}

/** Results on PGlite, at a size that fits the run's time budget (see the note). */
export async function pgliteScaleMetrics(options: BenchOptions, size: number): Promise<Metrics> {
  const sizeNote = options.smoke
    ? ' (smoke size)'
    : size < 1_000_000
      ? ' (PGlite: smaller, to fit the 30 min budget)'
      : '';
  const target = await seededDatabase('pglite', options.workDir, 'scale');
  const metrics: Metrics = { ...(await generate(target, 'pglite', size)) };
  const server = await startServer(target.env);
  try {
    Object.assign(metrics, (await resultsMetrics(server, 'pglite', size, options.smoke, sizeNote)).metrics);
  } finally {
    await server.stop();
  }
  return metrics;
}
