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

/** The tables holding a survey's counts per day (or month), each with its period column. */
const ROLLUP_TABLES = [
  { daily: 'answer_rollups', monthly: 'answer_rollups_monthly', key: '' },
  {
    daily: 'disaggregated_rollups',
    monthly: 'disaggregated_rollups_monthly',
    key: 'by_question, by_value, ',
  },
] as const;

/**
 * Grow a survey's stored submissions `copies` more times, straight in SQL: copy `i` of every
 * submission gets a new id and is dated `i` * `shiftDays` earlier (so with a year's submissions,
 * each copy is one more year of history); the daily rollups are shifted copies of the stored ones
 * and the monthly ones summed again from them, so every rollup stays equal to a count of the rows.
 * Fixture data: a copy's content hash is not recomputed. Returns the number of submissions after.
 */
export function growSubmissions(url: string, surveyId: string, copies: number, shiftDays: number): number {
  const survey = `'${surveyId.replace(/'/g, "''")}'`;
  let t = performance.now();
  const step = (what: string) => {
    console.error(`bench: grew ${what} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    t = performance.now();
  };
  const copiesOf = `generate_series(1, ${copies}) as k`;
  psql(
    url,
    `set synchronous_commit = off;
    insert into submissions (id, org_id, survey_id, version, site_id, collected_by, collected_at, received_at, locale, answers, content_hash, facts)
    select md5(k || ':' || s.id::text)::uuid, s.org_id, s.survey_id, s.version, s.site_id, s.collected_by,
      s.collected_at - make_interval(days => k * ${shiftDays}), s.received_at, s.locale, s.answers,
      md5(k || ':' || s.content_hash), s.facts
    from submissions s, ${copiesOf}
    where s.survey_id = ${survey}`,
  );
  step(`submissions ${copies} times`);
  for (const { daily, monthly, key } of ROLLUP_TABLES) {
    const columns = `org_id, survey_id, ${key}`;
    // summed per key first: copies of days more than a shift apart may land on one day
    psql(
      url,
      `insert into ${daily} (${columns}day, site_id, question, value, n, total, total_squares)
      select ${columns}day - k * ${shiftDays}, site_id, question, value, sum(n), sum(total), sum(total_squares)
      from ${daily}, ${copiesOf}
      where survey_id = ${survey}
      group by ${columns}day - k * ${shiftDays}, site_id, question, value
      on conflict (${columns}day, site_id, question, value) do update set
        n = ${daily}.n + excluded.n, total = ${daily}.total + excluded.total,
        total_squares = ${daily}.total_squares + excluded.total_squares`,
    );
    step(daily);
    psql(
      url,
      `delete from ${monthly} where survey_id = ${survey};
      insert into ${monthly} (${columns}month, site_id, question, value, n, total, total_squares)
      select ${columns}date_trunc('month', day)::date, site_id, question, value, sum(n), sum(total), sum(total_squares)
      from ${daily} where survey_id = ${survey}
      group by ${columns}date_trunc('month', day), site_id, question, value`,
    );
    step(monthly);
  }
  psql(url, 'analyze');
  return Number(psql(url, `select count(*) from submissions where survey_id = ${survey}`));
}
