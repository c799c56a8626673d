import { type Db, sites, submissions } from '@kolo/db';
import { and, asc, eq, gt, gte, inArray, lt, or, type SQL } from 'drizzle-orm';

export interface RowsFilter {
  readonly orgId: string;
  readonly surveyId: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly siteIds?: readonly string[] | undefined;
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

/**
 * Every matching submission in chunks, by keyset on (collected_at, id): memory stays constant
 * however many rows there are, on PGlite and PostgreSQL alike.
 */
export async function* submissionChunks(
  db: Db,
  filter: RowsFilter,
  size = 2000,
): AsyncGenerator<SubmissionRow[]> {
  let after: { at: Date; id: string } | undefined;
  for (;;) {
    const where = conditions(filter);
    if (after) {
      const { at, id } = after;
      // the `>=` bound is a range on the (org, survey, collected_at) index, so each chunk starts
      // where the last ended instead of reading every earlier row again
      where.push(
        gte(submissions.collectedAt, at),
        or(
          gt(submissions.collectedAt, at),
          and(eq(submissions.collectedAt, at), gt(submissions.id, id)),
        ) as SQL,
      );
    }
    const rows = (await db
      .select(columns)
      .from(submissions)
      .innerJoin(sites, eq(sites.id, submissions.siteId))
      .where(and(...where))
      .orderBy(asc(submissions.collectedAt), asc(submissions.id))
      .limit(size)) as SubmissionRow[];
    if (rows.length === 0) return;
    yield rows;
    const last = rows[rows.length - 1] as SubmissionRow;
    after = { at: last.collectedAt, id: last.id };
    if (rows.length < size) return;
  }
}
