import { type Db, sites } from '@kolo/db';
import type { Site } from '@kolo/schema';
import { and, eq, inArray } from 'drizzle-orm';
import { audit } from '../audit.ts';

type SiteRow = typeof sites.$inferSelect;

/** The fields of a site an admin sets. */
export interface SiteFields {
  readonly name: string;
  readonly country: string;
  readonly city: string;
  readonly serviceTypes: readonly string[];
  readonly active?: boolean | undefined;
}

/** Who changes a site: an admin of its organization. */
export interface SiteEditor {
  readonly orgId: string;
  readonly userId: string | null;
}

const answer = (site: SiteRow): Site => ({ ...site, createdAt: site.createdAt.toISOString() });

/** The sites of an organization by country, city and name. */
export async function listSites(db: Db, orgId: string): Promise<Site[]> {
  const rows = await db
    .select()
    .from(sites)
    .where(eq(sites.orgId, orgId))
    .orderBy(sites.country, sites.city, sites.name);
  return rows.map(answer);
}

/** Add a site to the editor's organization, with its `site_change` audit entry in the same transaction. */
export async function addSite(db: Db, by: SiteEditor, fields: SiteFields): Promise<Site> {
  return db.transaction(async (tx) => {
    const [site] = await tx
      .insert(sites)
      .values({ ...fields, serviceTypes: [...fields.serviceTypes], orgId: by.orgId })
      .returning();
    if (!site) throw new Error('the site was not created');
    await audit(tx, by, 'site_change', site.id, { created: true });
    return answer(site);
  });
}

/**
 * Change the fields sent of a site of the editor's organization (none: answer it as it is), with
 * its audit entry. Undefined when the organization has no such site.
 */
export async function changeSite(
  db: Db,
  by: SiteEditor,
  id: string,
  change: Partial<SiteFields>,
): Promise<Site | undefined> {
  const ofOrg = and(eq(sites.id, id), eq(sites.orgId, by.orgId));
  const fields = Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
  return db.transaction(async (tx) => {
    const [site] =
      Object.keys(fields).length === 0
        ? await tx.select().from(sites).where(ofOrg)
        : await tx.update(sites).set(fields).where(ofOrg).returning();
    if (!site) return undefined;
    await audit(tx, by, 'site_change', site.id, { fields: Object.keys(change) });
    return answer(site);
  });
}

/** True when every id names a site of the organization (an empty list is). */
export async function allSitesOf(db: Db, orgId: string, siteIds: readonly string[]): Promise<boolean> {
  if (siteIds.length === 0) return true;
  const found = await db
    .select({ id: sites.id })
    .from(sites)
    .where(and(eq(sites.orgId, orgId), inArray(sites.id, [...siteIds])));
  return found.length === new Set(siteIds).size;
}
