import type { BenchDatabase } from './database.ts';
import { exportMetrics } from './export.ts';
import { SURVEY_ID, seededDatabase } from './fixtures.ts';
import type { BenchOptions, Metrics } from './metric.ts';
import { naiveResultsMs, resultsMetrics } from './results.ts';
import { runCli, startServer } from './server.ts';

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

/**
 * The large-survey benchmarks on PostgreSQL: generate (CLI), results against the naive way, and
 * the CSV export with the server's peak memory.
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
    const naiveMs = await naiveResultsMs(target, results.survey);
    metrics['results.1m.ratio_vs_naive'] = {
      value: naiveMs / results.unfilteredMs,
      unit: 'x',
      baseline: naiveMs,
      note: `naive: every row's answers loaded into JavaScript (keyset pages of 20,000) and counted there, ${naiveMs.toFixed(0)} ms (baseline) / results p50 without filter, PostgreSQL`,
    };
  } finally {
    await server.stop();
  }
  server = await startServer(target.env);
  try {
    Object.assign(metrics, await exportMetrics(server, size, sizeNote));
  } finally {
    await server.stop();
  }
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
