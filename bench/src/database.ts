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

/**
 * Grow a survey's stored submissions `copies` more times, straight in SQL: copy `k` of every
 * submission gets a new id and is dated `k` calendar years earlier (so with a year's submissions,
 * each copy is one more year of history). The rollups are shifted with them (the daily ones by
 * whole years, then summed again per month; the disaggregated monthly ones by whole years), so
 * every rollup stays equal to a count of the rows. Fixture data: a copy's content hash is not
 * recomputed. Returns the number of the survey's submissions after.
 */
export function growSubmissions(url: string, surveyId: string, copies: number): number {
  const survey = `'${surveyId.replace(/'/g, "''")}'`;
  let t = performance.now();
  const step = (what: string) => {
    console.error(`bench: grew ${what} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    t = performance.now();
  };
  const copiesOf = `generate_series(1, ${copies}) as k`;
  const years = 'make_interval(years => k)';
  // whole years in UTC: a submission's UTC day and month move exactly as its rollup rows do
  const utc = "set timezone = 'UTC'; set synchronous_commit = off;";
  psql(
    url,
    `${utc}
    insert into submissions (id, org_id, survey_id, version, site_id, collected_by, collected_at, received_at, locale, answers, content_hash, facts)
    select md5(k || ':' || s.id::text)::uuid, s.org_id, s.survey_id, s.version, s.site_id, s.collected_by,
      s.collected_at - ${years}, s.received_at, s.locale, s.answers, md5(k || ':' || s.content_hash), s.facts
    from submissions s, ${copiesOf}
    where s.survey_id = ${survey}`,
  );
  step(`submissions ${copies} times`);
  // summed per key first: 29 February and 28 February land on one day, and the first year's
  // thirteenth month on a copy's
  psql(
    url,
    `${utc}
    insert into answer_rollups (org_id, survey_id, day, site_id, question, value, n, total, total_squares)
    select org_id, survey_id, (day - ${years})::date, site_id, question, value, sum(n), sum(total), sum(total_squares)
    from answer_rollups, ${copiesOf}
    where survey_id = ${survey}
    group by 1, 2, 3, 4, 5, 6
    on conflict (org_id, survey_id, day, site_id, question, value) do update set
      n = answer_rollups.n + excluded.n, total = answer_rollups.total + excluded.total,
      total_squares = answer_rollups.total_squares + excluded.total_squares`,
  );
  step('answer_rollups');
  psql(
    url,
    `${utc}
    delete from answer_rollups_monthly where survey_id = ${survey};
    insert into answer_rollups_monthly (org_id, survey_id, month, site_id, question, value, n, total, total_squares)
    select org_id, survey_id, date_trunc('month', day)::date, site_id, question, value, sum(n), sum(total), sum(total_squares)
    from answer_rollups where survey_id = ${survey}
    group by 1, 2, 3, 4, 5, 6`,
  );
  step('answer_rollups_monthly');
  psql(
    url,
    `${utc}
    insert into disaggregated_rollups_monthly (org_id, survey_id, by_question, by_value, month, site_id, question, value, n, total, total_squares)
    select org_id, survey_id, by_question, by_value, (month - ${years})::date, site_id, question, value,
      sum(n), sum(total), sum(total_squares)
    from disaggregated_rollups_monthly, ${copiesOf}
    where survey_id = ${survey}
    group by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (org_id, survey_id, by_question, by_value, month, site_id, question, value) do update set
      n = disaggregated_rollups_monthly.n + excluded.n, total = disaggregated_rollups_monthly.total + excluded.total,
      total_squares = disaggregated_rollups_monthly.total_squares + excluded.total_squares`,
  );
  step('disaggregated_rollups_monthly');
  psql(url, 'analyze');
  return Number(psql(url, `select count(*) from submissions where survey_id = ${survey}`));
}
