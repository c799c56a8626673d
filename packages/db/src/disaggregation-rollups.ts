import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { resultRows } from './result-rows.ts';

type Executor = Pick<Db, 'execute'>;

const KEY = '1, 2, 3, 4, 5, 6, 7, 8';

/**
 * One statement adding submissions to `disaggregated_rollups_monthly`. `source` is a query of
 * `(org_id, survey_id, day, site_id, by_question, by_value, facts, weight)`: one row per submission
 * (or `weight` identical submissions) and declared question it answered. Every fact of the
 * submission is counted under that answer, exactly as `answer_rollups_monthly` counts it; rows are
 * written in key order so concurrent writers never deadlock.
 */
export function disaggregatedUpserts(source: SQL): SQL {
  return sql`with src as (${source})
    insert into disaggregated_rollups_monthly
      (org_id, survey_id, by_question, by_value, month, site_id, question, value, n, total, total_squares)
    select src.org_id, src.survey_id, src.by_question, src.by_value, date_trunc('month', src.day)::date, src.site_id,
      f.q, f.v, sum(src.weight), sum(src.weight * coalesce(f.x, 0)), sum(src.weight * coalesce(f.x * f.x, 0))
    from src cross join lateral json_to_recordset(src.facts) as f(q text, v text, x float8)
    group by ${sql.raw(KEY)}
    order by ${sql.raw(KEY)}
    on conflict (org_id, survey_id, by_question, by_value, month, site_id, question, value) do update set
      n = disaggregated_rollups_monthly.n + excluded.n,
      total = disaggregated_rollups_monthly.total + excluded.total,
      total_squares = disaggregated_rollups_monthly.total_squares + excluded.total_squares`;
}

/**
 * The disaggregation source of stored submissions matching `where` (a condition on `s`, the
 * submissions row): one row per submission and registered question it answered.
 * `question` narrows it to one question (a backfill).
 */
function submissionSource(where: SQL, question?: string): SQL {
  const only = question === undefined ? sql`` : sql` and d.question = ${question}`;
  return sql`select s.org_id, s.survey_id, (s.collected_at at time zone 'UTC')::date as day, s.site_id,
      d.question as by_question, s.answers ->> d.question as by_value, s.facts, 1::bigint as weight
    from submissions s
    join disaggregations d on d.org_id = s.org_id and d.survey_id = s.survey_id${only}
    where ${where} and s.answers ->> d.question is not null`;
}

/**
 * Count stored submissions (by id) into the disaggregated rollups of every question registered for
 * their survey. Call in the transaction that counts them into `answer_rollups` (the fold of the
 * queue, or an inline store), so both always hold the same submissions.
 */
export async function countDisaggregated(db: Executor, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.execute(
    disaggregatedUpserts(
      submissionSource(
        sql`s.id in (select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`,
      ),
    ),
  );
}

/**
 * The disaggregation source of generated submissions: `counts` is a query of `(i, day, n)` (n new
 * rows of pool sample i on that day), `pool` a table of `(i, site_id, answers jsonb, facts json)`.
 */
export function pooledSource(orgId: string, surveyId: string, counts: SQL, pool: SQL): SQL {
  return sql`select ${orgId}::uuid as org_id, ${surveyId}::text as survey_id, c.day, p.site_id,
      d.question as by_question, p.answers ->> d.question as by_value, p.facts, c.n as weight
    from (${counts}) c join ${pool} p using (i)
    join disaggregations d on d.org_id = ${orgId}::uuid and d.survey_id = ${surveyId}
    where p.answers ->> d.question is not null`;
}

/** Whether results filtered by an answer to `question` can read the disaggregated rollups. */
export async function isDisaggregated(
  db: Executor,
  orgId: string,
  surveyId: string,
  question: string,
): Promise<boolean> {
  const result = await db.execute(
    sql`select 1 as yes from disaggregations where org_id = ${orgId}::uuid and survey_id = ${surveyId} and question = ${question}`,
  );
  return resultRows(result).length > 0;
}

interface Change {
  org_id: string;
  survey_id: string;
  question: string;
  /** `add`: declared, not registered yet; `drop`: registered, no longer declared. */
  change: 'add' | 'drop';
}

/** Declared questions (in each survey's latest published version) against the registered ones. */
const CHANGES = sql`with declared as (
    select v.org_id, v.survey_id, q.question
    from surveys s
    join survey_versions v on v.org_id = s.org_id and v.survey_id = s.id and v.version = s.latest_version
    cross join lateral jsonb_array_elements_text(
      case when jsonb_typeof(v.definition -> 'disaggregateBy') = 'array' then v.definition -> 'disaggregateBy' else '[]'::jsonb end
    ) as q(question))
  select org_id::text as org_id, survey_id, question, 'add' as change
    from (select * from declared except select * from disaggregations) a
  union all
  select org_id::text as org_id, survey_id, question, 'drop' as change
    from (select * from disaggregations except select * from declared) d`;

/**
 * Make the registered disaggregations those the surveys' latest published versions declare
 * (`disaggregateBy`): a newly declared question is backfilled from every stored submission already
 * counted (the queued ones are added when folded) and registered in one transaction; a question no
 * longer declared is unregistered and its rollups deleted. The backfill locks out writers of
 * submissions and folds of the queue meanwhile, so no submission is counted twice or missed.
 * Cheap when nothing changed (one query). Returns the changes made.
 */
export async function syncDisaggregations(db: Db): Promise<number> {
  if (resultRows<Change>(await db.execute(CHANGES)).length === 0) return 0;
  return db.transaction(async (tx) => {
    // waits for stores and folds in progress; they wait for this transaction
    await tx.execute(sql`lock table submissions, rollup_queue in share row exclusive mode`);
    const changes = resultRows<Change>(await tx.execute(CHANGES));
    for (const { org_id: orgId, survey_id: surveyId, question, change } of changes) {
      const key = sql`org_id = ${orgId}::uuid and survey_id = ${surveyId}`;
      if (change === 'drop') {
        await tx.execute(sql`delete from disaggregations where ${key} and question = ${question}`);
        await tx.execute(
          sql`delete from disaggregated_rollups_monthly where ${key} and by_question = ${question}`,
        );
        continue;
      }
      // registered first, so the backfill's join finds it
      await tx.execute(
        sql`insert into disaggregations (org_id, survey_id, question) values (${orgId}::uuid, ${surveyId}, ${question})`,
      );
      await tx.execute(
        disaggregatedUpserts(
          submissionSource(
            sql`s.org_id = ${orgId}::uuid and s.survey_id = ${surveyId}
              and not exists (select 1 from rollup_queue r where r.submission_id = s.id)`,
            question,
          ),
        ),
      );
    }
    return changes.length;
  });
}
