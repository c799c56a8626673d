import { resolve } from 'node:path';
import { DEFAULT_MIN_CELL } from '@kolo/db';
import { z } from 'zod';

const Flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Settings read from the environment, with the defaults a first run needs. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  DATABASE_READ_URL: z.string().optional(),
  KOLO_DATA_DIR: z.string().default('.kolo'),
  KOLO_MIN_CELL: z.coerce.number().int().min(1).max(1000).default(DEFAULT_MIN_CELL),
  KOLO_TRUST_PROXY: Flag.default(false),
  KOLO_DEMO: Flag.optional(),
  KOLO_DEMO_PASSWORD: z.string().min(8).optional(),
  KOLO_SECURE_COOKIES: Flag.optional(),
  KOLO_SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  KOLO_BODY_LIMIT_KB: z.coerce
    .number()
    .int()
    .min(16)
    .default(5 * 1024),
  KOLO_DASHBOARD_DIR: z.string().optional(),
  KOLO_LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  KOLO_XLSFORM_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(20),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string | undefined;
  /** A streaming replica of `databaseUrl` for dashboard reads (results, rows, exports, published lists). */
  readonly databaseReadUrl: string | undefined;
  /** PGlite's data folder: absolute, or a PGlite URL such as `memory://`. */
  readonly dataDir: string;
  /** k: the smallest number of respondents a published figure may rest on. */
  readonly minCell: number;
  readonly trustProxy: boolean;
  /** undefined: load demo data only into an empty database. */
  readonly demo: boolean | undefined;
  readonly demoPassword: string | undefined;
  readonly secureCookies: boolean;
  readonly sessionHours: number;
  readonly bodyLimitBytes: number;
  readonly dashboardDir: string | undefined;
  readonly logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** How long one XLSForm import may read before its worker thread is stopped. */
  readonly xlsformTimeoutMs: number;
}

/** Read the configuration; a wrong value stops the start with a message naming the variable. */
export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`kolo: invalid configuration\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  if (c.DATABASE_READ_URL && !c.DATABASE_URL)
    throw new Error(
      'kolo: invalid configuration\n  DATABASE_READ_URL: a read replica needs DATABASE_URL (its primary) too; set both, or neither to use PGlite',
    );
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    databaseReadUrl: c.DATABASE_READ_URL,
    dataDir: resolveDataDir(c.KOLO_DATA_DIR, env),
    minCell: c.KOLO_MIN_CELL,
    trustProxy: c.KOLO_TRUST_PROXY,
    demo: c.KOLO_DEMO,
    demoPassword: c.KOLO_DEMO_PASSWORD,
    secureCookies: c.KOLO_SECURE_COOKIES ?? false,
    sessionHours: c.KOLO_SESSION_HOURS,
    bodyLimitBytes: c.KOLO_BODY_LIMIT_KB * 1024,
    dashboardDir: c.KOLO_DASHBOARD_DIR,
    logLevel: c.KOLO_LOG_LEVEL,
    xlsformTimeoutMs: c.KOLO_XLSFORM_TIMEOUT_SECONDS * 1000,
  };
}

/**
 * A relative data folder is taken from where `pnpm` was run (`INIT_CWD`), so `pnpm start` and
 * `pnpm kolo` at the repository root share one `.kolo/` although pnpm runs both inside apps/api.
 */
function resolveDataDir(dataDir: string, env: Record<string, string | undefined>): string {
  if (dataDir.includes('://')) return dataDir;
  return resolve(env.INIT_CWD || process.cwd(), dataDir);
}
