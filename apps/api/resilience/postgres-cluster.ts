import { execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@kolo/db/testing/free-port';

/** Debian's PostgreSQL programs (`/usr/lib/postgresql/<newest>/bin`), or undefined when not installed. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  return undefined;
}

/** A throwaway PostgreSQL server on 127.0.0.1: a primary, or a streaming replica of one. */
export interface Cluster {
  readonly port: number;
  /** The URL of a database in this cluster (the superuser `kolo`, no password). */
  url(database: string): string;
  /** Run a PostgreSQL program (as the `postgres` user when the tests run as root). */
  run(program: string, args: readonly string[]): string;
  stop(): void;
}

function runner(bin: string) {
  const asRoot = process.getuid?.() === 0;
  return (program: string, args: readonly string[]): string => {
    const full = join(bin, program);
    const output = asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' })
      : execFileSync(full, args, { stdio: 'pipe' });
    return output.toString();
  };
}

async function start(bin: string, dir: string, data: string): Promise<Cluster> {
  const run = runner(bin);
  const port = await freePort();
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
  let stopped = false;
  return {
    port,
    url: (database) => `postgres://kolo@127.0.0.1:${port}/${database}`,
    run,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), name));
  chmodSync(dir, 0o777);
  return dir;
}

/** Start a new primary that accepts streaming replication from 127.0.0.1 (`wal_level=replica`). */
export async function startPrimary(bin: string): Promise<Cluster> {
  const dir = tempDir('kolo-primary-');
  const data = join(dir, 'data');
  runner(bin)('initdb', ['-D', data, '-U', 'kolo', '--auth=trust', '-E', 'UTF8', '--locale=C']);
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', data]);
  appendFileSync(
    join(data, 'postgresql.conf'),
    '\nwal_level = replica\nmax_wal_senders = 5\nhot_standby = on\n',
  );
  appendFileSync(join(data, 'pg_hba.conf'), '\nhost replication kolo 127.0.0.1/32 trust\n');
  return start(bin, dir, data);
}

/** Copy `primary` with `pg_basebackup -R` and start the copy as a hot-standby streaming replica. */
export async function startReplica(bin: string, primary: Cluster): Promise<Cluster> {
  const dir = tempDir('kolo-replica-');
  const data = join(dir, 'data');
  runner(bin)('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'kolo',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  return start(bin, dir, data);
}
