import { type SQL, sql } from 'drizzle-orm';
import { FactCounts, FactNumbers } from './fact-counts.ts';
import type { Fact } from './facts.ts';

const KEY = '1, 2, 3, 4, 5, 6';

function upsert(table: 'answer_rollups' | 'answer_rollups_monthly', period: 'day' | 'month', rows: SQL): SQL {
  const t = sql.raw(table);
  const p = sql.raw(period);
  return sql`insert into ${t} (org_id, survey_id, ${p}, site_id, question, value, n, total, total_squares)
    ${rows}
    order by ${sql.raw(KEY)}
    on conflict (org_id, survey_id, ${p}, site_id, question, value) do update set
      n = ${t}.n + excluded.n,
      total = ${t}.total + excluded.total,
      total_squares = ${t}.total_squares + excluded.total_squares
    returning 1`;
}

/**
 * The common table expressions that add daily counts to both rollup tables: `daily` is a query of
 * `(org_id, survey_id, day, site_id, question, value, n, total, total_squares)` with one row per key;
 * the monthly rollups are summed from it rather than from the facts again. Rows are written in key
 * order so concurrent writers never deadlock. Splice into a `with` list.
 */
export function rollupUpserts(daily: SQL): SQL {
  return sql`daily as materialized (${daily}),
    rolled as (${upsert('answer_rollups', 'day', sql`select * from daily`)}),
    rolled_monthly as (${upsert(
      'answer_rollups_monthly',
      'month',
      sql`select org_id, survey_id, date_trunc('month', day)::date, site_id, question, value, sum(n), sum(total), sum(total_squares)
        from daily group by ${sql.raw(KEY)}`,
    )})`;
}

/** What one stored submission adds to the rollups. */
export interface RollupSource {
  readonly orgId: string;
  readonly surveyId: string;
  readonly siteId: string;
  readonly collectedAt: Date;
  readonly facts: readonly Fact[];
}

/**
 * Daily rollup counts of submissions, added up in JavaScript (the facts are at hand already) one
 * batch at a time: one row per key instead of one per fact, so the database only sorts and upserts
 * the few thousand keys, however many submissions were added. Counts are kept per fact number
 * (see {@link FactNumbers}; pass the fold's, so its other tallies number the facts only once).
 */
export class DailyTally {
  // grouped by submission key first, then counted per fact number
  private readonly groups = new Map<string, { head: string[]; counts: FactCounts }>();

  constructor(private readonly facts: FactNumbers = new FactNumbers()) {}

  /** Count submissions in. */
  add(stored: readonly RollupSource[]): void {
    for (const s of stored) {
      const day = s.collectedAt.toISOString().slice(0, 10);
      const groupKey = `${s.orgId}|${s.surveyId}|${day}|${s.siteId}`;
      let group = this.groups.get(groupKey);
      if (!group) {
        group = { head: [s.orgId, s.surveyId, day, s.siteId], counts: new FactCounts() };
        this.groups.set(groupKey, group);
      }
      group.counts.add(s.facts, this.facts.of(s.facts));
    }
  }

  /** Whether nothing was counted. */
  get empty(): boolean {
    return this.groups.size === 0;
  }

  /** The counts as a query for {@link rollupUpserts}. */
  sql(): SQL {
    const rows: unknown[] = [];
    for (const { head, counts } of this.groups.values()) {
      const [o, s, d, t] = head;
      for (const i of counts.numbers()) {
        const [q, v] = this.facts.list[i] as readonly [string, string];
        rows.push({ o, s, d, t, q, v, n: counts.n[i], x: counts.x[i], xx: counts.xx[i] });
      }
    }
    return sql`select o as org_id, s as survey_id, d as day, t as site_id, q as question, v as value,
      n, x as total, xx as total_squares
    from json_to_recordset(${JSON.stringify(rows)}::json)
      as r(o uuid, s text, d date, t uuid, q text, v text, n bigint, x float8, xx float8)`;
  }
}

/**
 * Daily rollup rows of submissions, counted in JavaScript (see {@link DailyTally}): a query for
 * {@link rollupUpserts}.
 */
export function dailyCounts(stored: readonly RollupSource[]): SQL {
  const tally = new DailyTally();
  tally.add(stored);
  return tally.sql();
}
