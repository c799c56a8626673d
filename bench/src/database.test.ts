import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BenchDatabase, growSubmissions, psql, stopPostgres } from './database.ts';
import { SURVEY_ID, seededDatabase } from './fixtures.ts';
import { runCli } from './server.ts';

const keyed = (columns: string) =>
  `${columns}, n, round(total::numeric, 6) as total, round(total_squares::numeric, 6) as total_squares`;

/** Every fact of every stored submission, counted again from the rows. */
const FACTS = `submissions s cross join lateral json_to_recordset(s.facts) as f(q text, v text, x float8)`;
const SUMS =
  'count(*)::bigint as n, round(sum(coalesce(f.x, 0))::numeric, 6), round(sum(coalesce(f.x * f.x, 0))::numeric, 6)';

/** The rows of `a` not in `b` and of `b` not in `a`. */
const differences = (url: string, a: string, b: string) =>
  Number(psql(url, `select count(*) from ((${a} except ${b}) union all (${b} except ${a})) x`));

/** Index and primary key definitions of a table, sorted. */
const indexes = (url: string, table: string) =>
  psql(url, `select indexdef from pg_indexes where tablename = '${table}' order by indexdef`);

const workDir = mkdtempSync(join(tmpdir(), 'kolo-bench-test-'));
let target: BenchDatabase | undefined;
let url = '';

afterAll(() => {
  stopPostgres();
  rmSync(workDir, { recursive: true, force: true });
});

describe('growSubmissions', () => {
  it('should keep every rollup equal to a recount of the grown rows, with the same indexes', async () => {
    try {
      target = await seededDatabase('pg', workDir, 'grow');
    } catch (error) {
      if (String(error).includes('PostgreSQL is not installed')) return;
      throw error;
    }
    url = target.env.DATABASE_URL ?? '';
    await runCli(
      ['generate', '--survey', SURVEY_ID, '--count', '300', '--months', '12', '--seed', '1'],
      target.env,
    );
    const tables = [
      'submissions',
      'answer_rollups',
      'answer_rollups_monthly',
      'disaggregated_rollups_monthly',
    ];
    const before = tables.map((t) => indexes(url, t));

    expect(growSubmissions(url, SURVEY_ID, 2)).toBe(900);

    expect(tables.map((t) => indexes(url, t))).toEqual(before);
    const day = `(s.collected_at at time zone 'UTC')::date`;
    expect(
      differences(
        url,
        `select ${keyed('org_id, survey_id, day, site_id, question, value')} from answer_rollups where n > 0`,
        `select s.org_id, s.survey_id, ${day}, s.site_id, f.q, f.v, ${SUMS} from ${FACTS} group by 1, 2, 3, 4, 5, 6`,
      ),
    ).toBe(0);
    expect(
      differences(
        url,
        `select ${keyed('org_id, survey_id, month, site_id, question, value')} from answer_rollups_monthly where n > 0`,
        `select s.org_id, s.survey_id, date_trunc('month', ${day})::date, s.site_id, f.q, f.v, ${SUMS} from ${FACTS} group by 1, 2, 3, 4, 5, 6`,
      ),
    ).toBe(0);
    expect(
      differences(
        url,
        `select ${keyed('org_id, survey_id, by_question, by_value, month, site_id, question, value')} from disaggregated_rollups_monthly where n > 0`,
        `select s.org_id, s.survey_id, d.question, s.answers ->> d.question, date_trunc('month', ${day})::date, s.site_id, f.q, f.v, ${SUMS}
        from ${FACTS} join disaggregations d on d.org_id = s.org_id and d.survey_id = s.survey_id
        where s.answers ->> d.question is not null group by 1, 2, 3, 4, 5, 6, 7, 8`,
      ),
    ).toBe(0);
    // four years of history: each copy a year earlier
    expect(
      Number(
        psql(
          url,
          `select count(distinct date_part('year', collected_at)) from submissions where survey_id = '${SURVEY_ID}'`,
        ),
      ),
    ).toBeGreaterThanOrEqual(3);
  }, 240_000);
});
