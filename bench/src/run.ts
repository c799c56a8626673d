import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopPostgres } from './database.ts';
import { exportGroup, xlsxExportGroup } from './export.ts';
import { frontendMetrics } from './frontend/index.ts';
import { ingestMetrics } from './ingest.ts';
import type { BenchOptions, Metrics } from './metric.ts';
import { machine, table } from './report.ts';
import { pgliteScaleMetrics, postgresScaleMetrics } from './scale.ts';
import { throttledMetrics } from './throttled/index.ts';
import { validateMetrics } from './validate.ts';

/** PGlite's large survey; KOLO_BENCH_PGLITE_SIZE makes it smaller when a run must be shorter. */
const PGLITE_SIZE = Number(process.env.KOLO_BENCH_PGLITE_SIZE ?? 1_000_000);

/** The XLSX export's survey on PostgreSQL; KOLO_BENCH_XLSX_SIZE makes it smaller when a run must be shorter. */
const XLSX_SIZE = Number(process.env.KOLO_BENCH_XLSX_SIZE ?? 1_000_000);

const GROUPS: Record<string, (o: BenchOptions) => Promise<Metrics>> = {
  validate: validateMetrics,
  ingest: ingestMetrics,
  'scale.pg': postgresScaleMetrics,
  'scale.pglite': (o) => pgliteScaleMetrics(o, o.smoke ? 2000 : PGLITE_SIZE),
  frontend: frontendMetrics,
  'collect.throttled': throttledMetrics,
  'export.xlsx': (o) => xlsxExportGroup(o, o.smoke ? 2000 : XLSX_SIZE),
  // both exports on one generated database, without the rest of scale.pg
  'export.csv': (o) => exportGroup(o, o.smoke ? 2000 : XLSX_SIZE, ['csv']),
  export: (o) => exportGroup(o, o.smoke ? 2000 : XLSX_SIZE, ['csv', 'xlsx']),
};

/**
 * Groups a full run skips: scale.pg measures both exports on its own 1M database, so a full run
 * generates 1M submissions on PostgreSQL once, not four times. Named, they run on their own.
 */
const NAMED_ONLY = new Set(['export.xlsx', 'export.csv', 'export']);

/**
 * `pnpm bench [--smoke] [--no-write] [group...]`: run every benchmark group (or the named ones),
 * print a table and write bench/results.json. Smoke mode runs tiny sizes and never fails on goals;
 * `--no-write` only prints (figures from a loaded machine must not replace the quiet ones).
 */
async function main() {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const write = !args.includes('--no-write');
  const only = args.filter((a) => !a.startsWith('--'));
  const workDir = mkdtempSync(join(tmpdir(), 'kolo-bench-'));
  const options: BenchOptions = { smoke, workDir };
  const metrics: Metrics = {};
  const failures: string[] = [];
  const started = performance.now();
  try {
    for (const [name, group] of Object.entries(GROUPS)) {
      if (only.length > 0 ? !only.includes(name) : NAMED_ONLY.has(name)) continue;
      const t = performance.now();
      console.error(`bench: ${name}...`);
      try {
        Object.assign(metrics, await group(options));
      } catch (error) {
        failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        console.error(`bench: ${name} failed:`, error);
      }
      console.error(`bench: ${name} done in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    }
  } finally {
    stopPostgres();
    rmSync(workDir, { recursive: true, force: true });
  }
  const file = fileURLToPath(new URL(smoke ? '../results.smoke.json' : '../results.json', import.meta.url));
  // a run of named groups updates their figures and keeps the others
  const kept: Metrics =
    only.length > 0 && existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { metrics: Metrics }).metrics
      : {};
  if (write)
    writeFileSync(
      file,
      `${JSON.stringify({ machine: machine(smoke), metrics: { ...kept, ...metrics } }, null, 2)}\n`,
    );
  console.log(table(metrics));
  console.log(
    `\n${Object.keys(metrics).length} metrics in ${((performance.now() - started) / 1000).toFixed(0)} s, ${write ? `written to ${file}` : 'not written (--no-write)'}`,
  );
  if (failures.length > 0) {
    console.error(`bench: ${failures.length} group(s) failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
