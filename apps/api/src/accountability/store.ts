import { createHash } from 'node:crypto';
import {
  actionEvents,
  actions,
  type Db,
  findingNotes,
  findings,
  memberships,
  observations,
  sites,
  users,
} from '@kolo/db';
import {
  type ActionInput,
  type ActionStatus,
  CLOSED_STATUSES,
  type DutyBearerType,
  type EscalationLevel,
  type EvidenceSnapshot,
  type FindingCategory,
  type FindingScope,
  type FindingVisibility,
  nextStatuses,
} from '@kolo/schema';
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ApiError, notFound } from '../errors.ts';
import type {
  ActionEventView,
  FindingSummaryView,
  FindingsQuery,
  ObservationInput,
  ObservationView,
  SharedFindingView,
} from './shapes.ts';

/*
 * The accountability store: every read and write of findings, actions and observations. Every
 * query filters on the organization; another organization's id, or a soft-deleted finding, is
 * "not found".
 */

/** Today as `YYYY-MM-DD` (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const CLOSED = [...CLOSED_STATUSES];

/** Whether an action in `status`, due on `dueDate`, is overdue on `day`. */
export function isOverdue(status: string, dueDate: string, day: string): boolean {
  return !CLOSED.includes(status as ActionStatus) && dueDate < day;
}

const creator = alias(users, 'creator');

/** A finding row with its site's name and its creator. */
async function findingRows(db: Db, orgId: string, where: ReturnType<typeof and>[]) {
  return db
    .select({
      id: findings.id,
      title: findings.title,
      category: findings.category,
      scopeLevel: findings.scopeLevel,
      siteId: findings.siteId,
      siteName: sites.name,
      country: findings.country,
      city: findings.city,
      description: findings.description,
      evidence: findings.evidence,
      surveyId: findings.surveyId,
      visibility: findings.visibility,
      createdAt: findings.createdAt,
      updatedAt: findings.updatedAt,
      creatorId: creator.id,
      creatorName: creator.name,
    })
    .from(findings)
    .leftJoin(sites, eq(sites.id, findings.siteId))
    .leftJoin(creator, eq(creator.id, findings.createdBy))
    .where(and(eq(findings.orgId, orgId), isNull(findings.deletedAt), ...where))
    .orderBy(desc(findings.createdAt));
}
type FindingRow = Awaited<ReturnType<typeof findingRows>>[number];

/** Action counts per finding: all, not closed, overdue on `day`. */
async function actionCounts(db: Db, orgId: string, findingIds: readonly string[], day: string) {
  const out = new Map<string, { total: number; open: number; overdue: number }>();
  if (findingIds.length === 0) return out;
  const rows = await db
    .select({ findingId: actions.findingId, status: actions.status, dueDate: actions.dueDate })
    .from(actions)
    .where(and(eq(actions.orgId, orgId), inArray(actions.findingId, [...findingIds])));
  for (const row of rows) {
    const counts = out.get(row.findingId) ?? { total: 0, open: 0, overdue: 0 };
    counts.total += 1;
    if (!CLOSED.includes(row.status as ActionStatus)) counts.open += 1;
    if (isOverdue(row.status, row.dueDate, day)) counts.overdue += 1;
    out.set(row.findingId, counts);
  }
  return out;
}

function scopeOf(row: Pick<FindingRow, 'scopeLevel' | 'siteId' | 'siteName' | 'country' | 'city'>) {
  return {
    level: row.scopeLevel,
    siteId: row.siteId,
    siteName: row.siteName,
    country: row.country,
    city: row.city,
  };
}

function summaryOf(row: FindingRow, counts: { total: number; open: number; overdue: number } | undefined) {
  const actionCounts = counts ?? { total: 0, open: 0, overdue: 0 };
  return {
    id: row.id,
    title: row.title,
    category: row.category as FindingCategory,
    scope: scopeOf(row),
    visibility: row.visibility,
    surveyId: row.surveyId,
    evidence: (row.evidence as EvidenceSnapshot | null) ?? null,
    status: actionCounts.total > 0 && actionCounts.open === 0 ? ('closed' as const) : ('open' as const),
    actions: actionCounts,
    createdBy: row.creatorId ? { id: row.creatorId, name: row.creatorName ?? '' } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  } satisfies FindingSummaryView;
}

/** The organization's findings matching the page's filters, newest first. */
export async function listFindings(
  db: Db,
  orgId: string,
  query: FindingsQuery,
  day = today(),
): Promise<FindingSummaryView[]> {
  if (query.from && query.to && query.from > query.to)
    throw new ApiError(422, 'invalid', 'from must not be after to');
  const where = [
    query.category ? eq(findings.category, query.category) : undefined,
    query.level ? eq(findings.scopeLevel, query.level) : undefined,
    query.siteId ? eq(findings.siteId, query.siteId) : undefined,
    query.country ? sql`coalesce(${findings.country}, ${sites.country}) = ${query.country}` : undefined,
    query.surveyId ? eq(findings.surveyId, query.surveyId) : undefined,
    query.visibility ? eq(findings.visibility, query.visibility) : undefined,
    query.from ? gte(findings.createdAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
    query.to ? lt(findings.createdAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000)) : undefined,
  ].filter((w) => w !== undefined) as ReturnType<typeof and>[];
  const rows = await findingRows(db, orgId, where);
  const counts = await actionCounts(
    db,
    orgId,
    rows.map((r) => r.id),
    day,
  );
  return rows
    .map((row) => summaryOf(row, counts.get(row.id)))
    .filter((f) => !query.status || f.status === query.status)
    .filter((f) => query.overdue === undefined || f.actions.overdue > 0 === (query.overdue === 'true'));
}

/** One finding of the organization (404 for another organization's or a deleted one). */
export async function findingSummary(
  db: Db,
  orgId: string,
  id: string,
  day = today(),
): Promise<FindingSummaryView & { description: string | null }> {
  const [row] = await findingRows(db, orgId, [eq(findings.id, id)]);
  if (!row) throw notFound('finding');
  const counts = await actionCounts(db, orgId, [id], day);
  return { ...summaryOf(row, counts.get(id)), description: row.description };
}

/** The notes of a finding, oldest first. */
export async function findingNotesOf(db: Db, orgId: string, findingId: string) {
  const rows = await db
    .select({
      id: findingNotes.id,
      kind: findingNotes.kind,
      body: findingNotes.body,
      byId: users.id,
      byName: users.name,
      at: findingNotes.createdAt,
    })
    .from(findingNotes)
    .leftJoin(users, eq(users.id, findingNotes.createdBy))
    .where(and(eq(findingNotes.orgId, orgId), eq(findingNotes.findingId, findingId)))
    .orderBy(asc(findingNotes.createdAt), asc(findingNotes.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    body: r.body,
    by: r.byId ? { id: r.byId, name: r.byName ?? '' } : null,
    at: r.at.toISOString(),
  }));
}

/** Whether a site is one of the organization's. */
export async function siteOfOrg(db: Db, orgId: string, siteId: string) {
  const [site] = await db
    .select({ id: sites.id, name: sites.name, country: sites.country, city: sites.city })
    .from(sites)
    .where(and(eq(sites.id, siteId), eq(sites.orgId, orgId)));
  return site ?? null;
}

export interface NewFinding {
  readonly title: string;
  readonly category: FindingCategory;
  readonly scope: FindingScope;
  readonly description?: string | undefined;
  readonly evidence?: EvidenceSnapshot | undefined;
  readonly visibility: FindingVisibility;
  readonly observationIds?: readonly string[] | undefined;
}

/**
 * Store a finding (the evidence already checked against the survey) and mark the observations it
 * was triaged from; an observation of another organization, or already triaged, is refused.
 */
export async function insertFinding(
  db: Db,
  who: { orgId: string; userId: string },
  input: NewFinding,
  createdAt?: Date,
): Promise<string> {
  const scope = input.scope;
  if (scope.level === 'site' && !(await siteOfOrg(db, who.orgId, scope.siteId)))
    throw new ApiError(422, 'invalid', 'scope.siteId: not a site of this organization');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(findings)
      .values({
        orgId: who.orgId,
        title: input.title,
        category: input.category,
        scopeLevel: scope.level,
        siteId: scope.level === 'site' ? scope.siteId : null,
        country: scope.level === 'region' || scope.level === 'country' ? scope.country : null,
        city: scope.level === 'region' ? scope.city : null,
        description: input.description || null,
        evidence: input.evidence ?? null,
        surveyId: input.evidence?.surveyId ?? null,
        visibility: input.visibility,
        createdBy: who.userId,
        ...(createdAt ? { createdAt, updatedAt: createdAt } : {}),
      })
      .returning({ id: findings.id });
    if (!row) throw new Error('finding not stored');
    const ids = [...new Set(input.observationIds ?? [])];
    if (ids.length > 0) {
      const updated = await tx
        .update(observations)
        .set({ status: 'triaged', findingId: row.id, triagedBy: who.userId, triagedAt: new Date() })
        .where(
          and(
            eq(observations.orgId, who.orgId),
            inArray(observations.id, ids),
            eq(observations.status, 'new'),
          ),
        )
        .returning({ id: observations.id });
      if (updated.length !== ids.length) {
        throw new ApiError(
          422,
          'invalid',
          'observationIds: each must be a new (not yet triaged) observation of this organization',
        );
      }
    }
    return row.id;
  });
}

/** Change a finding's title, category, description or visibility; never its evidence. */
export async function updateFinding(
  db: Db,
  orgId: string,
  id: string,
  patch: {
    title?: string | undefined;
    category?: FindingCategory | undefined;
    description?: string | null | undefined;
    visibility?: FindingVisibility | undefined;
  },
): Promise<void> {
  const set: Partial<typeof findings.$inferInsert> = { updatedAt: new Date() };
  if (patch.title !== undefined) set.title = patch.title;
  if (patch.category !== undefined) set.category = patch.category;
  if (patch.description !== undefined) set.description = patch.description || null;
  if (patch.visibility !== undefined) set.visibility = patch.visibility;
  const updated = await db
    .update(findings)
    .set(set)
    .where(and(eq(findings.id, id), eq(findings.orgId, orgId), isNull(findings.deletedAt)))
    .returning({ id: findings.id });
  if (updated.length === 0) throw notFound('finding');
}

/** Add a comment or correction to a finding. */
export async function insertNote(
  db: Db,
  who: { orgId: string; userId: string },
  findingId: string,
  note: { kind: 'comment' | 'correction'; body: string },
): Promise<string> {
  await findingSummary(db, who.orgId, findingId);
  const [row] = await db
    .insert(findingNotes)
    .values({ orgId: who.orgId, findingId, kind: note.kind, body: note.body, createdBy: who.userId })
    .returning({ id: findingNotes.id });
  if (!row) throw new Error('note not stored');
  return row.id;
}

/** Soft-delete a finding: it is then not found for everyone; the row stays for the audit trail. */
export async function softDeleteFinding(db: Db, orgId: string, id: string, by: string): Promise<void> {
  const updated = await db
    .update(findings)
    .set({ deletedAt: new Date(), deletedBy: by })
    .where(and(eq(findings.id, id), eq(findings.orgId, orgId), isNull(findings.deletedAt)))
    .returning({ id: findings.id });
  if (updated.length === 0) throw notFound('finding');
}

const owner = alias(users, 'owner');

/** Action rows of the organization (of live findings) with their owner and finding. */
export async function actionRows(db: Db, orgId: string, where: ReturnType<typeof and>[]) {
  return db
    .select({
      id: actions.id,
      findingId: actions.findingId,
      findingTitle: findings.title,
      evidence: findings.evidence,
      dutyBearerInstitution: actions.dutyBearerInstitution,
      dutyBearerRole: actions.dutyBearerRole,
      dutyBearerType: actions.dutyBearerType,
      ask: actions.ask,
      commitment: actions.commitment,
      committedOn: actions.committedOn,
      ownerId: actions.ownerId,
      ownerName: owner.name,
      dueDate: actions.dueDate,
      level: actions.level,
      status: actions.status,
      statusOn: actions.statusOn,
      closedOn: actions.closedOn,
      createdAt: actions.createdAt,
      updatedAt: actions.updatedAt,
    })
    .from(actions)
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .innerJoin(owner, eq(owner.id, actions.ownerId))
    .where(and(eq(actions.orgId, orgId), eq(findings.orgId, orgId), isNull(findings.deletedAt), ...where))
    .orderBy(asc(actions.dueDate), asc(actions.createdAt));
}
export type ActionRow = Awaited<ReturnType<typeof actionRows>>[number];

/** One action of the organization, or 404. */
export async function actionRow(db: Db, orgId: string, id: string): Promise<ActionRow> {
  const [row] = await actionRows(db, orgId, [eq(actions.id, id)]);
  if (!row) throw notFound('action');
  return row;
}

/** The action's fields as the API returns them, without follow-up and history. */
export function actionBase(row: ActionRow, day: string) {
  const status = row.status as ActionStatus;
  return {
    id: row.id,
    findingId: row.findingId,
    findingTitle: row.findingTitle,
    dutyBearer: {
      institution: row.dutyBearerInstitution,
      role: row.dutyBearerRole,
      type: row.dutyBearerType as DutyBearerType,
    },
    ask: row.ask,
    commitment: row.commitment,
    committedOn: row.committedOn,
    owner: { id: row.ownerId, name: row.ownerName },
    dueDate: row.dueDate,
    level: row.level as EscalationLevel,
    status,
    statusOn: row.statusOn,
    closedOn: row.closedOn,
    overdue: isOverdue(status, row.dueDate, day),
    allowedMoves: [...nextStatuses(status)],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The history of the given actions, oldest first, by action id. */
export async function actionHistory(
  db: Db,
  orgId: string,
  actionIds: readonly string[],
): Promise<Map<string, ActionEventView[]>> {
  const out = new Map<string, ActionEventView[]>();
  if (actionIds.length === 0) return out;
  const rows = await db
    .select({
      id: actionEvents.id,
      actionId: actionEvents.actionId,
      kind: actionEvents.kind,
      from: actionEvents.fromValue,
      to: actionEvents.toValue,
      note: actionEvents.note,
      detail: actionEvents.detail,
      on: actionEvents.onDay,
      byId: actionEvents.byUser,
      byName: users.name,
      at: actionEvents.recordedAt,
    })
    .from(actionEvents)
    .innerJoin(users, eq(users.id, actionEvents.byUser))
    .where(and(eq(actionEvents.orgId, orgId), inArray(actionEvents.actionId, [...actionIds])))
    .orderBy(asc(actionEvents.recordedAt), asc(actionEvents.id));
  for (const r of rows) {
    const list = out.get(r.actionId) ?? [];
    list.push({
      id: r.id,
      at: r.at.toISOString(),
      on: r.on,
      by: { id: r.byId, name: r.byName },
      kind: r.kind,
      from: r.from,
      to: r.to,
      note: r.note,
      previous: (r.detail as ActionEventView['previous']) ?? null,
    });
    out.set(r.actionId, list);
  }
  return out;
}

/** Whether a user is staff or an admin of the organization (who may own an action). */
export async function assertOwner(db: Db, orgId: string, userId: string): Promise<void> {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(users.active, true)));
  if (!member || (member.role !== 'staff' && member.role !== 'admin')) {
    throw new ApiError(
      422,
      'invalid',
      'ownerId: the owner must be an active staff member or admin of this organization',
    );
  }
}

/** The people who may own an action: the active staff and admins of the organization, id and name only. */
export async function possibleOwners(db: Db, orgId: string): Promise<Array<{ id: string; name: string }>> {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(users.active, true),
        inArray(memberships.role, ['staff', 'admin']),
      ),
    )
    .orderBy(users.name);
}

/** The UTC day of a timestamp. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Create an action on a finding, with its `created` event. */
export async function insertAction(
  db: Db,
  who: { orgId: string; userId: string },
  findingId: string,
  input: ActionInput,
  options: { readonly createdAt?: Date } = {},
): Promise<string> {
  await findingSummary(db, who.orgId, findingId);
  await assertOwner(db, who.orgId, input.ownerId);
  const createdAt = options.createdAt ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(actions)
      .values({
        orgId: who.orgId,
        findingId,
        dutyBearerInstitution: input.dutyBearer.institution,
        dutyBearerRole: input.dutyBearer.role || null,
        dutyBearerType: input.dutyBearer.type,
        ask: input.ask,
        ownerId: input.ownerId,
        dueDate: input.dueDate,
        level: input.level,
        status: 'open',
        statusOn: dayOf(createdAt),
        createdBy: who.userId,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: actions.id });
    if (!row) throw new Error('action not stored');
    await tx.insert(actionEvents).values({
      orgId: who.orgId,
      actionId: row.id,
      kind: 'created',
      fromValue: null,
      toValue: 'open',
      note: input.ask,
      onDay: dayOf(createdAt),
      byUser: who.userId,
      recordedAt: createdAt,
    });
    return row.id;
  });
}

/** Lock an action of the organization for a change inside a transaction (404 if not there). */
async function lockAction(tx: Db, orgId: string, id: string) {
  const [row] = await tx
    .select({
      id: actions.id,
      status: actions.status,
      level: actions.level,
      createdAt: actions.createdAt,
      dutyBearerInstitution: actions.dutyBearerInstitution,
      dutyBearerRole: actions.dutyBearerRole,
      dutyBearerType: actions.dutyBearerType,
      dueDate: actions.dueDate,
      ownerId: actions.ownerId,
    })
    .from(actions)
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .where(and(eq(actions.id, id), eq(actions.orgId, orgId), isNull(findings.deletedAt)))
    .for('update', { of: actions });
  if (!row) throw notFound('action');
  return row;
}

/** The furthest time zone is UTC+14: a day that has begun there is not "in the future" for its people. */
const EARLIEST_ZONE_MS = 14 * 3_600_000;

/** Refuse a day in the future (anywhere on Earth) or before the action was created. */
function assertDay(on: string, createdAt: Date, day: string): void {
  const latest = day === today() ? today(new Date(Date.now() + EARLIEST_ZONE_MS)) : day;
  if (on > latest) throw new ApiError(422, 'invalid', `on: ${on} is in the future; give the day it happened`);
  const created = dayOf(createdAt);
  if (on < created)
    throw new ApiError(422, 'invalid', `on: ${on} is before the action was created (${created})`);
}

/**
 * Move an action to another status, checked against the contract's moves (409 naming the allowed
 * ones otherwise), with a `status` event and, when committing, a `commitment` event.
 */
export async function moveStatus(
  db: Db,
  who: { orgId: string; userId: string },
  id: string,
  change: { to: ActionStatus; on: string; note: string; commitment?: string | undefined },
  day = today(),
): Promise<{ from: ActionStatus; to: ActionStatus }> {
  return db.transaction(async (tx) => {
    const row = await lockAction(tx as unknown as Db, who.orgId, id);
    const from = row.status as ActionStatus;
    const allowed = nextStatuses(from);
    if (!allowed.includes(change.to)) {
      const list = allowed.length > 0 ? allowed.join(', ') : 'none (it is closed)';
      throw new ApiError(
        409,
        'conflict',
        `an action that is ${from} cannot move to ${change.to}; it may move to: ${list}`,
        {
          from,
          allowed: [...allowed],
        },
      );
    }
    assertDay(change.on, row.createdAt, day);
    if (change.commitment && change.to !== 'committed')
      throw new ApiError(422, 'invalid', 'commitment: give a commitment only when moving to committed');
    const closing = CLOSED.includes(change.to);
    await tx
      .update(actions)
      .set({
        status: change.to,
        statusOn: change.on,
        closedOn: closing ? change.on : null,
        updatedAt: new Date(),
        ...(change.to === 'committed' && change.commitment
          ? { commitment: change.commitment, committedOn: change.on }
          : {}),
      })
      .where(eq(actions.id, id));
    await tx.insert(actionEvents).values({
      orgId: who.orgId,
      actionId: id,
      kind: 'status',
      fromValue: from,
      toValue: change.to,
      note: change.note,
      onDay: change.on,
      byUser: who.userId,
    });
    if (change.to === 'committed' && change.commitment) {
      await tx.insert(actionEvents).values({
        orgId: who.orgId,
        actionId: id,
        kind: 'commitment',
        fromValue: null,
        toValue: null,
        note: change.commitment,
        onDay: change.on,
        byUser: who.userId,
      });
    }
    return { from, to: change.to };
  });
}

/** Take an action one or more levels up the ladder, to a new duty-bearer and due date; the old ones stay in the history. */
export async function escalateAction(
  db: Db,
  who: { orgId: string; userId: string },
  id: string,
  input: {
    level: EscalationLevel;
    dutyBearer: { institution: string; role?: string | undefined; type: DutyBearerType };
    dueDate: string;
    note: string;
  },
  ladder: readonly EscalationLevel[],
  day = today(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockAction(tx as unknown as Db, who.orgId, id);
    if (row.status === 'resolved' || row.status === 'dropped')
      throw new ApiError(409, 'conflict', `an action that is ${row.status} cannot be escalated`);
    const from = ladder.indexOf(row.level as EscalationLevel);
    const to = ladder.indexOf(input.level);
    if (to <= from) {
      throw new ApiError(
        422,
        'invalid',
        `level: escalation goes up the ladder; this action is at ${row.level}, choose one of ${ladder.slice(from + 1).join(', ') || '(none: it is at the top)'}`,
      );
    }
    if (input.dueDate < day) throw new ApiError(422, 'invalid', 'dueDate: the new due date is in the past');
    await tx
      .update(actions)
      .set({
        level: input.level,
        dutyBearerInstitution: input.dutyBearer.institution,
        dutyBearerRole: input.dutyBearer.role || null,
        dutyBearerType: input.dutyBearer.type,
        dueDate: input.dueDate,
        updatedAt: new Date(),
      })
      .where(eq(actions.id, id));
    await tx.insert(actionEvents).values({
      orgId: who.orgId,
      actionId: id,
      kind: 'escalated',
      fromValue: row.level,
      toValue: input.level,
      note: input.note,
      detail: {
        institution: row.dutyBearerInstitution,
        role: row.dutyBearerRole,
        type: row.dutyBearerType,
        dueDate: row.dueDate,
      },
      onDay: day,
      byUser: who.userId,
    });
  });
}

/** Add a note to an action's history. */
export async function noteAction(
  db: Db,
  who: { orgId: string; userId: string },
  id: string,
  input: { note: string; on?: string | undefined },
  day = today(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockAction(tx as unknown as Db, who.orgId, id);
    const on = input.on ?? day;
    assertDay(on, row.createdAt, day);
    await tx.insert(actionEvents).values({
      orgId: who.orgId,
      actionId: id,
      kind: 'note',
      fromValue: null,
      toValue: null,
      note: input.note,
      onDay: on,
      byUser: who.userId,
    });
    await tx.update(actions).set({ updatedAt: new Date() }).where(eq(actions.id, id));
  });
}

/** Give an action to another owner (a staff member or admin of the organization). */
export async function reassignAction(
  db: Db,
  who: { orgId: string; userId: string },
  id: string,
  input: { ownerId: string; note?: string | undefined },
  day = today(),
): Promise<void> {
  await assertOwner(db, who.orgId, input.ownerId);
  await db.transaction(async (tx) => {
    const row = await lockAction(tx as unknown as Db, who.orgId, id);
    if (row.ownerId === input.ownerId)
      throw new ApiError(422, 'invalid', 'ownerId: this person already owns the action');
    const names = await tx
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, [row.ownerId, input.ownerId]));
    const nameOf = (userId: string) => names.find((u) => u.id === userId)?.name ?? null;
    await tx.update(actions).set({ ownerId: input.ownerId, updatedAt: new Date() }).where(eq(actions.id, id));
    // an owner change is a note whose from and to are the owners' names at the time
    await tx.insert(actionEvents).values({
      orgId: who.orgId,
      actionId: id,
      kind: 'note',
      fromValue: nameOf(row.ownerId),
      toValue: nameOf(input.ownerId),
      note: input.note || null,
      onDay: day,
      byUser: who.userId,
    });
  });
}

/** Open actions whose due date has passed, oldest due first. */
export function overdueWhere(day: string) {
  return [notInArray(actions.status, CLOSED), lt(actions.dueDate, day)] as ReturnType<typeof and>[];
}

// --- observations ---------------------------------------------------------------------------

/** SHA-256 of what a monitor observed: a resend with the same id and hash is the same observation. */
export function observationHash(input: ObservationInput): string {
  const canonical = JSON.stringify([input.siteId, input.observedOn, input.category, input.text]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Store a field observation once: `created` the first time, `duplicate` when the same content is
 * sent again with the same id (a phone resending after a lost answer), `conflict` when the id
 * already holds something else.
 */
export async function insertObservation(
  db: Db,
  who: { orgId: string; userId: string },
  input: ObservationInput,
): Promise<'created' | 'duplicate' | 'conflict'> {
  const contentHash = observationHash(input);
  const inserted = await db
    .insert(observations)
    .values({
      id: input.id,
      orgId: who.orgId,
      siteId: input.siteId,
      observedOn: input.observedOn,
      category: input.category,
      body: input.text,
      contentHash,
      createdBy: who.userId,
    })
    .onConflictDoNothing({ target: observations.id })
    .returning({ id: observations.id });
  if (inserted.length > 0) return 'created';
  const [existing] = await db
    .select({ orgId: observations.orgId, createdBy: observations.createdBy, hash: observations.contentHash })
    .from(observations)
    .where(eq(observations.id, input.id));
  const same =
    existing?.orgId === who.orgId && existing.createdBy === who.userId && existing.hash === contentHash;
  return same ? 'duplicate' : 'conflict';
}

/** Observations of the organization, newest first; `createdBy` limits them to one monitor's own. */
export async function listObservations(
  db: Db,
  orgId: string,
  filter: {
    status?: 'new' | 'triaged' | 'dismissed' | undefined;
    siteId?: string | undefined;
    createdBy?: string;
    id?: string;
    findingId?: string;
  },
): Promise<ObservationView[]> {
  const rows = await db
    .select({
      id: observations.id,
      siteId: observations.siteId,
      siteName: sites.name,
      observedOn: observations.observedOn,
      category: observations.category,
      text: observations.body,
      status: observations.status,
      findingId: observations.findingId,
      dismissedReason: observations.dismissedReason,
      byId: users.id,
      byName: users.name,
      createdAt: observations.createdAt,
    })
    .from(observations)
    .innerJoin(sites, eq(sites.id, observations.siteId))
    .innerJoin(users, eq(users.id, observations.createdBy))
    .where(
      and(
        eq(observations.orgId, orgId),
        filter.status ? eq(observations.status, filter.status) : undefined,
        filter.siteId ? eq(observations.siteId, filter.siteId) : undefined,
        filter.createdBy ? eq(observations.createdBy, filter.createdBy) : undefined,
        filter.id ? eq(observations.id, filter.id) : undefined,
        filter.findingId ? eq(observations.findingId, filter.findingId) : undefined,
      ),
    )
    .orderBy(desc(observations.createdAt))
    .limit(1000);
  return rows.map((r) => ({
    id: r.id,
    siteId: r.siteId,
    siteName: r.siteName,
    observedOn: r.observedOn,
    category: r.category as FindingCategory,
    text: r.text,
    status: r.status,
    findingId: r.findingId,
    dismissedReason: r.dismissedReason,
    by: { id: r.byId, name: r.byName },
    createdAt: r.createdAt.toISOString(),
  }));
}

/** The observations a finding was triaged from. */
export async function observationsOfFinding(db: Db, orgId: string, findingId: string) {
  return listObservations(db, orgId, { findingId });
}

/** Dismiss new observations with a reason; 422 if one is not a new observation of the organization. */
export async function dismissObservations(
  db: Db,
  who: { orgId: string; userId: string },
  ids: readonly string[],
  reason: string,
): Promise<number> {
  const unique = [...new Set(ids)];
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(observations)
      .set({ status: 'dismissed', dismissedReason: reason, triagedBy: who.userId, triagedAt: new Date() })
      .where(
        and(
          eq(observations.orgId, who.orgId),
          inArray(observations.id, unique),
          eq(observations.status, 'new'),
        ),
      )
      .returning({ id: observations.id });
    if (updated.length !== unique.length)
      throw new ApiError(
        422,
        'invalid',
        'observationIds: each must be a new (not yet triaged) observation of this organization',
      );
    return updated.length;
  });
}

// --- for the quarterly report (H4) and the scorecard (H3) -----------------------------------

/** A finding in a report, with its actions' current state. */
export interface ReportFinding {
  readonly id: string;
  readonly title: string;
  readonly category: FindingCategory;
  readonly scope: SharedFindingView['scope'];
  readonly visibility: FindingVisibility;
  readonly raisedOn: string;
  readonly status: 'open' | 'closed';
  readonly actions: ReadonlyArray<{
    readonly id: string;
    readonly status: ActionStatus;
    readonly level: EscalationLevel;
    readonly dutyBearer: {
      readonly institution: string;
      readonly role: string | null;
      readonly type: DutyBearerType;
    };
    /** What the network asked the duty-bearer, and what they committed to (if they did). */
    readonly ask: string;
    readonly commitment: string | null;
    readonly dueDate: string;
    readonly closedOn: string | null;
    readonly overdue: boolean;
  }>;
}

/**
 * The organization's live findings raised between `from` and `to` (inclusive days), optionally of
 * one scope (a site, a region, a country, or the network level), each with its actions' current
 * status. For the quarterly report.
 * @example await listFindingsForReport(db, orgId, { from: '2027-01-01', to: '2027-03-31', scope: { level: 'country', country: 'UA' } })
 */
export async function listFindingsForReport(
  db: Db,
  orgId: string,
  options: { readonly scope?: FindingScope; readonly from: string; readonly to: string },
): Promise<ReportFinding[]> {
  const scope = options.scope;
  const where = [
    gte(findings.createdAt, new Date(`${options.from}T00:00:00Z`)),
    lte(findings.createdAt, new Date(`${options.to}T23:59:59.999Z`)),
    scope?.level === 'site' ? eq(findings.siteId, scope.siteId) : undefined,
    scope?.level === 'country' || scope?.level === 'region'
      ? sql`coalesce(${findings.country}, ${sites.country}) = ${scope.country}`
      : undefined,
    scope?.level === 'region' ? sql`coalesce(${findings.city}, ${sites.city}) = ${scope.city}` : undefined,
    scope?.level === 'network' ? eq(findings.scopeLevel, 'network') : undefined,
  ].filter((w) => w !== undefined) as ReturnType<typeof and>[];
  const rows = await findingRows(db, orgId, where);
  const day = today();
  const actionList =
    rows.length === 0
      ? []
      : await db
          .select({
            id: actions.id,
            findingId: actions.findingId,
            status: actions.status,
            level: actions.level,
            institution: actions.dutyBearerInstitution,
            role: actions.dutyBearerRole,
            type: actions.dutyBearerType,
            ask: actions.ask,
            commitment: actions.commitment,
            dueDate: actions.dueDate,
            closedOn: actions.closedOn,
          })
          .from(actions)
          .where(
            and(
              eq(actions.orgId, orgId),
              inArray(
                actions.findingId,
                rows.map((r) => r.id),
              ),
            ),
          )
          .orderBy(asc(actions.createdAt));
  return rows.map((row) => {
    const mine = actionList
      .filter((a) => a.findingId === row.id)
      .map((a) => ({
        id: a.id,
        status: a.status as ActionStatus,
        level: a.level as EscalationLevel,
        dutyBearer: { institution: a.institution, role: a.role, type: a.type as DutyBearerType },
        ask: a.ask,
        commitment: a.commitment,
        dueDate: a.dueDate,
        closedOn: a.closedOn,
        overdue: isOverdue(a.status, a.dueDate, day),
      }));
    const open = mine.filter((a) => !CLOSED.includes(a.status)).length;
    return {
      id: row.id,
      title: row.title,
      category: row.category as FindingCategory,
      scope: scopeOf(row),
      visibility: row.visibility,
      raisedOn: dayOf(row.createdAt),
      status: mine.length > 0 && open === 0 ? 'closed' : 'open',
      actions: mine,
    };
  });
}

/**
 * Open (not closed) actions per site id, counting actions of live findings scoped to one site,
 * with how many of them are overdue. Sites without open actions are absent. For the scorecard.
 * @example (await openActionsBySite(db, orgId)).get(siteId)?.open ?? 0
 */
export async function openActionsBySite(
  db: Db,
  orgId: string,
): Promise<Map<string, { readonly open: number; readonly overdue: number }>> {
  const day = today();
  const rows = await db
    .select({
      siteId: findings.siteId,
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${actions.dueDate} < ${day}))::int`,
    })
    .from(actions)
    .innerJoin(findings, eq(findings.id, actions.findingId))
    .where(
      and(
        eq(actions.orgId, orgId),
        eq(findings.orgId, orgId),
        isNull(findings.deletedAt),
        eq(findings.scopeLevel, 'site'),
        notInArray(actions.status, CLOSED),
      ),
    )
    .groupBy(findings.siteId);
  const out = new Map<string, { open: number; overdue: number }>();
  for (const r of rows) if (r.siteId) out.set(r.siteId, { open: r.open, overdue: r.overdue });
  return out;
}
