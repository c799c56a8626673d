import { auditLog, type Db } from '@kolo/db';
import type { SessionUser } from './auth/session.ts';

/**
 * What the audit log records, as a runtime list: the API's answers are typed from it, and the
 * dashboard's names for the actions are a table over it, so a new action without a name in every
 * language does not compile.
 */
export const AUDIT_ACTIONS = [
  'login',
  'login_failed',
  'logout',
  'read_rows',
  'export',
  'export_sensitive',
  'publish',
  'survey_draft',
  'user_create',
  'user_update',
  'membership_change',
  'site_change',
  'share_link_create',
  'share_link_revoke',
  'standards_update',
  'period_validate',
  'period_unvalidate',
  'embargo_change',
  'report_create',
  'password_change',
  'password_reset',
  'survey_draft_delete',
  'lookup_attach',
  'lookup_remove',
  'finding_create',
  'finding_update',
  'finding_note',
  'finding_delete',
  'action_create',
  'action_status',
  'action_escalate',
  'action_note',
  'action_reassign',
  'observation_create',
  'observation_dismiss',
] as const;

/** What the audit log records. */
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Append one entry to the audit log. Details never hold answers. */
export async function audit(
  db: Db,
  who: Pick<SessionUser, 'orgId' | 'userId'> | { orgId: string | null; userId: string | null },
  action: AuditAction,
  target?: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  await db
    .insert(auditLog)
    .values({ orgId: who.orgId, userId: who.userId, action, target: target ?? null, detail: detail ?? null });
}
