import { type Command, parseCommandArgs } from './args.ts';
import { withDatabase } from './database.ts';
import { say } from './io.ts';

/** `pnpm kolo migrate`: bring the schema up to date and say where it stands. */
export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Run the database migrations and print the schema level',
  usage: `Usage: pnpm kolo migrate

Run the database migrations (every command does so first) and print how many ran.
The database is the server's: DATABASE_URL, else PGlite in KOLO_DATA_DIR (default .kolo).`,
  async run(argv, io) {
    parseCommandArgs('migrate', argv, {});
    await withDatabase(io, async ({ where, migrations }) => {
      const { before, after } = migrations;
      const ran = after.count - before.count;
      say(io, `database: ${where}`);
      say(
        io,
        `migrations: ${ran === 0 ? 'up to date' : `${ran} applied now`}; schema at migration ${after.count}${after.tag ? ` (${after.tag})` : ''}`,
      );
    });
  },
};
