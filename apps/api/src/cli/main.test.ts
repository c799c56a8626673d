import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { resolvePath } from './io.ts';
import { COMMANDS, run } from './main.ts';
import { testIo } from './test-io.ts';

const API_DIR = fileURLToPath(new URL('../..', import.meta.url));

describe('kolo CLI: usage', () => {
  it('should print the list of commands on --help and exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const t = testIo();
      expect(await run([flag], t.io)).toBe(0);
      for (const command of COMMANDS) expect(t.stdout()).toContain(command.name);
      expect(t.stderr()).toBe('');
    }
  });

  it("should print each command's options on <command> --help", async () => {
    for (const command of COMMANDS) {
      const t = testIo();
      expect(await run([...command.name.split(' '), '--help'], t.io)).toBe(0);
      expect(t.stdout()).toContain(`Usage: pnpm kolo ${command.name}`);
    }
  });

  it('should exit 2 with the usage when no command is given', async () => {
    const t = testIo();
    expect(await run([], t.io)).toBe(2);
    expect(t.stderr()).toContain('Usage: pnpm kolo <command>');
  });

  it('should exit 2 and name the mistake for an unknown command, subcommand, flag or argument', async () => {
    const cases: Array<[string[], string]> = [
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['user'], 'give a subcommand (create)'],
      [['user', 'delete'], 'unknown subcommand "delete"'],
      [['migrate', '--force'], 'unknown option --force'],
      [['migrate', 'now'], 'unexpected argument "now"'],
      [['backup'], 'backup: missing argument'],
      [['restore', 'a', 'b'], 'unexpected argument "b"'],
      [['generate', '--count', '10'], '--survey is required'],
      [['generate', '--survey', 'x', '--count', 'many'], '--count must be a whole number'],
      [['seed-demo', '--volume=-1'], '--volume must be a number'],
      [['user', 'create', '--email', 'a@b.org', '--name', 'A', '--role', 'root'], '--role must be one of'],
    ];
    for (const [argv, message] of cases) {
      const t = testIo();
      expect(await run(argv, t.io), argv.join(' ')).toBe(2);
      expect(t.stderr()).toContain(message);
      expect(t.stderr()).not.toMatch(/\n\s+at /);
    }
  });

  it('should exit 1 with the message and no stack trace when the configuration is wrong', async () => {
    const t = testIo({ env: { KOLO_MIN_CELL: 'lots' } });
    expect(await run(['migrate'], t.io)).toBe(1);
    expect(t.stderr()).toContain('KOLO_MIN_CELL');
    expect(t.stderr()).not.toMatch(/\n\s+at /);
  });
});

describe('kolo CLI: paths', () => {
  it('should resolve paths against INIT_CWD, where pnpm was run, else the current folder', () => {
    expect(
      resolvePath(testIo({ env: { INIT_CWD: '/srv/kolo' }, cwd: '/srv/kolo/apps/api' }).io, 'b.kolo'),
    ).toBe('/srv/kolo/b.kolo');
    expect(resolvePath(testIo({ cwd: '/srv/kolo/apps/api' }).io, 'b.kolo')).toBe('/srv/kolo/apps/api/b.kolo');
    expect(resolvePath(testIo({ env: { INIT_CWD: '/srv/kolo' } }).io, '/tmp/b.kolo')).toBe('/tmp/b.kolo');
  });

  it('should put the default data folder where pnpm was run, so the server and the CLI share it', () => {
    expect(readConfig({ INIT_CWD: '/srv/kolo' }).dataDir).toBe('/srv/kolo/.kolo');
    expect(readConfig({ INIT_CWD: '/srv/kolo', KOLO_DATA_DIR: 'data/db' }).dataDir).toBe('/srv/kolo/data/db');
    expect(readConfig({ KOLO_DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });
});

describe('kolo CLI: migrate', () => {
  it('should run the migrations on the configured database and print the schema level', async () => {
    const t = testIo();
    expect(await run(['migrate'], t.io)).toBe(0);
    expect(t.stdout()).toContain('database: PGlite in memory://');
    expect(t.stdout()).toMatch(/migrations: \d+ applied now; schema at migration \d+ \(\w+\)/);
  });
});

describe('kolo CLI: as a process', () => {
  it('should print the usage for --help and exit 2 for an unknown command', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const help = spawnSync(process.execPath, ['--import', 'tsx', main, '--help'], {
      cwd: API_DIR,
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: pnpm kolo <command>');
    const wrong = spawnSync(process.execPath, ['--import', 'tsx', main, 'frobnicate'], {
      cwd: API_DIR,
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('unknown command "frobnicate"');
  });
});
