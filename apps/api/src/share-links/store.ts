import { type Db, shareLinks, sites } from '@kolo/db';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { audit } from '../audit.ts';
import { SHARE_FILTER_KEYS, type ShareFilters } from '../share-link-access.ts';

/** A share link as stored (its token only as a hash). */
export type ShareLinkRow = typeof shareLinks.$inferSelect;

/** Who changes the share links: a user of the organization, or the command line (no user). */
export interface Editor {
  readonly orgId: string;
  readonly userId: string | null;
}

/** What a new share link keeps. */
export interface NewShareLink {
  readonly surveyId: string;
  readonly tokenHash: string;
  readonly label: string | null;
  readonly filters: ShareFilters;
  /** The day it stops working (written `2026-06-30`) and the instant that day ends, or null. */
  readonly expiresOn: string | null;
  readonly expiresAt: Date | null;
  readonly showScorecard: boolean;
  readonly showAccountability: boolean;
}

/** The share links of an organization, newest first. */
export async function listShareLinks(db: Db, orgId: string): Promise<ShareLinkRow[]> {
  return db.select().from(shareLinks).where(eq(shareLinks.orgId, orgId)).orderBy(desc(shareLinks.createdAt));
}

/** The sites among `ids` that belong to the organization, with their name and city. */
export async function sitesNamed(
  db: Db,
  orgId: string,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string; city: string }>> {
  if (ids.length === 0) return [];
  return db
    .select({ id: sites.id, name: sites.name, city: sites.city })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), inArray(sites.id, [...ids])));
}

/** Store a share link with its `share_link_create` audit entry in the same transaction; its id. */
export async function createShareLink(db: Db, by: Editor, link: NewShareLink): Promise<string> {
  const kept = SHARE_FILTER_KEYS.filter((k) => link.filters[k] !== undefined);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(shareLinks)
      .values({
        orgId: by.orgId,
        surveyId: link.surveyId,
        tokenHash: link.tokenHash,
        label: link.label,
        createdBy: by.userId,
        filters: Object.fromEntries(kept.map((k) => [k, link.filters[k]])),
        expiresAt: link.expiresAt,
        showScorecard: link.showScorecard,
        showAccountability: link.showAccountability,
      })
      .returning({ id: shareLinks.id });
    if (!row) throw new Error('share link not created');
    await audit(tx, by, 'share_link_create', row.id, {
      surveyId: link.surveyId,
      filters: kept,
      expiresOn: link.expiresOn,
      showScorecard: link.showScorecard,
      showAccountability: link.showAccountability,
    });
    return row.id;
  });
}

/**
 * Revoke a live share link of the organization, with its `share_link_revoke` audit entry in the
 * same transaction. False when it has no such link, or the link is already revoked.
 */
export async function revokeShareLink(db: Db, by: Editor, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(shareLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(shareLinks.id, id), eq(shareLinks.orgId, by.orgId), isNull(shareLinks.revokedAt)))
      .returning({ id: shareLinks.id });
    if (updated.length === 0) return false;
    await audit(tx, by, 'share_link_revoke', id);
    return true;
  });
}
