import { resolve } from 'node:path';
import type { Database } from '@kolo/db';
import type { Config } from '../config.ts';

/** Somewhere to write text; `isTTY` turns on progress lines that redraw in place. */
export interface CliOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** What a command may touch outside itself; tests pass their own. */
export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where relative paths start when `INIT_CWD` is not set. */
  readonly cwd: string;
  /** Open the configured database; defaults to `openDatabase` from the configuration. */
  readonly openDatabase?: (config: Config) => Promise<Database>;
}

/** The real process's streams, environment and folder. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

export type CliErrorCode = 'usage' | 'failed';

/** A failure to report in one line: `usage` exits with 2, `failed` with 1. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const usageError = (message: string) => new CliError('usage', message);
export const failure = (message: string, cause?: unknown) => new CliError('failed', message, { cause });

/**
 * A path from the command line, taken from where the user ran `pnpm` (`INIT_CWD`), not from
 * apps/api where pnpm runs the script.
 */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.env.INIT_CWD || io.cwd, path);
}

/** Write one line to standard output. */
export function say(io: CliIo, line = ''): void {
  io.stdout.write(`${line}\n`);
}

/** Write one line to standard error (progress, warnings). */
export function note(io: CliIo, line: string): void {
  io.stderr.write(`${line}\n`);
}

/** 1234567 as "1,234,567". */
export const count = (n: number) => n.toLocaleString('en-US');

/** A byte size as "1.2 MB". */
export function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
