import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { isDisaggregated } from './disaggregation-rollups.ts';
import { resultRows } from './result-rows.ts';

/** Filters of a results request; every one is applied in SQL. */
export interface ResultsFilter {
  /** First day included, `YYYY-MM-DD` (UTC). */
  readonly from?: string | undefined;
  /** Last day included, `YYYY-MM-DD` (UTC). */
  readonly to?: string | undefined;
  readonly countries?: readonly string[] | undefined;
  readonly siteIds?: readonly string[] | undefined;
  /** Sites that offer this service type. */
  readonly serviceType?: string | undefined;
  /** Single-choice answers the submissions must have, by question id. */
  readonly answers?: Readonly<Record<string, string>> | undefined;
}

export type TimeBucket = 'week' | 'month' | 'quarter';

/** Summed facts of one question and value. */
export interface FactTotal {
  readonly question: string;
  readonly value: string;
  readonly n: number;
  readonly total: number;
  readonly totalSquares: number;
}

export interface FactTotalInTime extends FactTotal {
  /** First day of the bucket, `YYYY-MM-DD`. */
  readonly period: string;
}

/** Counts of facts grouped by question and value, before suppression. */
export interface RawResults {
  readonly totals: readonly FactTotal[];
  /** Submission counts and indicator sums per time bucket (`@` and `@<indicator>` facts). */
  readonly timeline: readonly FactTotalInTime[];
}

function siteFilter(orgId: string, filter: ResultsFilter, column: SQL): SQL {
  const parts: SQL[] = [sql`s.org_id = ${orgId}`];
  if (filter.countries?.length)
    parts.push(
      sql`s.country in (${sql.join(
        filter.countries.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  if (filter.siteIds?.length)
    parts.push(
      sql`s.id::text in (${sql.join(
        filter.siteIds.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  if (filter.serviceType) parts.push(sql`${filter.serviceType} = any(s.service_types)`);
  if (parts.length === 1) return sql`true`;
  // the matching sites are looked up once (an init plan), not joined against every rollup row:
  // a join is planned as a nested loop whenever the rollups' statistics are stale
  return sql`${column} = any(array(select s.id from sites s where ${sql.join(parts, sql` and `)}))`;
}

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
/** The day after `day` (`YYYY-MM-DD`), or undefined for an open end. */
const after = (day: string | undefined) =>
  day ? dayOf(new Date(new Date(`${day}T00:00:00Z`).getTime() + DAY_MS)) : undefined;

/**
 * The whole calendar months inside [from, to] (open ends reach everything): read from the monthly
 * rollups, while the days at the edges come from the daily ones.
 */
export function splitByMonth(
  from: string | undefined,
  to: string | undefined,
): { first?: string; end?: string } {
  const out: { first?: string; end?: string } = {};
  if (from) {
    const d = new Date(`${from}T00:00:00Z`);
    out.first = dayOf(
      d.getUTCDate() === 1 ? d : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)),
    );
  }
  if (to) {
    // `end` is the first day after the last whole month
    const next = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS);
    out.end = dayOf(
      next.getUTCDate() === 1 ? next : new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), 1)),
    );
  }
  return out;
}

/** Rollup rows for a filter: monthly ones for whole months, daily ones for the rest (all daily for weeks). */
function rollupSource(orgId: string, surveyId: string, filter: ResultsFilter, bucket: TimeBucket): SQL {
  // each part is one range on the rollups' key (org, survey, day or month, ...), so it reads only its rows
  const daily = (from: string | undefined, before: string | undefined) => {
    const where: SQL[] = [
      sql`r.org_id = ${orgId}`,
      sql`r.survey_id = ${surveyId}`,
      siteFilter(orgId, filter, sql`r.site_id`),
    ];
    if (from) where.push(sql`r.day >= ${from}::date`);
    if (before) where.push(sql`r.day < ${before}::date`);
    return sql`select r.day, r.question as q, r.value as v, r.n, r.total, r.total_squares from answer_rollups r where ${sql.join(where, sql` and `)}`;
  };
  if (bucket === 'week') return daily(filter.from, after(filter.to));
  const { first, end } = splitByMonth(filter.from, filter.to);
  if (first && end && first >= end) return daily(filter.from, after(filter.to));
  const monthly: SQL[] = [
    sql`m.org_id = ${orgId}`,
    sql`m.survey_id = ${surveyId}`,
    siteFilter(orgId, filter, sql`m.site_id`),
  ];
  if (first) monthly.push(sql`m.month >= ${first}::date`);
  if (end) monthly.push(sql`m.month < ${end}::date`);
  const parts: SQL[] = [
    sql`select m.month as day, m.question as q, m.value as v, m.n, m.total, m.total_squares from answer_rollups_monthly m where ${sql.join(monthly, sql` and `)}`,
  ];
  if (filter.from && first && filter.from < first) parts.push(daily(filter.from, first));
  if (filter.to && end && after(filter.to) !== end) parts.push(daily(end, after(filter.to)));
  return sql.join(parts, sql` union all `);
}

/**
 * The facts stored with each submission matching the filter's sites and answers, collected in
 * [from, before) (open ends reach everything), as `(day, q, v, n, total, total_squares)` rows.
 */
function rowSource(
  orgId: string,
  surveyId: string,
  filter: ResultsFilter,
  from: string | undefined,
  before: string | undefined,
): SQL {
  const day = sql`(m.collected_at at time zone 'UTC')::date`;
  const where: SQL[] = [
    sql`m.org_id = ${orgId}`,
    sql`m.survey_id = ${surveyId}`,
    siteFilter(orgId, filter, sql`m.site_id`),
  ];
  if (from) where.push(sql`m.collected_at >= ${from}::date`);
  if (before) where.push(sql`m.collected_at < ${before}::date`);
  for (const [question, value] of Object.entries(filter.answers ?? {}))
    where.push(sql`m.answers ->> ${question} = ${value}`);
  return sql`select ${day} as day, f.q, f.v, 1 as n, coalesce(f.x, 0) as total, coalesce(f.x * f.x, 0) as total_squares
    from submissions m cross join lateral json_to_recordset(m.facts) as f(q text, v text, x float8)
    where ${sql.join(where, sql` and `)}`;
}

/**
 * The facts of the submissions answering `value` to the declared `question`: the whole months from
 * `disaggregated_rollups_monthly`, the days at the edges of the range from the submissions.
 */
function disaggregatedSource(
  orgId: string,
  surveyId: string,
  filter: ResultsFilter,
  question: string,
  value: string,
): SQL {
  const { first, end } = splitByMonth(filter.from, filter.to);
  if (first && end && first >= end) return rowSource(orgId, surveyId, filter, filter.from, after(filter.to));
  const monthly: SQL[] = [
    sql`m.org_id = ${orgId}`,
    sql`m.survey_id = ${surveyId}`,
    sql`m.by_question = ${question}`,
    sql`m.by_value = ${value}`,
    siteFilter(orgId, filter, sql`m.site_id`),
  ];
  if (first) monthly.push(sql`m.month >= ${first}::date`);
  if (end) monthly.push(sql`m.month < ${end}::date`);
  const parts: SQL[] = [
    sql`select m.month as day, m.question as q, m.value as v, m.n, m.total, m.total_squares from disaggregated_rollups_monthly m where ${sql.join(monthly, sql` and `)}`,
  ];
  if (filter.from && first && filter.from < first)
    parts.push(rowSource(orgId, surveyId, filter, filter.from, first));
  if (filter.to && end && after(filter.to) !== end)
    parts.push(rowSource(orgId, surveyId, filter, end, after(filter.to)));
  return sql.join(parts, sql` union all `);
}

/**
 * The facts of the filtered submissions as `(day, q, v, n, total, total_squares)` rows: from the
 * rollups without an answer filter; with one answer filter on a declared question (registered in
 * `disaggregations`), from the disaggregated rollups for whole months; else from the facts stored
 * with each matching submission (several answer filters, an undeclared question, weekly buckets).
 */
async function factSource(
  db: Db,
  orgId: string,
  surveyId: string,
  filter: ResultsFilter,
  bucket: TimeBucket,
): Promise<SQL> {
  const answers = Object.entries(filter.answers ?? {});
  if (answers.length === 0) return rollupSource(orgId, surveyId, filter, bucket);
  const [only] = answers;
  // a week is not inside one month: weekly timelines read the rows
  if (
    answers.length === 1 &&
    only &&
    bucket !== 'week' &&
    (await isDisaggregated(db, orgId, surveyId, only[0]))
  )
    return disaggregatedSource(orgId, surveyId, filter, only[0], only[1]);
  return rowSource(orgId, surveyId, filter, filter.from, after(filter.to));
}

interface TotalRow {
  question: string;
  value: string;
  n: string | number;
  total: string | number;
  total_squares: string | number;
  period?: string | Date;
}

function toTotal(row: TotalRow): FactTotal {
  return {
    question: row.question,
    value: row.value,
    n: Number(row.n),
    total: Number(row.total),
    totalSquares: Number(row.total_squares),
  };
}

function isoDay(value: string | Date | undefined): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '').slice(0, 10);
}

/**
 * Aggregate a survey's submissions in the database: totals per question and value, and a
 * timeline of submissions and indicators per bucket. No submission row leaves the database.
 */
export async function aggregateSurvey(
  db: Db,
  orgId: string,
  surveyId: string,
  filter: ResultsFilter = {},
  bucket: TimeBucket = 'month',
): Promise<RawResults> {
  const source = await factSource(db, orgId, surveyId, filter, bucket);
  const unit = sql.raw(`'${bucket}'`);
  // summed per day (or month), question and value first, across sites: the bucket's text is then
  // computed once per group, not once per rollup row (at 4M submissions kept four years, 156,000
  // monthly rows sum to 16,000); then one pass gives the totals per question and value, and per
  // bucket for the `@` facts
  const result = await db.execute(sql`with f as (${source}),
    g as (select day, q, v, sum(n) as n, sum(total) as total, sum(total_squares) as total_squares
      from f group by q, v, day)
    select grouping(period) as whole, period, q as question, v as value,
      sum(n) as n, sum(total) as total, sum(total_squares) as total_squares
    from (select case when q like '@%' then to_char(date_trunc(${unit}, day), 'YYYY-MM-DD') end as period,
        q, v, n, total, total_squares from g) x
    group by grouping sets ((q, v), (period, q, v))`);
  const totals: FactTotal[] = [];
  const timeline: FactTotalInTime[] = [];
  for (const row of resultRows<TotalRow & { whole: number | string }>(result)) {
    if (Number(row.whole) === 1) totals.push(toTotal(row));
    else if (row.period !== null && row.period !== undefined)
      timeline.push({ ...toTotal(row), period: isoDay(row.period) });
  }
  timeline.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  return { totals, timeline };
}
