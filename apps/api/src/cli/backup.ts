import { stat } from 'node:fs/promises';
import { BACKUP_TABLES, BackupError, writeBackup } from '../backup/index.ts';
import { type Command, parseCommandArgs } from './args.ts';
import { withDatabase } from './database.ts';
import { count, failure, resolvePath, say, size } from './io.ts';
import { progress } from './progress.ts';

/** `pnpm kolo backup <file>`: every table to one portable, checksummed file. */
export const backupCommand: Command = {
  name: 'backup',
  summary: 'Write every table to a portable, checksummed backup file',
  usage: `Usage: pnpm kolo backup <file> [--force]

Write the database to <file>: gzip'd JSON Lines with a header (format, version, migration
level, time), one line per row of every table in dependency order, and a trailer with the row
counts and a SHA-256 of the content. Tables: ${BACKUP_TABLES.slice(0, 5)
    .map((t) => t.name)
    .join(', ')},
${BACKUP_TABLES.slice(5)
  .map((t) => t.name)
  .join(', ')} (sessions are left out: everyone signs in again after a restore).
The database is read in one consistent snapshot, a chunk at a time, so memory stays flat.
With PGlite, stop the server first: one process at a time may open its data folder.

Options:
  --force   replace <file> if it exists`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      'backup',
      argv,
      { force: { type: 'boolean' } },
      { min: 1, max: 1 },
    );
    const file = resolvePath(io, positionals[0] as string);
    await withDatabase(io, async ({ database, where }) => {
      say(io, `database: ${where}`);
      const bar = progress(io, 'backup: rows');
      const started = performance.now();
      try {
        const { trailer } = await writeBackup(database.db, file, {
          overwrite: values.force === true,
          onProgress: (rows) => bar.update(rows),
        });
        bar.end();
        const seconds = (performance.now() - started) / 1000;
        const tables = BACKUP_TABLES.map((t) => `${t.name} ${count(trailer.counts[t.name] ?? 0)}`);
        say(io, `backup written: ${file} (${size((await stat(file)).size)}, ${seconds.toFixed(1)} s)`);
        say(io, `  ${count(trailer.rows)} rows: ${tables.join(', ')}`);
        say(io, `  sha256 ${trailer.sha256}`);
      } catch (error) {
        bar.end();
        if (error instanceof BackupError) throw failure(error.message, error);
        throw error;
      }
    });
  },
};
