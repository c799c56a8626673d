import { type Db, syncDisaggregations } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { migrationLevel, nonEmptyTables, tableColumns } from './database-state.ts';
import { BACKUP_TABLES, BackupError, type BackupHeader, type BackupTrailer } from './format.ts';
import { readBackup, verifyBackup } from './read-backup.ts';

/** Rows, and bytes of JSON, sent per INSERT. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

export interface RestoreBackupOptions {
  /** Called after each batch with the rows restored so far. */
  readonly onProgress?: (rows: number) => void;
  /** Called once the file has been verified, before anything is written. */
  readonly onVerified?: (verified: { header: BackupHeader; trailer: BackupTrailer }) => void;
}

export interface RestoreBackupResult {
  readonly header: BackupHeader;
  readonly trailer: BackupTrailer;
}

async function assertEmpty(db: Pick<Db, 'execute'>): Promise<void> {
  const filled = await nonEmptyTables(db);
  if (filled.length > 0)
    throw new BackupError(
      'not_empty',
      `the database is not empty (${filled.join(', ')} hold rows): restore only into an empty database`,
    );
}

async function assertSameSchema(db: Pick<Db, 'execute'>, header: BackupHeader): Promise<void> {
  const level = await migrationLevel(db);
  if (header.migration.count !== level.count || header.migration.latest !== level.latest) {
    const theirs = `${header.migration.count} (${header.migration.tag ?? header.migration.latest})`;
    const ours = `${level.count} (${level.tag ?? level.latest})`;
    throw new BackupError(
      'schema_mismatch',
      `the backup was made at migration ${theirs}, this database is at ${ours}: restore it with the kolo version that made it`,
    );
  }
  const columns = await tableColumns(db);
  for (const table of BACKUP_TABLES) {
    const expected = columns[table.name]?.join(',');
    if (header.tables[table.name]?.join(',') !== expected)
      throw new BackupError(
        'schema_mismatch',
        `the backup's columns of ${table.name} differ from this database's`,
      );
  }
}

/**
 * Restore a backup into an empty database. The whole file is verified first (format, version,
 * schema level, row counts, SHA-256) without writing; then every row is inserted in one
 * transaction, ids, timestamps and JSON exactly as they were, and the audit log's id sequence is
 * moved past the restored entries. Any failure leaves the database empty. Disaggregated
 * counts the backup lacks (a declaration newer than its counts) are then built from the submissions.
 * @example await restoreBackup(database.db, '/backups/kolo-2025-06-01.kolo');
 */
export async function restoreBackup(
  db: Db,
  file: string,
  options: RestoreBackupOptions = {},
): Promise<RestoreBackupResult> {
  await assertEmpty(db);
  const verified = await verifyBackup(file);
  await assertSameSchema(db, verified.header);
  options.onVerified?.(verified);
  await db.transaction(async (tx) => {
    await assertEmpty(tx);
    let table = '';
    let batch: string[] = [];
    let bytes = 0;
    let restored = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      const name = sql.identifier(table);
      await tx.execute(
        sql`insert into ${name} select * from json_populate_recordset(null::${name}, ${`[${batch.join(',')}]`}::json)`,
      );
      restored += batch.length;
      batch = [];
      bytes = 0;
      options.onProgress?.(restored);
    };
    // the file is read again and checked again: what was verified is what is written
    for await (const entry of readBackup(file)) {
      if (entry.kind !== 'row') continue;
      if (entry.row.table !== table) {
        await flush();
        table = entry.row.table;
      }
      batch.push(entry.row.json);
      bytes += entry.row.json.length;
      if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await flush();
    }
    await flush();
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_log', 'id'), coalesce(max(id), 1), max(id) is not null) from audit_log`,
    );
  });
  // a survey's disaggregation declared after the backup was made (none normally): counted now
  await syncDisaggregations(db);
  return verified;
}
