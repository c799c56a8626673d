import type { Database } from '@kolo/db';
import type { CliIo } from './io.ts';

/** A CliIo for tests: collected output, a given environment and, if given, a shared database. */
export interface TestIo {
  readonly io: CliIo;
  stdout(): string;
  stderr(): string;
}

/** Capture what a command writes; `database` is handed to the command and left open after it. */
export function testIo(
  options: { database?: Database; env?: Record<string, string | undefined>; cwd?: string } = {},
): TestIo {
  const out: string[] = [];
  const err: string[] = [];
  const { database } = options;
  return {
    io: {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      env: { KOLO_DATA_DIR: 'memory://', ...options.env },
      cwd: options.cwd ?? process.cwd(),
      ...(database ? { openDatabase: async () => ({ ...database, close: async () => {} }) } : {}),
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
