import { type Db, memberships, sites, surveys, surveyVersions, users } from '@kolo/db';
import { and, eq, inArray } from 'drizzle-orm';

/** What an audit entry's target names, for the screen: a person, a site or a survey. */
export interface AuditTarget {
  readonly kind: 'user' | 'site' | 'survey';
  /** The name to show: "Name (email)", the site name, or the survey title by language. */
  readonly name: string | Record<string, string> | null;
  /** The thing no longer exists: the screen shows the raw id with a "deleted" mark. */
  readonly deleted: boolean;
}

const USER_ACTIONS = new Set(['user_create', 'user_update', 'membership_change', 'password_reset']);
const SITE_ACTIONS = new Set(['site_change']);
const SURVEY_ACTIONS = new Set([
  'publish',
  'survey_draft',
  'survey_draft_delete',
  'lookup_attach',
  'lookup_remove',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Name the targets of audit entries, looking only inside the organization: users who are its
 * members, its sites and its surveys. A target of a user, site or survey action that is not found
 * is marked deleted; other targets (an email of a failed sign-in, a share link) get no name.
 */
export async function auditTargets(
  db: Db,
  orgId: string,
  entries: ReadonlyArray<{ action: string; target: string | null }>,
): Promise<Map<string, AuditTarget>> {
  const ids = [...new Set(entries.map((e) => e.target).filter((t): t is string => t !== null))];
  const uuids = ids.filter((id) => UUID.test(id));
  const slugs = ids.filter((id) => !UUID.test(id));
  const [people, places, drafts] = await Promise.all([
    uuids.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name, email: users.email })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(and(eq(memberships.orgId, orgId), inArray(memberships.userId, uuids))),
    uuids.length === 0
      ? []
      : db
          .select({ id: sites.id, name: sites.name })
          .from(sites)
          .where(and(eq(sites.orgId, orgId), inArray(sites.id, uuids))),
    slugs.length === 0
      ? []
      : db
          .select({ id: surveys.id, draft: surveys.draft, definition: surveyVersions.definition })
          .from(surveys)
          .leftJoin(
            surveyVersions,
            and(
              eq(surveyVersions.orgId, surveys.orgId),
              eq(surveyVersions.surveyId, surveys.id),
              eq(surveyVersions.version, surveys.latestVersion),
            ),
          )
          .where(and(eq(surveys.orgId, orgId), inArray(surveys.id, slugs))),
  ]);
  const named = new Map<string, AuditTarget>();
  for (const p of people) named.set(p.id, { kind: 'user', name: `${p.name} (${p.email})`, deleted: false });
  for (const s of places) named.set(s.id, { kind: 'site', name: s.name, deleted: false });
  for (const s of drafts) {
    const title = titleOf(s.definition) ?? titleOf(s.draft);
    named.set(s.id, { kind: 'survey', name: title, deleted: false });
  }
  for (const { action, target } of entries) {
    if (target === null || named.has(target)) continue;
    const kind = USER_ACTIONS.has(action)
      ? 'user'
      : SITE_ACTIONS.has(action)
        ? 'site'
        : SURVEY_ACTIONS.has(action)
          ? 'survey'
          : null;
    if (kind) named.set(target, { kind, name: null, deleted: true });
  }
  return named;
}

function titleOf(definition: unknown): Record<string, string> | null {
  const title = (definition as { title?: unknown } | null)?.title;
  if (!title || typeof title !== 'object') return null;
  return Object.fromEntries(
    Object.entries(title).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}
