import { z } from 'zod';

/**
 * What the administration API answers about sites and people, defined once for the API (its
 * OpenAPI document and checks) and the dashboard (its types).
 */

/**
 * The services a site can offer: the codes the surveys' "which service did you use" questions use,
 * so a site's services and the respondents' answers match. The API accepts only these.
 */
export const SITE_SERVICE_TYPES = [
  'nsp',
  'ost',
  'dic',
  'hiv_testing',
  'prep',
  'hiv_treatment',
  'hcv',
  'tb',
  'drug_checking',
  'condoms',
  'legal',
  'social',
  'psychological',
  'medical',
  'peer_support',
  'outreach',
  'nightlife',
  'online',
] as const;
export type SiteServiceType = (typeof SITE_SERVICE_TYPES)[number];

/** A role in an organization. */
export const Role = z.enum(['admin', 'staff', 'monitor', 'funder']);
export type Role = z.infer<typeof Role>;

/** A service point of the organization. */
export const Site = z.object({
  id: z.string(),
  orgId: z.string(),
  name: z.string(),
  /** ISO 3166-1 alpha-2. */
  country: z.string(),
  city: z.string(),
  /** Codes from the fixed list of service types. */
  serviceTypes: z.array(z.string()),
  /** An inactive site is not offered for new interviews; its data stays in the results. */
  active: z.boolean(),
  createdAt: z.string(),
});
export type Site = z.infer<typeof Site>;

export const SiteList = z.object({ sites: z.array(Site) });

/** A person of the organization with their role and sites. */
export const Member = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  active: z.boolean(),
  role: Role,
  siteIds: z.array(z.string()),
  /** A funder's last day of access (`YYYY-MM-DD`), or null. */
  accessUntil: z.string().nullable(),
  /** The password was set by an admin (a new account, a reset): the person chooses their own at next sign-in. */
  mustChangePassword: z.boolean(),
});
export type Member = z.infer<typeof Member>;

export const MemberList = z.object({ users: z.array(Member) });
