import { BackupError, restoreBackup } from '../backup/index.ts';
import { type Command, parseCommandArgs } from './args.ts';
import { withDatabase } from './database.ts';
import { count, failure, note, resolvePath, say } from './io.ts';
import { progress } from './progress.ts';

/** `pnpm kolo restore <file>`: a backup into an empty database, all or nothing. */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore a backup file into an empty database',
  usage: `Usage: pnpm kolo restore <file>

Restore a file made by "pnpm kolo backup" into an empty database (refuses one that holds any
row). The whole file is checked first (format, version, migration level, row counts and
SHA-256) without writing; then every row goes in, in one transaction, with its ids, times and
JSON unchanged. A corrupted or truncated file writes nothing. Everyone signs in again after.`,
  async run(argv, io) {
    const { positionals } = parseCommandArgs('restore', argv, {}, { min: 1, max: 1 });
    const file = resolvePath(io, positionals[0] as string);
    await withDatabase(io, async ({ database, where }) => {
      say(io, `database: ${where}`);
      note(io, `restore: verifying ${file}`);
      let bar: ReturnType<typeof progress> | undefined;
      const started = performance.now();
      try {
        const { header, trailer } = await restoreBackup(database.db, file, {
          onVerified: ({ header, trailer }) => {
            note(io, `restore: verified (made ${header.createdAt}, ${count(trailer.rows)} rows); writing`);
            bar = progress(io, 'restore: rows', trailer.rows);
          },
          onProgress: (rows) => bar?.update(rows),
        });
        bar?.end();
        const seconds = (performance.now() - started) / 1000;
        say(io, `restored ${count(trailer.rows)} rows from ${file} in ${seconds.toFixed(1)} s`);
        say(io, `  backup made ${header.createdAt}, schema at migration ${header.migration.count}`);
      } catch (error) {
        bar?.end();
        if (error instanceof BackupError)
          throw failure(
            error.code === 'not_empty' ? error.message : `${error.message}; nothing was written`,
            error,
          );
        throw error;
      }
    });
  },
};
