import { cpus, totalmem } from 'node:os';
import type { Metrics } from './metric.ts';

/** The machine a run was measured on. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly platform: string;
  readonly date: string;
  readonly smoke: boolean;
}

export function machine(smoke: boolean): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    smoke,
  };
}

function format(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toPrecision(3);
}

/** A plain-text table of the metrics: name, value, unit, baseline, and the note. */
export function table(metrics: Metrics): string {
  const rows = Object.entries(metrics).map(([name, m]) => [
    name,
    format(m.value),
    m.unit,
    m.baseline === null ? '' : format(m.baseline),
    m.note,
  ]);
  const header = ['metric', 'value', 'unit', 'baseline', 'note'];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (i === 4 ? 0 : (r[i] ?? '').length))),
  );
  const line = (r: string[]) =>
    r
      .map((cell, i) =>
        i === 4 ? cell : i === 1 || i === 3 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}
