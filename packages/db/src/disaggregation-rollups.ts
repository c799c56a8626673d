import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { FactCounts, FactNumbers } from './fact-counts.ts';
import type { Fact } from './facts.ts';
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
 * Per submission, its answers to the questions registered for its survey, as
 * `[[question, answer text], ...]` (or null): `s` is the submissions row. The answer's text is
 * `answers ->> question`, as {@link submissionSource} and a recomputation read it.
 */
export const REGISTERED_ANSWERS = sql`(select json_agg(json_build_array(d.question, s.answers ->> d.question))
    from disaggregations d
    where d.org_id = s.org_id and d.survey_id = s.survey_id and s.answers ->> d.question is not null)`;

/** A stored submission to count into the disaggregated rollups, with its registered answers. */
export interface DisaggregationSource {
  readonly orgId: string;
  readonly surveyId: string;
  readonly siteId: string;
  readonly collectedAt: Date;
  readonly facts: readonly Fact[];
  /** `[question, answer text]` for each registered question it answered (see {@link REGISTERED_ANSWERS}). */
  readonly by: readonly (readonly [string, string])[];
}

/** The registered answers as the database returns them (json: parsed by node-postgres and PGlite, or text). */
export function registeredAnswers(value: unknown): Array<[string, string]> {
  if (value === null || value === undefined) return [];
  return (typeof value === 'string' ? JSON.parse(value) : value) as Array<[string, string]>;
}

/**
 * The monthly disaggregated counts of submissions, added up in JavaScript from the facts at hand
 * one batch at a time: one row per key instead of one per fact and answer, so the database only
 * upserts the keys, however many submissions were added. Exactly what {@link disaggregatedUpserts}
 * of the same submissions adds.
 */
export class DisaggregationTally {
  // per key without the fact: its head and its counts per fact number (see `FactNumbers`)
  private readonly groups = new Map<string, { head: string[]; counts: FactCounts }>();

  /** `facts`: the fold's numbering, shared with its other tallies so facts are numbered once. */
  constructor(private readonly facts: FactNumbers = new FactNumbers()) {}

  /** Count submissions in. */
  add(sources: readonly DisaggregationSource[]): void {
    for (const s of sources) {
      if (s.by.length === 0) continue;
      const numbers = this.facts.of(s.facts);
      const month = `${s.collectedAt.toISOString().slice(0, 7)}-01`;
      for (const [byQuestion, byValue] of s.by) {
        const groupKey = `${s.orgId}\u0000${s.surveyId}\u0000${byQuestion}\u0000${byValue}\u0000${month}\u0000${s.siteId}`;
        let group = this.groups.get(groupKey);
        if (!group) {
          group = {
            head: [s.orgId, s.surveyId, byQuestion, byValue, month, s.siteId],
            counts: new FactCounts(),
          };
          this.groups.set(groupKey, group);
        }
        group.counts.add(s.facts, numbers);
      }
    }
  }

  /** The statement adding the counts; undefined when no submission answered a registered question. */
  upsert(): SQL | undefined {
    if (this.groups.size === 0) return undefined;
    // each key's head once, its facts pointing at it by number: a third of the text to parse; in key
    // order (code units), so every writer through here locks rows in one order and never deadlocks,
    // and the database need not sort tens of thousands of text keys by its collation
    const list = this.facts.list;
    const rank = new Array<number>(list.length);
    list
      .map(([q, v], i) => [`${q}\u0000${v}`, i] as const)
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .forEach(([, i], r) => {
        rank[i] = r;
      });
    const heads: unknown[] = [];
    const rows: unknown[] = [];
    for (const [, { head, counts }] of [...this.groups].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0,
    )) {
      const [o, s, bq, bv, m, t] = head;
      const g = heads.length;
      heads.push({ g, o, s, bq, bv, m, t });
      for (const i of [...counts.numbers()].sort((a, b) => (rank[a] as number) - (rank[b] as number))) {
        const [q, v] = list[i] as readonly [string, string];
        const n = counts.n[i];
        const x = counts.x[i];
        const xx = counts.xx[i];
        rows.push(x === 0 && xx === 0 ? { g, q, v, n } : { g, q, v, n, x, xx });
      }
    }
    return sql`insert into disaggregated_rollups_monthly
      (org_id, survey_id, by_question, by_value, month, site_id, question, value, n, total, total_squares)
    select h.o, h.s, h.bq, h.bv, h.m, h.t, r.q, r.v, r.n, coalesce(r.x, 0), coalesce(r.xx, 0)
    from rows from (json_to_recordset(${JSON.stringify(rows)}::json)
      as (g int, q text, v text, n bigint, x float8, xx float8)) with ordinality as r(g, q, v, n, x, xx, i)
    join json_to_recordset(${JSON.stringify(heads)}::json) as h(g int, o uuid, s text, bq text, bv text, m date, t uuid)
      using (g)
    order by r.i
    on conflict (org_id, survey_id, by_question, by_value, month, site_id, question, value) do update set
      n = disaggregated_rollups_monthly.n + excluded.n,
      total = disaggregated_rollups_monthly.total + excluded.total,
      total_squares = disaggregated_rollups_monthly.total_squares + excluded.total_squares`;
  }
}

/**
 * The monthly disaggregated rows of submissions, counted in JavaScript (see
 * {@link DisaggregationTally}). Undefined when none answered a registered question.
 */
export function disaggregatedCounts(sources: readonly DisaggregationSource[]): SQL | undefined {
  const tally = new DisaggregationTally();
  tally.add(sources);
  return tally.upsert();
}

/**
 * Count submissions into the disaggregated rollups of every question registered for their survey,
 * from their facts at hand (see {@link DisaggregationTally}), or write a tally already counted.
 * Call in the transaction that counts them into `answer_rollups` (the fold of the queue, or an
 * inline store), so both always hold the same submissions.
 */
export async function countDisaggregated(
  db: Executor,
  sources: readonly DisaggregationSource[] | DisaggregationTally,
): Promise<void> {
  const upsert = sources instanceof DisaggregationTally ? sources.upsert() : disaggregatedCounts(sources);
  // tens of thousands of keys are sorted: in memory rather than spilled to disk (PGlite's default work_mem is small)
  if (upsert) await db.execute(sql`set local work_mem = '64MB'`);
  if (upsert) await db.execute(upsert);
}

/** The registered answers of stored submissions by id (those that answered none are left out). */
export async function registeredAnswersOf(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, Array<[string, string]>>> {
  const by = new Map<string, Array<[string, string]>>();
  if (ids.length === 0) return by;
  const result = await db.execute(sql`select s.id::text as id, ${REGISTERED_ANSWERS} as by from submissions s
    where s.id in (select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))
      and exists (select 1 from disaggregations d where d.org_id = s.org_id and d.survey_id = s.survey_id)`);
  for (const row of resultRows<{ id: string; by: unknown }>(result))
    by.set(row.id, registeredAnswers(row.by));
  return by;
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
