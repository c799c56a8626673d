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

/** A table's primary key and secondary indexes, as SQL that creates them again. */
function indexesOf(url: string, table: string): { drop: string; create: string } {
  const rows = psql(
    url,
    `select 'p', conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = '${table}'::regclass and contype = 'p'
    union all
    select 'i', indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = '${table}'
      and indexname not in (select conname from pg_constraint where conrelid = '${table}'::regclass)`,
  )
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('|') as [string, string, string]);
  return {
    drop: rows
      .map(([kind, name]) =>
        kind === 'p' ? `alter table ${table} drop constraint "${name}";` : `drop index "${name}";`,
      )
      .join('\n'),
    create: rows
      .map(([kind, name, def]) =>
        kind === 'p' ? `alter table ${table} add constraint "${name}" ${def};` : `${def};`,
      )
      .join('\n'),
  };
}

/**
 * Rebuild a rollup table with `copies` more years of the survey's rows: every key summed once over
 * the rows kept and their copies (each `period` moved `k` years earlier), written back with the
 * primary key dropped and built again after (one sort instead of an index insert per row). Rows are
 * written in time order, as folding lays them out when submissions are counted as they come: one
 * period's rows together, in key order within it (a fold writes its rows in key order).
 */
function growRollups(
  url: string,
  table: string,
  keys: readonly string[],
  period: string,
  survey: string,
  copies: number,
) {
  const sums = 'sum(n) as n, sum(total) as total, sum(total_squares) as total_squares';
  const columns = [...keys, 'n', 'total', 'total_squares'].join(', ');
  const shifted = keys.map((k) => (k === period ? `(${k} - make_interval(years => k))::date` : k)).join(', ');
  const { drop, create } = indexesOf(url, table);
  psql(
    url,
    `set timezone = 'UTC'; set synchronous_commit = off; set work_mem = '256MB'; set maintenance_work_mem = '256MB';
    begin;
    create temp table grown on commit drop as
      select ${keys.join(', ')}, ${sums} from (
        select ${columns} from ${table}
        union all
        select ${shifted}, n, total, total_squares from ${table}, generate_series(1, ${copies}) as k
        where survey_id = ${survey}
      ) x group by ${keys.join(', ')};
    truncate ${table};
    ${drop}
    insert into ${table} (${columns}) select ${columns} from grown order by ${[period, ...keys.filter((k) => k !== period)].join(', ')};
    ${create}
    commit;`,
  );
}

/**
 * Grow a survey's stored submissions `copies` more times, straight in SQL: copy `k` of every
 * submission gets a new id and is dated `k` calendar years earlier (so with a year's submissions,
 * each copy is one more year of history). The rollups are shifted with them (the daily and the
 * disaggregated monthly ones by whole years, summed per key; the monthly ones summed again from the
 * daily), so every rollup stays equal to a count of the rows. Fixture data: a copy's content hash is
 * not recomputed. For speed, the submissions' indexes are dropped during the copy and built again
 * after (the same definitions, so reads measure the same thing), and the foreign-key checks are
 * skipped (a copy names the same organization, site and monitor as its original). Returns the
 * number of the survey's submissions after.
 */
export function growSubmissions(url: string, surveyId: string, copies: number): number {
  const survey = `'${surveyId.replace(/'/g, "''")}'`;
  let t = performance.now();
  const step = (what: string) => {
    console.error(`bench: grew ${what} in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    t = performance.now();
  };
  const years = 'make_interval(years => k)';
  // whole years in UTC: a submission's UTC day and month move exactly as its rollup rows do
  const utc = "set timezone = 'UTC'; set synchronous_commit = off;";
  const { drop, create } = indexesOf(url, 'submissions');
  // only a superuser may skip the triggers (the run's own cluster: yes)
  const skipChecks =
    psql(url, 'select rolsuper from pg_roles where rolname = current_user') === 't'
      ? 'set session_replication_role = replica;'
      : '';
  psql(
    url,
    `${utc} set maintenance_work_mem = '256MB'; ${skipChecks}
    begin;
    ${drop}
    insert into submissions (id, org_id, survey_id, version, site_id, collected_by, collected_at, received_at, locale, answers, content_hash, facts)
    select md5(k || ':' || s.id::text)::uuid, s.org_id, s.survey_id, s.version, s.site_id, s.collected_by,
      s.collected_at - ${years}, s.received_at, s.locale, s.answers, md5(k || ':' || s.content_hash), s.facts
    from submissions s, generate_series(1, ${copies}) as k
    where s.survey_id = ${survey};
    ${create}
    commit;`,
  );
  step(`submissions ${copies} times`);
  // summed per key: 29 February and 28 February land on one day, and the first year's thirteenth
  // month on a copy's
  growRollups(
    url,
    'answer_rollups',
    ['org_id', 'survey_id', 'day', 'site_id', 'question', 'value'],
    'day',
    survey,
    copies,
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
  growRollups(
    url,
    'disaggregated_rollups_monthly',
    ['org_id', 'survey_id', 'by_question', 'by_value', 'month', 'site_id', 'question', 'value'],
    'month',
    survey,
    copies,
  );
  step('disaggregated_rollups_monthly');
  // the state a server settles into: rollups vacuumed (visibility map set), statistics fresh
  psql(url, 'vacuum (analyze) answer_rollups, answer_rollups_monthly, disaggregated_rollups_monthly');
  psql(url, 'analyze');
  step('vacuum and analyze');
  return Number(psql(url, `select count(*) from submissions where survey_id = ${survey}`));
}
