import { type Db, organizations, type RawResults, resultRows, validatedPeriods } from '@kolo/db';
import { and, eq, sql } from 'drizzle-orm';
import { monthsBetween } from './periods.ts';

/** How community validation shaped a response: which months were left out or are preliminary. */
export interface ValidationState {
  /** Whether the organization withholds figures the community has not validated. */
  readonly embargo: boolean;
  /** Months (first days) with data left out as not validated yet: funders and share links. */
  readonly withheldMonths: string[];
  /** Months (first days) with data not validated yet, shown to staff marked preliminary. */
  readonly preliminaryMonths: string[];
}

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const DAY_MS = 86_400_000;
const shift = (day: string, days: number) =>
  new Date(new Date(`${day}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
const nextMonth = (month: string) => {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
};

/**
 * The months of a survey's data in [from, to] not covered by a validated period, when the
 * organization's validation embargo is on (none when it is off).
 */
export async function unvalidatedMonths(
  db: Db,
  orgId: string,
  surveyId: string,
  from: string | undefined,
  to: string | undefined,
): Promise<{ embargo: boolean; months: string[] }> {
  const [org] = await db
    .select({ embargo: organizations.validationEmbargo })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!org?.embargo) return { embargo: false, months: [] };
  const range = [sql`org_id = ${orgId}`, sql`survey_id = ${surveyId}`];
  if (from) range.push(sql`month >= ${monthStart(from)}::date`);
  if (to) range.push(sql`month <= ${to}::date`);
  const result = await db.execute(
    sql`select distinct to_char(month, 'YYYY-MM-DD') as month from answer_rollups_monthly where ${sql.join(range, sql` and `)}`,
  );
  const withData = resultRows<{ month: string }>(result).map((r) => String(r.month).slice(0, 10));
  if (withData.length === 0) return { embargo: true, months: [] };
  const validated = new Set<string>();
  const periods = await db
    .select({ from: validatedPeriods.periodStart, to: validatedPeriods.periodEnd })
    .from(validatedPeriods)
    .where(and(eq(validatedPeriods.orgId, orgId), eq(validatedPeriods.surveyId, surveyId)));
  for (const p of periods) for (const m of monthsBetween(p.from, p.to)) validated.add(m);
  return { embargo: true, months: withData.filter((m) => !validated.has(m)).sort() };
}

/** The parts of [from, to] (open ends stay open) left once whole `months` are taken out. */
export function rangesWithout(
  from: string | undefined,
  to: string | undefined,
  months: readonly string[],
): Array<{ from: string | undefined; to: string | undefined }> {
  const out: Array<{ from: string | undefined; to: string | undefined }> = [];
  let start = from;
  for (const month of [...months].sort()) {
    const end = shift(month, -1);
    if (start === undefined || start <= end) out.push({ from: start, to: end });
    start = nextMonth(month);
  }
  if (start === undefined || to === undefined || start <= to) out.push({ from: start, to });
  return out;
}

/** Sum raw aggregates of disjoint periods into one, as if read in a single pass. */
export function mergeRaw(parts: readonly RawResults[]): RawResults {
  if (parts.length === 1 && parts[0]) return parts[0];
  const totals = new Map<string, RawResults['totals'][number]>();
  const timeline = new Map<string, RawResults['timeline'][number]>();
  const add = <T extends { n: number; total: number; totalSquares: number }>(
    map: Map<string, T>,
    key: string,
    row: T,
  ) => {
    const seen = map.get(key);
    map.set(
      key,
      seen
        ? {
            ...seen,
            n: seen.n + row.n,
            total: seen.total + row.total,
            totalSquares: seen.totalSquares + row.totalSquares,
          }
        : row,
    );
  };
  for (const part of parts) {
    for (const row of part.totals) add(totals, `${row.question}\u0000${row.value}`, row);
    for (const row of part.timeline)
      add(timeline, `${row.period}\u0000${row.question}\u0000${row.value}`, row);
  }
  const points = [...timeline.values()].sort((a, b) =>
    a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
  return { totals: [...totals.values()], timeline: points };
}
