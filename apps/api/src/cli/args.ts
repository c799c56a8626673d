import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type CliIo, usageError } from './io.ts';

/** One `pnpm kolo` command. */
export interface Command {
  /** As typed: `migrate`, `user create`. */
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly usage: string;
  run(argv: readonly string[], io: CliIo): Promise<void>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse a command's arguments strictly with `util.parseArgs`: an unknown flag, a missing value or
 * a stray argument is a usage error (exit code 2) that names the command's help.
 */
export function parseCommandArgs<const TOptions extends Options>(
  command: string,
  argv: readonly string[],
  options: TOptions,
  positionals: { readonly min: number; readonly max: number } = { min: 0, max: 0 },
) {
  const help = `run "pnpm kolo ${command} --help" for its options`;
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: TOptions; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw usageError(`${command}: ${unknown ? `unknown option ${unknown[1]}` : message} (${help})`);
  }
  const n = parsed.positionals.length;
  if (n < positionals.min) throw usageError(`${command}: missing argument (${help})`);
  if (n > positionals.max)
    throw usageError(`${command}: unexpected argument "${parsed.positionals[positionals.max]}" (${help})`);
  return parsed;
}

/** A flag's value that must be given. */
export function required(command: string, flag: string, value: string | undefined): string {
  if (value === undefined || value === '') throw usageError(`${command}: --${flag} is required`);
  return value;
}

/** A flag's number within bounds; `integer` refuses fractions. */
export function numberFlag(
  command: string,
  flag: string,
  value: string | undefined,
  bounds: {
    readonly min: number;
    readonly max: number;
    readonly integer?: boolean;
    readonly fallback: number;
  },
): number {
  if (value === undefined) return bounds.fallback;
  const n = Number(value.replaceAll('_', ''));
  const ok = value.trim() !== '' && Number.isFinite(n) && (!bounds.integer || Number.isInteger(n));
  if (!ok || n < bounds.min || n > bounds.max)
    throw usageError(
      `${command}: --${flag} must be ${bounds.integer ? 'a whole number' : 'a number'} from ${bounds.min} to ${bounds.max}, not "${value}"`,
    );
  return n;
}
