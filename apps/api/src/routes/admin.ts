import { z } from '@hono/zod-openapi';
import { type Database, type Db, ROLES } from '@kolo/db';
import { Member, MemberList, SITE_SERVICE_TYPES, Site, SiteList } from '@kolo/schema';
import { latestAuditEntries } from '../admin/audit-log.ts';
import { deleteDraft } from '../admin/drafts.ts';
import { changeMember, createMember, emailStanding, findMember, listMembers } from '../admin/members.ts';
import { resetPassword, temporaryPassword } from '../admin/passwords.ts';
import { addSite, allSitesOf, changeSite, listSites } from '../admin/sites.ts';
import { AUDIT_ACTIONS, audit } from '../audit.ts';
import { attemptStore } from '../auth/attempt-store.ts';
import { reserveAttempts } from '../auth/attempts.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { LoginLimiter } from '../auth/rate-limit.ts';
import { endUserSessions } from '../auth/session.ts';
import { ApiError, notFound } from '../errors.ts';
import { SurveyDay } from '../query-dates.ts';
import { ErrorSchema, json, ROLES_ADMIN, ROLES_DESIGN, secured, signedIn } from '../route-kit.ts';
import { SurveyId } from '../survey-store.ts';

const ServiceTypes = z
  .array(
    z.enum(SITE_SERVICE_TYPES, {
      error: `a service type is one of ${SITE_SERVICE_TYPES.join(', ')}`,
    }),
  )
  .max(SITE_SERVICE_TYPES.length)
  .refine((list) => new Set(list).size === list.length, 'serviceTypes: each service once');
const SiteFields = {
  name: z.string().trim().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO 3166 code such as UA'),
  city: z.string().trim().min(1).max(200),
  serviceTypes: ServiceTypes,
  active: z.boolean(),
};
const SiteBody = z.strictObject({
  ...SiteFields,
  serviceTypes: ServiceTypes.default([]),
  active: SiteFields.active.optional(),
});
/** A site change: only the fields sent change (no defaults, so an absent list is kept, not emptied). */
const SitePatch = z.strictObject(SiteFields).partial();

/**
 * Creations refused per organization within an hour because the email is used in another
 * organization: the refusal tells one address is in use, so trying a list of addresses is stopped.
 */
const EMAIL_REFUSALS_PER_HOUR = 10;
const UserBody = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  role: z.enum(ROLES),
  siteIds: z.array(z.uuid()).max(500).default([]),
  /** A funder's last day of access (UTC); after it sign-in and sessions are refused. */
  accessUntil: SurveyDay.nullable().optional(),
});
const UserPatch = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  role: z.enum(ROLES).optional(),
  siteIds: z.array(z.uuid()).max(500).optional(),
  active: z.boolean().optional(),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024).optional(),
  accessUntil: SurveyDay.nullable().optional(),
});
const IdParam = z.object({ id: z.uuid('not a valid id') });
const ResetBody = z.strictObject({
  /** The temporary password the admin chose; left out, the server makes one. */
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `password: at least ${MIN_PASSWORD_LENGTH} characters, or leave it out`)
    .max(1024)
    .optional(),
});
const ResetAnswer = z.object({
  /** Shown once to the admin, never stored in clear nor written to the audit log. */
  temporaryPassword: z.string(),
  generated: z.boolean(),
});
const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  orgId: z.string().nullable(),
  userId: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  /** Who did it: "Name (email)", or null for the system or someone no longer in the organization. */
  actor: z.string().nullable(),
  /** What the target names, resolved in the organization; null for targets that are not a thing. */
  targetInfo: z
    .object({
      kind: z.enum(['user', 'site', 'survey']),
      name: z.union([z.string(), z.record(z.string(), z.string())]).nullable(),
      deleted: z.boolean(),
    })
    .nullable(),
});
const DraftParam = z.object({ id: SurveyId });

/** The admin routes, typed for the OpenAPI document and the hono client. */
export function adminRoutes() {
  // one limiter per database: shared by every API process on PostgreSQL, in memory on PGlite
  const emailRefusals = new WeakMap<Database, LoginLimiter>();
  const emailRefusalsOf = (database: Database): LoginLimiter => {
    let limiter = emailRefusals.get(database);
    if (!limiter) {
      limiter = new LoginLimiter(
        EMAIL_REFUSALS_PER_HOUR,
        60 * 60_000,
        attemptStore(database, 'email-refusals'),
      );
      emailRefusals.set(database, limiter);
    }
    return limiter;
  };
  return [
    secured(
      {
        method: 'get',
        path: '/api/sites',
        access: 'signed_in',
        summary: 'Sites of the organization (a monitor sees the assigned ones)',
        responses: { 200: json(SiteList, 'Sites') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const rows = await listSites(db, user.orgId);
        const visible =
          user.role === 'monitor' ? rows.filter((s) => user.siteIds.includes(s.id) && s.active) : rows;
        return c.json({ sites: visible }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/sites',
        access: ROLES_ADMIN,
        summary: 'Add a site',
        request: { body: { content: { 'application/json': { schema: SiteBody } }, required: true } },
        responses: { 201: json(Site, 'Created') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const site = await addSite(db, user, c.req.valid('json'));
        c.get('deps').activeSites.clear();
        return c.json(site, 201);
      },
    ),

    secured(
      {
        method: 'patch',
        path: '/api/sites/{id}',
        access: ROLES_ADMIN,
        summary: 'Change or deactivate a site',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: SitePatch } }, required: true },
        },
        responses: { 200: json(Site, 'Updated') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        // an empty change changes nothing: the site is answered as it is
        const site = await changeSite(db, user, c.req.valid('param').id, c.req.valid('json'));
        if (!site) throw notFound('site');
        c.get('deps').activeSites.clear();
        return c.json(site, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/users',
        access: ROLES_ADMIN,
        summary: 'Users of the organization with their roles',
        responses: { 200: json(MemberList, 'Users') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        return c.json({ users: await listMembers(db, user.orgId) }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/users',
        access: ROLES_ADMIN,
        summary:
          'Create a user with a role in the organization; the password is temporary: the person chooses their own at first sign-in',
        request: { body: { content: { 'application/json': { schema: UserBody } }, required: true } },
        responses: { 201: json(Member, 'Created'), 409: json(ErrorSchema, 'The email is taken') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const body = c.req.valid('json');
        await assertSites(c.get('deps').db, user.orgId, body.siteIds);
        assertAccessEnd(body.role, body.accessUntil);
        const standing = await emailStanding(db, user.orgId, body.email);
        if (standing === 'member')
          throw new ApiError(409, 'conflict', 'this email is already a user of your organization');
        // used elsewhere: say nothing about where or whom, and stop a list of addresses being tried
        if (standing === 'elsewhere') {
          await reserveAttempts(
            c,
            [[emailRefusalsOf(c.get('deps').database), user.orgId]],
            'refused email addresses',
          );
          throw new ApiError(
            409,
            'conflict',
            'this email cannot be used for a new account; ask the person for another address',
          );
        }
        const passwordHash = await hashPassword(body.password);
        const createdId = await createMember(db, user, {
          email: body.email,
          name: body.name,
          passwordHash,
          role: body.role,
          siteIds: body.siteIds,
          accessUntil: body.accessUntil ?? null,
          // a password an admin sets is temporary, as a reset's is: one way to the person's own
          mustChangePassword: true,
        });
        return c.json(
          {
            id: createdId,
            email: body.email,
            name: body.name,
            role: body.role,
            siteIds: body.siteIds,
            accessUntil: body.accessUntil ?? null,
            active: true,
            mustChangePassword: true,
          },
          201,
        );
      },
    ),

    secured(
      {
        method: 'patch',
        path: '/api/users/{id}',
        access: ROLES_ADMIN,
        summary: 'Change role, sites, name or password, or deactivate (ends the sessions)',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: UserPatch } }, required: true },
        },
        responses: { 200: json(Member, 'Updated') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const body = c.req.valid('json');
        const member = await findMember(db, user.orgId, id);
        if (!member) throw notFound('user');
        if (id === user.userId && (body.active === false || (body.role && body.role !== 'admin'))) {
          throw new ApiError(422, 'invalid', 'you cannot deactivate yourself or give up your own admin role');
        }
        if (body.siteIds) await assertSites(db, user.orgId, body.siteIds);
        const role = body.role ?? member.role;
        // a funder's end date goes when the account stops being a funder's
        const accessUntil =
          role === 'funder'
            ? body.accessUntil
            : body.accessUntil === undefined && member.accessUntil
              ? null
              : body.accessUntil;
        assertAccessEnd(role, body.accessUntil);
        await changeMember(db, user, id, {
          role: body.role,
          siteIds: body.siteIds,
          accessUntil,
          name: body.name,
          active: body.active,
          // a password an admin sets is temporary: the person chooses their own at next sign-in
          passwordHash: body.password ? await hashPassword(body.password) : undefined,
        });
        // a change of role, sites, activity or password takes effect at once: end the user's sessions
        if (body.active === false || body.password || body.role || body.siteIds)
          await endUserSessions(db, id, c.get('deps').sessions);
        const row = await findMember(db, user.orgId, id);
        if (!row) throw notFound('user');
        return c.json(row, 200);
      },
    ),

    secured(
      {
        method: 'get',
        path: '/api/audit',
        access: ROLES_ADMIN,
        summary: 'The audit log of the organization, newest first; `action` keeps the entries of one action',
        request: {
          query: z.strictObject({
            limit: z.coerce.number().int().min(1).max(1000).default(200),
            action: z.enum(AUDIT_ACTIONS, { error: `action: one of ${AUDIT_ACTIONS.join(', ')}` }).optional(),
          }),
        },
        responses: { 200: json(z.object({ entries: z.array(AuditEntry) }), 'Entries') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const { limit, action } = c.req.valid('query');
        const entries = await latestAuditEntries(db, user.orgId, limit, action);
        return c.json({ entries }, 200);
      },
    ),

    secured(
      {
        method: 'post',
        path: '/api/users/{id}/password-reset',
        access: ROLES_ADMIN,
        summary:
          'Set a temporary password (chosen or made by the server, answered once); the person chooses their own at next sign-in, and their sessions end',
        request: {
          params: IdParam,
          body: { content: { 'application/json': { schema: ResetBody } }, required: true },
        },
        responses: { 200: json(ResetAnswer, 'The temporary password, shown once') },
      },
      async (c) => {
        const user = signedIn(c);
        const { db, sessions } = c.get('deps');
        const id = c.req.valid('param').id;
        if (id === user.userId)
          throw new ApiError(
            422,
            'invalid',
            'you cannot reset your own password here; change it with your current password instead',
          );
        const chosen = c.req.valid('json').password;
        const password = chosen ?? temporaryPassword();
        if (!(await resetPassword(db, user.orgId, id, password, sessions))) throw notFound('user');
        // the audit says a reset happened and how, never the password
        await audit(db, user, 'password_reset', id, { generated: chosen === undefined });
        c.header('cache-control', 'no-store');
        return c.json({ temporaryPassword: password, generated: chosen === undefined }, 200);
      },
    ),

    secured(
      {
        method: 'delete',
        path: '/api/surveys/{id}/draft',
        access: ROLES_DESIGN,
        summary:
          'Delete an abandoned draft: a survey never published goes entirely; a draft over a published version is discarded (never a survey with submissions)',
        request: { params: DraftParam },
        responses: {
          200: json(z.object({ deleted: z.enum(['survey', 'draft']) }), 'Deleted'),
          409: json(ErrorSchema, 'The survey has submissions or published versions'),
        },
      },
      async (c) => {
        const user = signedIn(c);
        const { db } = c.get('deps');
        const id = c.req.valid('param').id;
        const outcome = await deleteDraft(db, user.orgId, id);
        if (outcome === 'none') throw notFound(`a draft of survey "${id}"`);
        if (outcome === 'has_submissions')
          throw new ApiError(
            409,
            'conflict',
            'this survey has submissions or published versions: it cannot be deleted',
          );
        await audit(db, user, 'survey_draft_delete', id, { deleted: outcome });
        return c.json({ deleted: outcome }, 200);
      },
    ),
  ] as const;
}

async function assertSites(db: Db, orgId: string, siteIds: readonly string[]) {
  if (!(await allSitesOf(db, orgId, siteIds)))
    throw new ApiError(422, 'invalid', 'siteIds: some sites are not sites of your organization');
}

/** Refuse (422) an end date on an account that is not a funder's. */
function assertAccessEnd(role: string, accessUntil: string | null | undefined): void {
  if (accessUntil && role !== 'funder')
    throw new ApiError(
      422,
      'invalid',
      'accessUntil: only funder accounts have a last day of access; leave it out for this role',
    );
}
