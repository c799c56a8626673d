import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where a benchmark's database lives: a PGlite folder, or a database on the run's PostgreSQL cluster. */
export interface BenchDatabase {
  readonly engine: 'pglite' | 'pg';
  /** Environment for the API server and the CLI: `DATABASE_URL` or `KOLO_DATA_DIR`. */
  readonly env: Record<string, string>;
}

let cluster: { url: string; stop: () => void } | undefined;

/**
 * A throwaway PostgreSQL cluster for the run (started once, with the database suite's own helper),
 * or the one named by `KOLO_TEST_DATABASE_URL`.
 */
async function postgres(): Promise<{ url: string; stop: () => void }> {
  if (cluster) return cluster;
  let url = '';
  // the database suite's own helper; loaded by path so the bench's types need not include vitest
  const helper: string = new URL('../../packages/db/src/testing/postgres-global-setup.ts', import.meta.url)
    .href;
  const { default: startPostgres } = (await import(helper)) as {
    default: (project: { provide(key: string, value: string): void }) => Promise<(() => void) | undefined>;
  };
  const stop = await startPostgres({
    provide: (_key: string, value: string) => {
      url = value;
    },
  });
  if (!url) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  cluster = { url, stop: () => stop?.() };
  return cluster;
}

/** A fresh database for one benchmark on `engine`. */
export async function benchDatabase(
  engine: 'pglite' | 'pg',
  workDir: string,
  name: string,
): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const dir = join(workDir, `pglite-${name}`);
    mkdirSync(dir, { recursive: true });
    return { engine, env: { KOLO_DATA_DIR: dir } };
  }
  const { url } = await postgres();
  const db = `kolo_bench_${name.replace(/\W/g, '_')}`;
  psql(url, `drop database if exists ${db} with (force)`);
  psql(url, `create database ${db}`);
  const u = new URL(url);
  u.pathname = `/${db}`;
  return { engine, env: { DATABASE_URL: u.toString() } };
}

/** Stop the run's PostgreSQL cluster, if one was started. */
export function stopPostgres(): void {
  cluster?.stop();
  cluster = undefined;
}

/** Run one statement with the cluster's own psql (the bench has no PostgreSQL client of its own). */
export function psql(url: string, statement: string): string {
  return execFileSync(join(postgresBin(), 'psql'), ['-X', '-q', '-A', '-t', '-d', url, '-c', statement], {
    encoding: 'utf8',
  }).trim();
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'psql'))) return join(root, v, 'bin');
  return '';
}
