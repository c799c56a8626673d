import { type Database, openDatabase } from '@kolo/db';
import { migrationLevel } from '../backup/database-state.ts';
import type { MigrationLevel } from '../backup/format.ts';
import { type Config, readConfig } from '../config.ts';
import { type CliIo, failure } from './io.ts';

/** The open, migrated database a command works on. */
export interface CommandDatabase {
  readonly database: Database;
  readonly config: Config;
  /** Where the data lives, for messages (never the URL: it may hold a password). */
  readonly where: string;
  /** The migration level before this command ran the migrations, and after. */
  readonly migrations: { readonly before: MigrationLevel; readonly after: MigrationLevel };
}

function configFrom(io: CliIo): Config {
  try {
    return readConfig({ ...io.env });
  } catch (error) {
    throw failure(error instanceof Error ? error.message.replace(/^kolo: /, '') : String(error), error);
  }
}

/**
 * Open the database the server would use (DATABASE_URL, else PGlite in KOLO_DATA_DIR), run the
 * migrations, hand it to `work`, and close it whatever happens.
 */
export async function withDatabase<T>(io: CliIo, work: (target: CommandDatabase) => Promise<T>): Promise<T> {
  const config = configFrom(io);
  const open =
    io.openDatabase ?? ((c: Config) => openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir }));
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  let database: Database;
  try {
    database = await open(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw failure(`cannot open the database, ${where}: ${reason}`, error);
  }
  try {
    const before = await migrationLevel(database.db);
    await database.migrate();
    const after = await migrationLevel(database.db);
    return await work({ database, config, where, migrations: { before, after } });
  } finally {
    await database.close();
  }
}
