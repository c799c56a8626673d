import { createHash } from 'node:crypto';
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Db } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { migrationLevel, queryRows, tableColumns } from './database-state.ts';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type BackupTable,
  type BackupTrailer,
  rowLinePrefix,
} from './format.ts';

/** Rows read per query; the keyset walk keeps memory flat whatever the table's size. */
const CHUNK_ROWS = 1000;

export interface WriteBackupOptions {
  /** Replace an existing file. */
  readonly overwrite?: boolean;
  /** Called after each chunk with the rows written so far. */
  readonly onProgress?: (rows: number) => void;
  readonly now?: Date;
}

export interface WriteBackupResult {
  readonly header: BackupHeader;
  readonly trailer: BackupTrailer;
}

/**
 * Read one table in primary-key order, a chunk at a time, as JSON text made by PostgreSQL itself
 * (`to_json(row)::text`): timestamps keep their microseconds, numbers and JSON their exact text
 * (a `json` column's text is carried as written; `to_jsonb` would respace it).
 */
async function* tableRows(db: Pick<Db, 'execute'>, table: BackupTable): AsyncGenerator<string[]> {
  const keyColumns = table.key.map(([column]) => sql.identifier(column));
  const keyList = sql.join(keyColumns, sql`, `);
  const keyText = sql.join(
    table.key.map(([column], i) => sql`${sql.identifier(column)}::text as ${sql.identifier(`k${i}`)}`),
    sql`, `,
  );
  let after: string[] | undefined;
  for (;;) {
    const position = after;
    const where = position
      ? sql`where (${keyList}) > (${sql.join(
          table.key.map(([, type], i) => sql`${position[i]}::${sql.raw(type)}`),
          sql`, `,
        )})`
      : sql``;
    const rows = await queryRows<Record<string, string>>(
      db,
      sql`select to_json(t)::text as r, ${keyText} from ${sql.identifier(table.name)} t
        ${where} order by ${keyList} limit ${CHUNK_ROWS}`,
    );
    if (rows.length === 0) return;
    yield rows.map((row) => row.r as string);
    const last = rows[rows.length - 1] as Record<string, string>;
    after = table.key.map((_, i) => last[`k${i}`] as string);
    if (rows.length < CHUNK_ROWS) return;
  }
}

/**
 * Write every table of kolo's data to a gzip'd JSON Lines file: a header (format, version,
 * migration level, time, columns), one line per row in dependency order, and a trailer with the
 * row counts and the SHA-256 of all that came before. The database is read in one repeatable-read
 * snapshot; the file appears under its name only once complete.
 * @example await writeBackup(database.db, '/backups/kolo-2025-06-01.kolo');
 */
export async function writeBackup(
  db: Db,
  file: string,
  options: WriteBackupOptions = {},
): Promise<WriteBackupResult> {
  if (!options.overwrite && existsSync(file))
    throw new BackupError('exists', `${file} exists: choose another name or pass --force to replace it`);
  const partial = `${file}.partial-${process.pid}`;
  try {
    const result = await db.transaction(
      async (tx) => {
        // times are written in UTC whatever the server's zone, so equal data gives equal files
        await tx.execute(sql`set local timezone = 'UTC'`);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: (options.now ?? new Date()).toISOString(),
          migration: await migrationLevel(tx),
          tables: await tableColumns(tx),
        };
        const hash = createHash('sha256');
        const counts: Record<string, number> = {};
        let total = 0;
        let trailer: BackupTrailer | undefined;
        async function* lines(): AsyncGenerator<string> {
          const first = `${JSON.stringify(header)}\n`;
          hash.update(first);
          yield first;
          for (const table of BACKUP_TABLES) {
            const prefix = rowLinePrefix(table.name);
            counts[table.name] = 0;
            for await (const chunk of tableRows(tx, table)) {
              const text = chunk.map((row) => `${prefix}${row}}\n`).join('');
              hash.update(text);
              counts[table.name] = (counts[table.name] ?? 0) + chunk.length;
              total += chunk.length;
              yield text;
              options.onProgress?.(total);
            }
          }
          trailer = { end: BACKUP_FORMAT, rows: total, counts, sha256: hash.digest('hex') };
          yield `${JSON.stringify(trailer)}\n`;
        }
        await pipeline(Readable.from(lines()), createGzip(), createWriteStream(partial));
        if (!trailer) throw new Error('the backup ended early');
        return { header, trailer };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    await rename(partial, file);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
