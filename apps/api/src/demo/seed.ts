import { randomBytes } from 'node:crypto';
import { type Db, organizations, sites, submissions } from '@kolo/db';
import { library } from '@kolo/surveys';
import { sql } from 'drizzle-orm';
import { createMember } from '../admin/members.ts';
import { hashPassword } from '../auth/password.ts';
import { publishVersion } from '../survey-store.ts';
import { seedAccountability } from './accountability.ts';
import { generateSubmissions } from './generate.ts';
import { DEMO_STORY } from './story.ts';

/** The demo network's sites: 14 places in 5 countries. */
export const DEMO_SITES = [
  {
    name: 'Drop-in centre "Svitlo"',
    country: 'UA',
    city: 'Kyiv',
    serviceTypes: ['nsp', 'dic', 'hiv_testing', 'peer_support'],
  },
  { name: 'Street outreach Podil', country: 'UA', city: 'Kyiv', serviceTypes: ['nsp', 'outreach'] },
  { name: 'OST clinic No. 3', country: 'UA', city: 'Odesa', serviceTypes: ['ost', 'hcv', 'medical'] },
  {
    name: 'Harm reduction point Dnipro',
    country: 'UA',
    city: 'Dnipro',
    serviceTypes: ['nsp', 'hiv_testing', 'prep'],
  },
  {
    name: 'Community centre Lviv',
    country: 'UA',
    city: 'Lviv',
    serviceTypes: ['dic', 'legal', 'psychological'],
  },
  { name: 'Bishkek drop-in', country: 'KG', city: 'Bishkek', serviceTypes: ['nsp', 'dic', 'hiv_testing'] },
  { name: 'Osh outreach route', country: 'KG', city: 'Osh', serviceTypes: ['nsp', 'outreach', 'tb'] },
  { name: 'Bishkek OST site', country: 'KG', city: 'Bishkek', serviceTypes: ['ost', 'medical'] },
  {
    name: 'Warsaw party outreach',
    country: 'PL',
    city: 'Warszawa',
    serviceTypes: ['nightlife', 'drug_checking', 'prep'],
  },
  {
    name: 'Kraków low-threshold centre',
    country: 'PL',
    city: 'Kraków',
    serviceTypes: ['nsp', 'dic', 'social'],
  },
  { name: 'Chișinău NSP', country: 'MD', city: 'Chișinău', serviceTypes: ['nsp', 'hiv_testing'] },
  { name: 'Bălți community clinic', country: 'MD', city: 'Bălți', serviceTypes: ['ost', 'hcv', 'tb'] },
  {
    name: 'Almaty trust point',
    country: 'KZ',
    city: 'Almaty',
    serviceTypes: ['nsp', 'hiv_testing', 'peer_support'],
  },
  {
    name: 'Online counselling',
    country: 'KZ',
    city: 'Astana',
    serviceTypes: ['online', 'psychological', 'prep'],
  },
] as const;

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.kolo', name: 'Olena (admin)', role: 'admin' },
  { email: 'staff@demo.kolo', name: 'Aibek (network staff)', role: 'staff' },
  { email: 'monitor@demo.kolo', name: 'Taras (peer monitor)', role: 'monitor' },
  { email: 'funder@demo.kolo', name: 'Maria (funder)', role: 'funder' },
] as const;

/** Submissions per library survey in the demo; the satisfaction survey gets the most. */
export const DEMO_VOLUME: Record<string, number> = {
  'service-satisfaction': 4000,
  'community-involvement': 600,
  'service-access': 900,
  'rights-barriers': 700,
};

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
  return (row?.n ?? 0) === 0;
}

export interface DemoResult {
  readonly password: string;
  readonly submissions: number;
}

/** Load the demo network, accounts, library surveys and a year of synthetic submissions. */
export async function seedDemo(
  db: Db,
  options: { password?: string | undefined; volume?: number; log?: (m: string) => void } = {},
): Promise<DemoResult> {
  const log = options.log ?? (() => {});
  const password = options.password ?? randomBytes(9).toString('base64url');
  const [org] = await db
    .insert(organizations)
    .values({ slug: 'demo', name: 'Demo Harm Reduction Network' })
    .returning();
  if (!org) throw new Error('could not create the demo organization');
  const siteRows = await db
    .insert(sites)
    .values(DEMO_SITES.map((s) => ({ ...s, serviceTypes: [...s.serviceTypes], orgId: org.id })))
    .returning({ id: sites.id, country: sites.country });
  const hash = await hashPassword(password);
  const monitorSites = siteRows.filter((s) => s.country === 'UA' || s.country === 'KG').map((s) => s.id);
  let monitorId: string | null = null;
  for (const account of DEMO_ACCOUNTS) {
    const userId = await createMember(
      db,
      { orgId: org.id, userId: null },
      {
        email: account.email,
        name: account.name,
        passwordHash: hash,
        role: account.role,
        siteIds: account.role === 'monitor' ? monitorSites : [],
      },
      { via: 'demo' },
    );
    if (account.role === 'monitor') monitorId = userId;
  }
  let total = 0;
  for (const [index, definition] of library.entries()) {
    const published = await publishVersion(db, org.id, definition, null, {
      added: [],
      removed: [],
      changed: [],
      note: 'kolo library',
    });
    const count = Math.round((DEMO_VOLUME[definition.id] ?? 500) * (options.volume ?? 1));
    log(`demo: ${count} submissions of ${definition.id}`);
    total += await generateSubmissions(db, {
      orgId: org.id,
      survey: published,
      count,
      seed: 1000 + index,
      collectedBy: monitorId,
      story: DEMO_STORY,
    });
  }
  await seedAccountability(db, org.id);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(submissions);
  return { password, submissions: row?.n ?? total };
}
