import { actions, bandMiddle, type Db, findings, sites } from '@kolo/db';
import {
  type ActionStatus,
  CLOSED_STATUSES,
  DUTY_BEARER_TYPES,
  type DutyBearerType,
  ESCALATION_LEVELS,
  type EscalationLevel,
  FINDING_CATEGORIES,
  type FindingCategory,
} from '@kolo/schema';
import { and, asc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { ApiError } from '../errors.ts';
import type { AccountabilitySummary, SharedFindingView, SummaryQuery } from './shapes.ts';
import { dayOf, isOverdue, today } from './store.ts';

/*
 * The accountability figures of an organization: open findings by category, scope and site,
 * overdue actions, and resolution rate and median days to resolution per quarter, level and
 * duty-bearer type. Staff get exact counts; funders and public boards get every count under k
 * withheld and the others as the middle of their band of k (as results are published), and only
 * the findings staff chose to share, without any free text.
 */

/** Who reads the figures: staff (exact), funders (rounded, shared findings) or a public board (rounded, published findings). */
export type SummaryAudience = 'staff' | 'funder' | 'public';

const CLOSED = [...CLOSED_STATUSES];

interface ActionFact {
  readonly findingId: string;
  readonly status: ActionStatus;
  readonly level: EscalationLevel;
  readonly type: DutyBearerType;
  readonly dueDate: string;
  readonly createdOn: string;
  readonly closedOn: string | null;
}

/** The quarter of a day, as `2027-Q1`. */
export function quarterOf(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The median of a list of numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Resolution figures of a group of actions for an audience (see the module comment). */
export function resolution(group: readonly ActionFact[], k: number, exact: boolean) {
  const publish = (n: number) => (exact ? n : n < k ? null : bandMiddle(n, k));
  const closed = group.filter((a) => CLOSED.includes(a.status));
  const resolved = closed.filter((a) => a.status === 'resolved');
  const shownClosed = publish(closed.length);
  const shownResolved = publish(resolved.length);
  const rate =
    shownClosed && shownResolved !== null ? Math.round((shownResolved / shownClosed) * 1000) / 10 : null;
  const days = resolved.map((a) => daysBetween(a.createdOn, a.closedOn ?? a.createdOn));
  return {
    actions: publish(group.length),
    closed: shownClosed,
    resolved: shownResolved,
    resolutionRate: exact && closed.length === 0 ? null : rate,
    medianDaysToResolution: exact || resolved.length >= k ? median(days) : null,
  };
}

function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** What a share link's own filters limit its board to: findings at these sites, or in these countries. */
export interface LinkRestriction {
  readonly siteIds?: readonly string[] | undefined;
  readonly countries?: readonly string[] | undefined;
}

/** The organization's accountability figures for an audience (a share link's board limited to the link's sites and countries). */
export async function accountabilitySummary(
  db: Db,
  orgId: string,
  query: SummaryQuery,
  audience: SummaryAudience,
  k: number,
  day = today(),
  restrict: LinkRestriction = {},
): Promise<AccountabilitySummary> {
  if (query.from && query.to && query.from > query.to)
    throw new ApiError(422, 'invalid', 'from must not be after to');
  const exact = audience === 'staff';
  const found = await db
    .select({
      id: findings.id,
      title: findings.title,
      category: findings.category,
      scopeLevel: findings.scopeLevel,
      siteId: findings.siteId,
      siteName: sites.name,
      country: findings.country,
      city: findings.city,
      visibility: findings.visibility,
      createdAt: findings.createdAt,
    })
    .from(findings)
    .leftJoin(sites, eq(sites.id, findings.siteId))
    .where(
      and(
        eq(findings.orgId, orgId),
        isNull(findings.deletedAt),
        query.category ? eq(findings.category, query.category) : undefined,
        query.level ? eq(findings.scopeLevel, query.level) : undefined,
        query.siteId ? eq(findings.siteId, query.siteId) : undefined,
        query.surveyId ? eq(findings.surveyId, query.surveyId) : undefined,
        query.country ? sql`coalesce(${findings.country}, ${sites.country}) = ${query.country}` : undefined,
        restrict.siteIds?.length ? inArray(findings.siteId, [...restrict.siteIds]) : undefined,
        restrict.countries?.length
          ? inArray(sql`coalesce(${findings.country}, ${sites.country})`, [...restrict.countries])
          : undefined,
        query.from ? gte(findings.createdAt, new Date(`${query.from}T00:00:00Z`)) : undefined,
        query.to
          ? lt(findings.createdAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000))
          : undefined,
      ),
    )
    .orderBy(asc(findings.createdAt));
  const ids = found.map((f) => f.id);
  const actionRows =
    ids.length === 0
      ? []
      : await db
          .select({
            findingId: actions.findingId,
            status: actions.status,
            level: actions.level,
            type: actions.dutyBearerType,
            dueDate: actions.dueDate,
            createdAt: actions.createdAt,
            closedOn: actions.closedOn,
          })
          .from(actions)
          .where(and(eq(actions.orgId, orgId), inArray(actions.findingId, ids)))
          .orderBy(asc(actions.createdAt));
  const facts: ActionFact[] = actionRows.map((a) => ({
    findingId: a.findingId,
    status: a.status as ActionStatus,
    level: a.level as EscalationLevel,
    type: a.type as DutyBearerType,
    dueDate: a.dueDate,
    createdOn: dayOf(a.createdAt),
    closedOn: a.closedOn,
  }));
  const byFinding = groupBy(facts, (a) => a.findingId);
  const isOpen = (id: string) => {
    const list = byFinding.get(id) ?? [];
    return list.length === 0 || list.some((a) => !CLOSED.includes(a.status));
  };
  const publish = (n: number) => (exact ? n : n < k ? null : bandMiddle(n, k));
  const open = found.filter((f) => isOpen(f.id));
  const sitesOpen = groupBy(
    open.filter((f) => f.siteId !== null),
    (f) => f.siteId ?? '',
  );
  const shareable = audience === 'public' ? ['published'] : ['shared_with_funders', 'published'];
  const shared: SharedFindingView[] = found
    .filter((f) => shareable.includes(f.visibility))
    .reverse()
    .map((f) => ({
      id: f.id,
      title: f.title,
      category: f.category as FindingCategory,
      scope: {
        level: f.scopeLevel,
        siteId: f.siteId,
        siteName: f.siteName,
        country: f.country,
        city: f.city,
      },
      status: isOpen(f.id) ? 'open' : 'closed',
      raisedOn: dayOf(f.createdAt),
      actions: (byFinding.get(f.id) ?? []).map((a) => ({
        status: a.status,
        level: a.level,
        dutyBearerType: a.type,
        dueDate: a.dueDate,
        overdue: isOverdue(a.status, a.dueDate, day),
      })),
    }));
  const periods = groupBy(facts, (a) => quarterOf(a.createdOn));
  return {
    k,
    rounding: exact ? null : k,
    openFindings: {
      total: publish(open.length),
      byCategory: FINDING_CATEGORIES.map((category) => ({
        category,
        n: publish(open.filter((f) => f.category === category).length),
      })),
      byScope: (['site', 'region', 'country', 'network'] as const).map((level) => ({
        level,
        n: publish(open.filter((f) => f.scopeLevel === level).length),
      })),
      bySite: [...sitesOpen.entries()]
        .map(([siteId, list]) => ({ siteId, siteName: list[0]?.siteName ?? '', n: publish(list.length) }))
        .filter((s) => exact || s.n !== null)
        .sort((a, b) => (b.n ?? 0) - (a.n ?? 0) || a.siteName.localeCompare(b.siteName)),
    },
    overdueActions: publish(facts.filter((a) => isOverdue(a.status, a.dueDate, day)).length),
    overall: resolution(facts, k, exact),
    byPeriod: [...periods.keys()].sort().map((period) => ({
      period,
      ...resolution(periods.get(period) ?? [], k, exact),
    })),
    byLevel: ESCALATION_LEVELS.map((level) => ({
      level,
      ...resolution(
        facts.filter((a) => a.level === level),
        k,
        exact,
      ),
    })),
    byDutyBearerType: DUTY_BEARER_TYPES.map((type) => ({
      type,
      ...resolution(
        facts.filter((a) => a.type === type),
        k,
        exact,
      ),
    })),
    shared,
  };
}
