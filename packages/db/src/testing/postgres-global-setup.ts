import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

import './provided-context.ts';
import { freePort } from './free-port.ts';

function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

/** Start a throwaway PostgreSQL cluster under a temp folder for the database suite, and stop it after. */
export default async function setup(project: TestProject) {
  const bin = process.env.KOLO_TEST_DATABASE_URL ? undefined : postgresBin();
  if (process.env.KOLO_TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.KOLO_TEST_DATABASE_URL);
    return;
  }
  if (!bin) {
    console.warn(
      '[db] PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL half of the database suite is skipped.',
    );
    project.provide('postgresUrl', '');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kolo-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
    else execFileSync(full, args, { stdio: 'pipe' });
  };
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'kolo', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  run('pg_ctl', [
    '-D',
    data,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
  ]);
  project.provide('postgresUrl', `postgres://kolo@127.0.0.1:${port}/postgres`);
  return () => {
    const stop = asRoot
      ? spawnSync('runuser', [
          '-u',
          'postgres',
          '--',
          join(bin, 'pg_ctl'),
          '-D',
          data,
          '-m',
          'fast',
          '-w',
          'stop',
        ])
      : spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    if (stop.status !== 0) console.warn(String(stop.stderr));
    rmSync(dir, { recursive: true, force: true });
  };
}
