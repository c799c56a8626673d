import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from './args.ts';
import { backupCommand } from './backup.ts';
import { generateCommand } from './generate.ts';
import { CliError, type CliIo, processIo, say, usageError } from './io.ts';
import { migrateCommand } from './migrate.ts';
import { restoreCommand } from './restore.ts';
import { seedDemoCommand } from './seed-demo.ts';
import { userCreateCommand } from './user.ts';
import { xlsformExportCommand, xlsformImportCommand } from './xlsform.ts';

/** Every command, as listed by `--help`. */
export const COMMANDS: readonly Command[] = [
  migrateCommand,
  seedDemoCommand,
  userCreateCommand,
  backupCommand,
  restoreCommand,
  generateCommand,
  xlsformImportCommand,
  xlsformExportCommand,
];

const HELP_FLAGS = new Set(['--help', '-h']);

export const USAGE = `Usage: pnpm kolo <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(15)} ${c.summary}`).join('\n')}

Every command works on the server's database (DATABASE_URL, else PGlite in KOLO_DATA_DIR,
default .kolo) and runs the migrations first; with PGlite, stop the server before running one.
Relative paths start where you ran pnpm.
"pnpm kolo <command> --help" shows a command's options. Exit codes: 0 done, 1 failed, 2 usage.`;

/** The command named by the start of `argv`, and the arguments after its name. */
function findCommand(argv: readonly string[]): { command: Command; rest: readonly string[] } {
  const [first = '', second = ''] = argv;
  const group = COMMANDS.filter((c) => c.name.startsWith(`${first} `));
  if (group.length > 0) {
    const command = group.find((c) => c.name === `${first} ${second}`);
    if (command) return { command, rest: argv.slice(2) };
    const names = group.map((c) => c.name.split(' ')[1]).join(', ');
    throw usageError(
      second === '' || HELP_FLAGS.has(second)
        ? `${first}: give a subcommand (${names}), e.g. "pnpm kolo ${group[0]?.name} --help"`
        : `${first}: unknown subcommand "${second}" (known: ${names})`,
    );
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (command) return { command, rest: argv.slice(1) };
  throw usageError(`unknown command "${first}" (run "pnpm kolo --help" for the list)`);
}

/** The message of a failure, without drizzle's echo of the whole query and its parameters. */
function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message.startsWith('Failed query') && error.cause instanceof Error) return error.cause.message;
  return error.message;
}

/**
 * Run one `pnpm kolo` command and return its exit code: 0 done, 1 failed, 2 wrong usage.
 * Messages go to `io`; a user's mistake never prints a stack trace (KOLO_DEBUG=1 shows one for
 * unexpected failures).
 * @example process.exitCode = await run(['backup', 'kolo.backup'], processIo());
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    if (argv.length === 0) {
      io.stderr.write(`${USAGE}\n`);
      return 2;
    }
    if (HELP_FLAGS.has(argv[0] as string) || argv[0] === 'help') {
      say(io, USAGE);
      return 0;
    }
    const { command, rest } = findCommand(argv);
    if (rest.some((a) => HELP_FLAGS.has(a))) {
      say(io, command.usage);
      return 0;
    }
    await command.run(rest, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`kolo: ${error.message}\n`);
      return error.code === 'usage' ? 2 : 1;
    }
    io.stderr.write(`kolo: ${messageOf(error)}\n`);
    if (io.env.KOLO_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  process.exitCode = await run(process.argv.slice(2));
}
