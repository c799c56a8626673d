import { type Db, sites, submissions } from '@kolo/db';
import { and, asc, eq, gt, gte, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';

export interface RowsFilter {
  readonly orgId: string;
  readonly surveyId: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly siteIds?: readonly string[] | undefined;
  /**
   * Only submissions received by this time (ISO text): an export reading the submissions more than
   * once (a sheet per repeat section) reads the same ones each time.
   */
  readonly receivedBy?: string | undefined;
}

export interface SubmissionRow {
  id: string;
  version: number;
  siteId: string;
  siteName: string;
  country: string;
  collectedAt: Date;
  receivedAt: Date;
  locale: string;
  answers: Record<string, unknown>;
}

function conditions(filter: RowsFilter): SQL[] {
  const where: SQL[] = [eq(submissions.orgId, filter.orgId), eq(submissions.surveyId, filter.surveyId)];
  if (filter.from) where.push(gte(submissions.collectedAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to)
    where.push(
      lt(submissions.collectedAt, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000)),
    );
  if (filter.siteIds?.length) where.push(inArray(submissions.siteId, [...filter.siteIds]));
  if (filter.receivedBy) where.push(lte(submissions.receivedAt, new Date(filter.receivedBy)));
  return where;
}

const columns = {
  id: submissions.id,
  version: submissions.version,
  siteId: submissions.siteId,
  siteName: sites.name,
  country: sites.country,
  collectedAt: submissions.collectedAt,
  receivedAt: submissions.receivedAt,
  locale: submissions.locale,
  answers: submissions.answers,
};

/** One page of submissions, newest first. */
export async function submissionPage(
  db: Db,
  filter: RowsFilter,
  offset: number,
  limit: number,
): Promise<SubmissionRow[]> {
  const rows = await db
    .select(columns)
    .from(submissions)
    .innerJoin(sites, eq(sites.id, submissions.siteId))
    .where(and(...conditions(filter)))
    .orderBy(asc(submissions.collectedAt), asc(submissions.id))
    .limit(limit)
    .offset(offset);
  return rows as SubmissionRow[];
}

/** A submission as the exports need it: the site looked up, the time already as ISO text. */
export interface ExportRow {
  readonly id: string;
  readonly version: number;
  readonly siteName: string;
  readonly country: string;
  /** `collected_at` as `toISOString()` writes it (UTC, milliseconds). */
  readonly collectedAt: string;
  readonly locale: string;
  readonly answers: Record<string, unknown>;
}

interface ExportRecord {
  id: string;
  version: number;
  site_id: string;
  /** `collected_at` in UTC to the microsecond, with a `Z`: exact, so the next chunk starts right after it. */
  at: string;
  locale: string;
  answers: Record<string, unknown>;
}

type SiteNames = Map<string, { name: string; country: string }>;

/** The sites rows may name: the organisation's, read once, and any other site the first time a row names it. */
async function siteNames(
  db: Db,
  orgId: string,
): Promise<(rows: readonly ExportRecord[]) => Promise<SiteNames>> {
  const names: SiteNames = new Map();
  const load = async (where: SQL) => {
    const found = await db
      .select({ id: sites.id, name: sites.name, country: sites.country })
      .from(sites)
      .where(where);
    for (const site of found) names.set(site.id, { name: site.name, country: site.country });
  };
  await load(eq(sites.orgId, orgId));
  return async (rows) => {
    const missing = new Set<string>();
    for (const row of rows) if (!names.has(row.site_id)) missing.add(row.site_id);
    if (missing.size > 0) await load(inArray(sites.id, [...missing]));
    return names;
  };
}

/**
 * Every matching submission in chunks, by keyset on (collected_at, id): memory stays constant
 * however many rows there are, on PGlite and PostgreSQL alike. Plain SQL rather than a drizzle
 * select (its per-row mapping and a `Date` per timestamp were a tenth of the API's time at a
 * million rows), sites from a map rather than a join, and the next chunk asked for while the
 * caller works on this one. Chunks of 1000 stay in V8's young generation: at 2000 and more they
 * were promoted, and garbage collection and the process's peak memory grew with them.
 */
export async function* submissionChunks(
  db: Db,
  filter: RowsFilter,
  size = 1000,
): AsyncGenerator<ExportRow[]> {
  const lookUp = await siteNames(db, filter.orgId);
  const page = async (after: ExportRecord | undefined): Promise<ExportRecord[]> => {
    const where = conditions(filter);
    if (after) {
      const at = sql`${after.at}::timestamptz`;
      // the `>=` bound is a range on the (org, survey, collected_at) index, so each chunk starts
      // where the last ended instead of reading every earlier row again
      where.push(
        gte(submissions.collectedAt, at),
        or(
          gt(submissions.collectedAt, at),
          and(eq(submissions.collectedAt, at), gt(submissions.id, after.id)),
        ) as SQL,
      );
    }
    // node-postgres and PGlite both answer with `rows`
    const result = (await db.execute(sql`
      select ${submissions.id} as id, ${submissions.version} as version, ${submissions.siteId} as site_id,
        to_char(${submissions.collectedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
        ${submissions.locale} as locale, ${submissions.answers} as answers
      from ${submissions}
      where ${and(...where)}
      order by ${submissions.collectedAt}, ${submissions.id}
      limit ${size}`)) as { rows: ExportRecord[] };
    return result.rows;
  };
  let next = page(undefined);
  for (;;) {
    const records = await next;
    const last = records[records.length - 1];
    if (!last) return;
    if (records.length === size) {
      next = page(last);
      // a consumer that stops early never awaits it: its failure must not end the process
      next.catch(() => undefined);
    }
    const names = await lookUp(records);
    const rows: ExportRow[] = [];
    for (const r of records) {
      const site = names.get(r.site_id);
      // as the inner join on sites did: a row without its site is left out
      if (!site) continue;
      rows.push({
        id: r.id,
        version: r.version,
        siteName: site.name,
        country: site.country,
        // toISOString() keeps milliseconds and drops the rest, as this does
        collectedAt: `${r.at.slice(0, 23)}Z`,
        locale: r.locale,
        answers: r.answers,
      });
    }
    yield rows;
    if (records.length < size) return;
  }
}

/**
 * The database's time now, as ISO text for {@link RowsFilter.receivedBy}: its clock, not this
 * process's, stamps `received_at`.
 */
export async function databaseNow(db: Db): Promise<string> {
  const result = (await db.execute(
    sql`select to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as now`,
  )) as { rows: Array<{ now: string }> };
  const now = result.rows[0]?.now;
  if (!now) throw new Error('the database gave no time');
  return now;
}
