import { randomBytes } from 'node:crypto';
import { type Db, organizations, ROLES, type Role, sites, users } from '@kolo/db';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { createMember } from '../admin/members.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { type Command, parseCommandArgs, required } from './args.ts';
import { withDatabase } from './database.ts';
import { failure, say, usageError } from './io.ts';

const NAME = 'user create';
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

const slugList = (orgs: ReadonlyArray<{ slug: string }>) =>
  orgs
    .slice(0, 10)
    .map((o) => o.slug)
    .join(', ') + (orgs.length > 10 ? ', ...' : '');

/**
 * The organization a new user joins: by slug, or the only one there is; undefined when it is to
 * be created. A new slug is created only in an empty database or with --org-name, so a typo in
 * --org cannot start a second network by accident.
 */
async function findOrganization(db: Db, slug: string | undefined, orgName: string | undefined) {
  const all = await db.select().from(organizations).orderBy(organizations.slug).limit(11);
  if (slug === undefined) {
    if (all.length === 1) return all[0];
    if (all.length === 0)
      throw usageError(`${NAME}: no organization yet: give --org SLUG (and --org-name NAME) to create one`);
    throw usageError(`${NAME}: there are several organizations: give --org SLUG (${slugList(all)})`);
  }
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  if (org || all.length === 0 || orgName !== undefined) return org;
  throw usageError(
    `${NAME}: no organization "${slug}" (there are: ${slugList(all)}); to create it, give --org-name too`,
  );
}

/** `pnpm kolo user create`: a user with a role, and the organization if it is new. */
export const userCreateCommand: Command = {
  name: NAME,
  summary: 'Create a user with a role (and the organization, for the first admin)',
  usage: `Usage: pnpm kolo user create --email E --name N --role admin|staff|monitor|funder
                             [--org SLUG] [--org-name NAME] [--sites id,id] [--password P]

Create a user with a role in an organization, creating the organization when no organization
has that slug (in production, KOLO_DEMO=false, the first admin is made this way). The creation
is written to the audit log.

Options:
  --email E        sign-in email (stored lower-case)
  --name N         display name
  --role R         admin, staff, monitor or funder
  --org SLUG       the organization (may be left out when there is exactly one)
  --org-name NAME  the name of an organization created now (default: its slug)
  --sites ids      comma-separated site ids a monitor submits to
  --password P     at least ${MIN_PASSWORD_LENGTH} characters; else KOLO_NEW_PASSWORD; else a
                   temporary one is generated and printed once (changed at first sign-in)`,
  async run(argv, io) {
    const { values } = parseCommandArgs(NAME, argv, {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      'org-name': { type: 'string' },
      sites: { type: 'string' },
      password: { type: 'string' },
    });
    const email = required(NAME, 'email', values.email).trim().toLowerCase();
    if (!z.email().safeParse(email).success) throw usageError(`${NAME}: --email "${email}" is not an email`);
    const name = required(NAME, 'name', values.name).trim();
    const roleText = required(NAME, 'role', values.role);
    if (!(ROLES as readonly string[]).includes(roleText))
      throw usageError(`${NAME}: --role must be one of ${ROLES.join(', ')}, not "${roleText}"`);
    const role = roleText as Role;
    if (values.org !== undefined && !SLUG.test(values.org))
      throw usageError(`${NAME}: --org must be a slug of lower-case letters, digits and dashes`);
    const siteIds = (values.sites ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const badSite = siteIds.find((s) => !z.uuid().safeParse(s).success);
    if (badSite !== undefined) throw usageError(`${NAME}: --sites: "${badSite}" is not a site id`);
    const given = values.password ?? io.env.KOLO_NEW_PASSWORD;
    if (given !== undefined && given.length < MIN_PASSWORD_LENGTH)
      throw usageError(`${NAME}: the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
    const password = given ?? randomBytes(15).toString('base64url');

    await withDatabase(io, async ({ database }) => {
      const db = database.db;
      const existing = await findOrganization(db, values.org, values['org-name']);
      const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (taken) throw failure(`a user with the email ${email} exists already`);
      if (siteIds.length > 0) {
        const found = existing
          ? await db
              .select({ id: sites.id })
              .from(sites)
              .where(and(eq(sites.orgId, existing.id), inArray(sites.id, siteIds)))
          : [];
        const missing = siteIds.filter((id) => !found.some((s) => s.id === id));
        if (missing.length > 0)
          throw failure(`no site ${missing.join(', ')} in organization "${values.org ?? existing?.slug}"`);
      }
      const passwordHash = await hashPassword(password);
      const created = await db.transaction(async (tx) => {
        let org = existing;
        if (!org) {
          const slug = values.org as string;
          [org] = await tx
            .insert(organizations)
            .values({ slug, name: values['org-name']?.trim() || slug })
            .returning();
          if (!org) throw failure(`could not create the organization "${slug}"`);
        }
        const userId = await createMember(
          tx,
          { orgId: org.id, userId: null },
          // a generated password is read off the terminal by whoever ran this: temporary, as an
          // admin's is; one given with --password or KOLO_NEW_PASSWORD is the person's own
          { email, name, passwordHash, role, siteIds, mustChangePassword: given === undefined },
          { via: 'cli', ...(existing ? {} : { organizationCreated: org.slug }) },
        );
        return { org, userId };
      });
      if (!existing) say(io, `created organization "${created.org.slug}" (${created.org.name})`);
      say(io, `created ${role} ${email} (${name}) in "${created.org.slug}", id ${created.userId}`);
      if (given === undefined)
        say(
          io,
          `temporary password (shown once; the person chooses their own at first sign-in): ${password}`,
        );
    });
  },
};
