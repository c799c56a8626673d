import { createHash } from 'node:crypto';
import { type Db, organizations, shareLinks } from '@kolo/db';
import { and, eq, isNull } from 'drizzle-orm';
import { ApiError, notFound } from './errors.ts';
import { ResultsQuery } from './results-query.ts';

/** The stored hash of a share link's token: the token itself is never stored. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The results filters a share link keeps: a results query without its time bucket. */
export const ShareFilters = ResultsQuery.omit({ bucket: true });
export type ShareFilters = typeof ShareFilters._output;

/** The filter fields of a results query, in the order they are described. */
export const SHARE_FILTER_KEYS = ['from', 'to', 'country', 'siteId', 'serviceType', 'filter'] as const;

/** What a share link shows beside the results; each needs the link's own option. */
export type ShareLinkPart = 'scorecard' | 'accountability';

/** A live share link as the public routes see it. */
export interface PublicShareLink {
  id: string;
  orgId: string;
  surveyId: string;
  label: string | null;
  orgName: string;
  filters: ShareFilters;
  expiresAt: Date | null;
  showScorecard: boolean;
  showAccountability: boolean;
}

/**
 * The live share link of a token: 404 when there is none or it was revoked, 410 once its expiry
 * date has passed (with the date, so the reader knows to ask for a new one).
 */
export async function linkByToken(db: Db, token: string, now = new Date()): Promise<PublicShareLink> {
  const [link] = await db
    .select({
      id: shareLinks.id,
      orgId: shareLinks.orgId,
      surveyId: shareLinks.surveyId,
      label: shareLinks.label,
      orgName: organizations.name,
      filters: shareLinks.filters,
      expiresAt: shareLinks.expiresAt,
      showScorecard: shareLinks.showScorecard,
      showAccountability: shareLinks.showAccountability,
    })
    .from(shareLinks)
    .innerJoin(organizations, eq(organizations.id, shareLinks.orgId))
    .where(and(eq(shareLinks.tokenHash, tokenHash(token)), isNull(shareLinks.revokedAt)));
  if (!link) throw notFound('share link (it may have been revoked)');
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime())
    throw new ApiError(
      410,
      'gone',
      `this share link stopped working after ${link.expiresAt.toISOString().slice(0, 10)}; ask the organization that shared it for a new one`,
    );
  const filters = ShareFilters.safeParse(link.filters);
  return { ...link, filters: filters.success ? filters.data : {} };
}

/**
 * Whether a share link may show the scorecard or the accountability board: only when it was
 * made with that option. The public routes of those parts call this (or {@link requireShareLinkShows}).
 * @example if (!shareLinkAllows(link, 'scorecard')) throw forbidden(...)
 */
export function shareLinkAllows(
  link: Pick<PublicShareLink, 'showScorecard' | 'showAccountability'>,
  part: ShareLinkPart,
): boolean {
  return part === 'scorecard' ? link.showScorecard : link.showAccountability;
}

/** Refuse (403) a public request for a part the share link was not made to show. */
export function requireShareLinkShows(
  link: Pick<PublicShareLink, 'showScorecard' | 'showAccountability'>,
  part: ShareLinkPart,
): void {
  if (!shareLinkAllows(link, part))
    throw new ApiError(
      403,
      'forbidden',
      `this share link does not show the ${part === 'scorecard' ? 'scorecard' : 'findings and actions'}; the organization can make a link that does`,
    );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The results query a public request may run: the link's own filters, with only the time bucket
 * the reader's. A request that names a filter of its own (another period, site, answer...) is
 * refused with 403 saying which, rather than answered: the link shows what it was made to show.
 */
export function publicResultsQuery(
  link: Pick<PublicShareLink, 'filters'>,
  request: ResultsQuery,
): ResultsQuery {
  // a request that is wrong in itself hears what to fix first
  if (request.from && request.to && request.from > request.to)
    throw new ApiError(422, 'invalid', 'from must not be after to');
  const asked = SHARE_FILTER_KEYS.filter(
    (key) => request[key] !== undefined && !same(request[key], link.filters[key]),
  );
  if (asked.length > 0)
    throw new ApiError(
      403,
      'forbidden',
      `this share link shows only the filters it was made with; remove ${asked.join(', ')} from the request`,
    );
  return { ...link.filters, ...(request.bucket ? { bucket: request.bucket } : {}) };
}
