import { DEMO_ACCOUNTS, isEmpty, seedDemo } from '../demo/seed.ts';
import { type Command, numberFlag, parseCommandArgs } from './args.ts';
import { withDatabase } from './database.ts';
import { count, failure, note, say, usageError } from './io.ts';

/** The shortest demo password, as for KOLO_DEMO_PASSWORD. */
const MIN_DEMO_PASSWORD = 8;

/** `pnpm kolo seed-demo`: the demo network, accounts, library surveys and synthetic data. */
export const seedDemoCommand: Command = {
  name: 'seed-demo',
  summary: 'Load the demo network, accounts and synthetic data into an empty database',
  usage: `Usage: pnpm kolo seed-demo [--password P] [--volume 0.1]

Load what "pnpm start" loads into an empty database: the library surveys, a demo network with
sites in five countries, one account per role (admin@demo.kolo, staff@demo.kolo,
monitor@demo.kolo, funder@demo.kolo) and a year of synthetic submissions.
Refuses a database that holds an organization already.

Options:
  --password P   the demo accounts' password (else KOLO_DEMO_PASSWORD, else generated and printed)
  --volume F     scale the number of submissions (1 = about 6,200; 0.1 for a quick try)`,
  async run(argv, io) {
    const { values } = parseCommandArgs('seed-demo', argv, {
      password: { type: 'string' },
      volume: { type: 'string' },
    });
    const volume = numberFlag('seed-demo', 'volume', values.volume, { min: 0, max: 100, fallback: 1 });
    if (values.password !== undefined && values.password.length < MIN_DEMO_PASSWORD)
      throw usageError(`seed-demo: --password must be at least ${MIN_DEMO_PASSWORD} characters`);
    await withDatabase(io, async ({ database, config, where }) => {
      say(io, `database: ${where}`);
      if (!(await isEmpty(database.db)))
        throw failure(
          'the database already holds an organization: seed-demo loads only into an empty database',
        );
      const password = values.password ?? config.demoPassword;
      const demo = await seedDemo(database.db, { password, volume, log: (m) => note(io, m) });
      say(io, `demo loaded: ${count(demo.submissions)} synthetic submissions`);
      say(io, 'demo logins (one password for all four):');
      for (const account of DEMO_ACCOUNTS) say(io, `  ${account.role.padEnd(8)} ${account.email}`);
      say(io, password ? '  password: the one you gave' : `  password: ${demo.password}`);
    });
  },
};
