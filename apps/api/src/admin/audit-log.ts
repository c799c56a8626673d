import { auditLog, type Db } from '@kolo/db';
import { and, desc, eq } from 'drizzle-orm';
import type { AuditAction } from '../audit.ts';
import { type AuditTarget, auditTargets } from './audit-targets.ts';

/** One audit entry as the administration screen reads it: who did it and what it names. */
export interface AuditEntryView {
  readonly id: number;
  readonly at: string;
  readonly orgId: string | null;
  readonly userId: string | null;
  readonly action: AuditAction;
  readonly target: string | null;
  readonly detail: Record<string, unknown> | null;
  /** "Name (email)", or null for the system or someone no longer in the organization. */
  readonly actor: string | null;
  readonly targetInfo: AuditTarget | null;
}

/**
 * The organization's latest audit entries (of one action when given), newest first, with their
 * actors and targets named.
 */
export async function latestAuditEntries(
  db: Db,
  orgId: string,
  limit: number,
  action?: AuditAction,
): Promise<AuditEntryView[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(action ? and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)) : eq(auditLog.orgId, orgId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  const targets = await auditTargets(db, orgId, [
    ...rows,
    ...rows.flatMap((r) => (r.userId ? [{ action: 'user_update', target: r.userId }] : [])),
  ]);
  return rows.map((r) => {
    const actor = r.userId ? targets.get(r.userId) : undefined;
    return {
      ...r,
      // written only through audit(), so one of AUDIT_ACTIONS
      action: r.action as AuditAction,
      at: r.at.toISOString(),
      detail: (r.detail ?? null) as Record<string, unknown> | null,
      actor: typeof actor?.name === 'string' ? actor.name : null,
      targetInfo: (r.target && targets.get(r.target)) || null,
    };
  });
}
