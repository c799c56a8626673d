import { readFileSync } from 'node:fs';
import { SURVEY_ID } from './fixtures.ts';
import type { Metrics } from './metric.ts';
import type { BenchServer } from './server.ts';

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
      note: `peak resident memory (VmHWM) of the API process (tsx), started fresh for the export: ${residentMb.toFixed(0)} MB resident before it`,
    },
  };
}
