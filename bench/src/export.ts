import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SURVEY_ID, seededDatabase } from './fixtures.ts';
import type { BenchOptions, Metrics } from './metric.ts';
import { API_RUN, type BenchServer, runCli, startServer } from './server.ts';

/**
 * Stream the CSV export through the real route and count its rows; the server was started fresh
 * for it, so its peak RSS (VmHWM) is the export's.
 */
export async function exportMetrics(server: BenchServer, size: number, sizeNote: string): Promise<Metrics> {
  // what the process holds before the export, so the note can tell its baseline from the export's share
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const residentMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const started = performance.now();
  const response = await fetch(`${server.url}/api/surveys/${SURVEY_ID}/export.csv`, {
    headers: { cookie: server.cookie },
  });
  if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
  let lines = 0;
  let bytes = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = lines - 1;
  if (rows !== size) throw new Error(`export: ${rows} rows, expected ${size}`);
  return {
    'export.csv.1m.rows_per_s': {
      value: rows / seconds,
      unit: 'rows/s',
      baseline: null,
      note: `${rows} rows${sizeNote}, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s through GET /api/surveys/:id/export.csv`,
    },
    'export.csv.1m.peak_rss_mb': {
      value: server.peakRssMb(),
      unit: 'MB',
      baseline: null,
      note: `peak resident memory (VmHWM) of the API process (${API_RUN}), started fresh for the export: ${residentMb.toFixed(0)} MB resident before it`,
    },
  };
}

/** The data rows of every sheet of an XLSX file (`<row` elements less one header per sheet), read with unzip. */
function xlsxDataRows(file: string): number {
  const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' });
  let rows = 0;
  for (const entry of listing.split('\n').filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e))) {
    const xml = execFileSync('unzip', ['-p', file, entry], { maxBuffer: 4 * 1024 ** 3 });
    let count = 0;
    for (let i = xml.indexOf('<row '); i !== -1; i = xml.indexOf('<row ', i + 1)) count += 1;
    rows += count - 1;
  }
  return rows;
}

/**
 * Stream the XLSX export through the real route to a file, then count its rows (untimed, with
 * unzip); the server was started fresh for it, so its peak RSS (VmHWM) is the export's.
 */
export async function xlsxExportMetrics(
  server: BenchServer,
  size: number,
  sizeNote: string,
  workDir: string,
): Promise<Metrics> {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const residentMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const file = join(workDir, 'export.xlsx');
  const started = performance.now();
  const response = await fetch(`${server.url}/api/surveys/${SURVEY_ID}/export.xlsx`, {
    headers: { cookie: server.cookie },
  });
  if (!response.ok || !response.body) throw new Error(`export: ${response.status}`);
  await pipeline(Readable.fromWeb(response.body as never), createWriteStream(file));
  const seconds = (performance.now() - started) / 1000;
  const peak = server.peakRssMb();
  const bytes = statSync(file).size;
  const rows = xlsxDataRows(file);
  if (rows !== size) throw new Error(`export: ${rows} rows, expected ${size}`);
  return {
    'export.xlsx.1m.rows_per_s': {
      value: rows / seconds,
      unit: 'rows/s',
      baseline: null,
      note: `${rows} rows${sizeNote}, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s through GET /api/surveys/:id/export.xlsx (streamed; rows counted afterwards with unzip). goal >= 20,000 rows/s: ${rows / seconds >= 20_000 ? 'met' : 'missed'}.`,
    },
    'export.xlsx.1m.peak_rss_mb': {
      value: peak,
      unit: 'MB',
      baseline: null,
      note: `peak resident memory (VmHWM) of the API process (${API_RUN}), started fresh for the XLSX export: ${residentMb.toFixed(0)} MB resident before it. goal <= 300 MB: ${peak <= 300 ? 'met' : 'missed'}.`,
    },
  };
}

/**
 * The exports named in `formats` on one PostgreSQL database of `size` generated submissions, each
 * with a server started fresh for it, so each peak RSS is that export's alone.
 */
export async function exportGroup(
  options: BenchOptions,
  size: number,
  formats: ReadonlyArray<'csv' | 'xlsx'>,
): Promise<Metrics> {
  const sizeNote = options.smoke
    ? ' (smoke size)'
    : size < 1_000_000
      ? ' (KOLO_BENCH_XLSX_SIZE: smaller than the 1M the name says)'
      : '';
  const target = await seededDatabase('pg', options.workDir, 'xlsx');
  await runCli(
    ['generate', '--survey', SURVEY_ID, '--count', String(size), '--months', '12', '--seed', '1'],
    target.env,
  );
  const metrics: Metrics = {};
  for (const format of formats) {
    const server = await startServer(target.env);
    try {
      Object.assign(
        metrics,
        format === 'csv'
          ? await exportMetrics(server, size, sizeNote)
          : await xlsxExportMetrics(server, size, sizeNote, options.workDir),
      );
    } finally {
      await server.stop();
    }
  }
  return metrics;
}

/** The XLSX export on its own PostgreSQL database of `size` generated submissions, with a fresh server. */
export function xlsxExportGroup(options: BenchOptions, size: number): Promise<Metrics> {
  return exportGroup(options, size, ['xlsx']);
}
