import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The drizzle database, the same type over PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** An open database with what it runs on, and how to close it. */
export interface Database {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /**
   * A streaming replica of the PostgreSQL database (`DATABASE_READ_URL`) for dashboard reads that
   * may lag; absent without one. Never written to; see the API's `replica-reads.ts` for when a read
   * may use it.
   */
  readonly replica?: Db;
  /** Run the migrations (idempotent). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; when absent PGlite is used. */
  databaseUrl?: string | undefined;
  /** A PostgreSQL URL of a streaming replica of `databaseUrl`, for reads (`DATABASE_READ_URL`). */
  readUrl?: string | undefined;
  /** PGlite's data folder; `memory://` for a throwaway database. */
  dataDir?: string | undefined;
}

const MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));
/** The session-level advisory lock that lets one process at a time migrate a PostgreSQL database. */
const MIGRATION_LOCK = 7_301_020_000;

function postgresPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle connection the server ends (a PostgreSQL restart, an administrator, a dropped
  // network) is reported here; without a listener Node would end the whole process. The pool
  // replaces the connection on the next query. Only the SQLSTATE is written: never a statement.
  pool.on('error', (error: Error & { code?: unknown }) => {
    const code = typeof error.code === 'string' ? error.code : 'no code';
    process.stderr.write(`kolo: a database connection was closed by the server (${code}); reconnecting\n`);
  });
  return pool;
}

/** Run the migrations while holding {@link MIGRATION_LOCK}: API processes started together migrate one after another. */
async function migrateAlone(pool: pg.Pool, migrate: () => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/**
 * Open kolo's database: PostgreSQL when `databaseUrl` (`DATABASE_URL`) is given, else PGlite in
 * `dataDir` (`KOLO_DATA_DIR`, default `.kolo/`). Both run the same migrations.
 * @example const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL }); await database.migrate();
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl) {
    const pool = postgresPool(options.databaseUrl);
    const replicaPool = options.readUrl ? postgresPool(options.readUrl) : undefined;
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      ...(replicaPool ? { replica: drizzlePg({ client: replicaPool, schema }) as unknown as Db } : {}),
      migrate: () => migrateAlone(pool, () => migratePg(db as never, { migrationsFolder: MIGRATIONS })),
      close: async () => {
        await Promise.all([pool.end(), replicaPool?.end()]);
      },
    };
  }
  const dataDir = options.dataDir ?? '.kolo';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  // loaded only here: a server on PostgreSQL does not carry PGlite (about 40 MB resident)
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client = new PGlite(dataDir);
  await client.waitReady;
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS }),
    close: () => client.close(),
  };
}
