import type { Config } from './config.ts';

const LEVELS = { silent: 0, error: 1, info: 2, debug: 3 } as const;

/** A minimal logger: one line per event, never request bodies or answers. */
export interface Logger {
  error(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

export function createLogger(
  level: Config['logLevel'],
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const at = LEVELS[level];
  const line = (lvl: string, message: string) => write(`${new Date().toISOString()} ${lvl} ${message}`);
  return {
    error: (m) => at >= 1 && line('error', m),
    info: (m) => at >= 2 && line('info', m),
    debug: (m) => at >= 3 && line('debug', m),
  } as Logger;
}
