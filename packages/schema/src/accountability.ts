import { z } from 'zod';
import { FINDING_CATEGORIES } from './finding-categories.ts';

/**
 * The accountability cycle of community-led monitoring, as data shared by the database, the API and
 * the dashboard: findings (problems the evidence shows), actions taken to duty-bearers (the people
 * who can fix them, who are not kolo users), and the follow-up that checks whether a promise was
 * kept. One definition here; the API's OpenAPI routes, the store's return types and the dashboard's
 * client all use these schemas.
 */

export { FINDING_CATEGORIES };
export const FindingCategory = z.enum(FINDING_CATEGORIES);
export type FindingCategory = z.infer<typeof FindingCategory>;

/** Where a finding holds: one site, a city or region, a country, or the whole network. */
export const FindingScope = z.discriminatedUnion('level', [
  z.strictObject({ level: z.literal('site'), siteId: z.uuid('siteId must be a site UUID') }),
  z.strictObject({
    level: z.literal('region'),
    country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO code such as UA or KG'),
    city: z.string().trim().min(1).max(120),
  }),
  z.strictObject({
    level: z.literal('country'),
    country: z.string().regex(/^[A-Z]{2}$/, 'country is an ISO code such as UA or KG'),
  }),
  z.strictObject({ level: z.literal('network') }),
]);
export type FindingScope = z.infer<typeof FindingScope>;

/**
 * What the evidence was when the finding was raised, exactly as the dashboard showed it (suppression
 * respected: a withheld figure is stored as withheld, never as its number). Never edited afterwards;
 * a correction is a note.
 */
export const EvidenceSnapshot = z.strictObject({
  surveyId: z.string().min(1).max(64),
  surveyVersion: z.number().int().positive().optional(),
  /** An indicator card, a question's chart (optionally one answer value), or a compare row. */
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('indicator'), indicatorId: z.string().min(1).max(64) }),
    z.strictObject({
      kind: z.literal('question'),
      questionId: z.string().min(1).max(64),
      value: z.string().max(64).optional(),
    }),
  ]),
  /** The Insights filters in force (the results query as the dashboard sent it). */
  filters: z.strictObject({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    country: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .max(50)
      .optional(),
    siteId: z.array(z.uuid()).max(500).optional(),
    serviceType: z.string().max(64).optional(),
    filter: z.array(z.string().max(130)).max(10).optional(),
  }),
  /** The figure as it was shown: value null when it was withheld (fewer than k respondents). */
  shown: z.strictObject({
    value: z.number().finite().nullable(),
    n: z.number().int().nonnegative().nullable(),
    withheld: z.boolean(),
    /** The text the card or chart showed, in the language of the person who raised it. */
    display: z.string().max(200),
  }),
  capturedAt: z.iso.datetime({ offset: true }),
});
export type EvidenceSnapshot = z.infer<typeof EvidenceSnapshot>;

/** Who in the network may see a finding beyond staff: funders and published share-link boards. */
export const FindingVisibility = z.enum(['internal', 'shared_with_funders', 'published']);
export type FindingVisibility = z.infer<typeof FindingVisibility>;

export const FindingInput = z.strictObject({
  title: z.string().trim().min(3, 'give the finding a title of at least 3 characters').max(200),
  category: FindingCategory,
  scope: FindingScope,
  description: z.string().trim().max(4000).optional(),
  evidence: EvidenceSnapshot.optional(),
  /** The field observations this finding was triaged from. */
  observationIds: z.array(z.uuid()).max(50).optional(),
  visibility: FindingVisibility.default('internal'),
});
export type FindingInput = z.input<typeof FindingInput>;

/** Escalation ladder of an action: who it is taken to. */
export const ESCALATION_LEVELS = ['site', 'region', 'national', 'international'] as const;
export const EscalationLevel = z.enum(ESCALATION_LEVELS);
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/** Kinds of duty-bearer, for the accountability figures per duty-bearer type. */
export const DUTY_BEARER_TYPES = [
  'service_provider',
  'local_health_authority',
  'national_programme',
  'donor',
  'police_justice',
  'other',
] as const;
export const DutyBearerType = z.enum(DUTY_BEARER_TYPES);
export type DutyBearerType = z.infer<typeof DutyBearerType>;

/** An action's life: open -> raised with duty-bearer -> committed -> in progress -> an outcome. */
export const ACTION_STATUSES = [
  'open',
  'raised',
  'committed',
  'in_progress',
  'resolved',
  'not_resolved',
  'dropped',
] as const;
export const ActionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** Statuses an action ends in; `not_resolved` may be raised again (advocacy goes on). */
export const CLOSED_STATUSES: readonly ActionStatus[] = ['resolved', 'not_resolved', 'dropped'];

const NEXT: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  open: ['raised', 'dropped'],
  raised: ['committed', 'not_resolved', 'dropped'],
  committed: ['in_progress', 'resolved', 'not_resolved', 'dropped'],
  in_progress: ['resolved', 'not_resolved', 'dropped'],
  resolved: [],
  not_resolved: ['raised', 'dropped'],
  dropped: [],
};

/** The statuses an action in `from` may move to; an action never moves to the status it has. */
export function nextStatuses(from: ActionStatus): readonly ActionStatus[] {
  return NEXT[from];
}

/** Whether an action may move from `from` to `to`. */
export function canMoveStatus(from: ActionStatus, to: ActionStatus): boolean {
  return NEXT[from].includes(to);
}

export const ActionInput = z.strictObject({
  dutyBearer: z.strictObject({
    institution: z.string().trim().min(2, 'name the institution').max(200),
    role: z.string().trim().max(200).optional(),
    type: DutyBearerType,
  }),
  ask: z.string().trim().min(3, 'say what is asked of the duty-bearer').max(2000),
  /** The kolo user of the network who follows this action up. */
  ownerId: z.uuid('ownerId must be a user UUID'),
  dueDate: z.iso.date('dueDate is a date such as 2027-03-31'),
  level: EscalationLevel,
});
export type ActionInput = z.infer<typeof ActionInput>;

/** One status change, escalation or note, as the action's history shows it. */
export const ActionEvent = z.strictObject({
  id: z.uuid(),
  at: z.iso.datetime({ offset: true }),
  by: z.strictObject({ id: z.uuid(), name: z.string() }),
  kind: z.enum(['created', 'status', 'escalated', 'note', 'commitment']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  note: z.string().max(4000).nullable(),
});
export type ActionEvent = z.infer<typeof ActionEvent>;

export const StatusChangeInput = z.strictObject({
  to: ActionStatus,
  /** The day it happened (a meeting, a letter), not later than today. */
  on: z.iso.date('on is a date such as 2027-01-15'),
  note: z.string().trim().min(1, 'say what happened').max(4000),
  /** When moving to `committed`: what the duty-bearer committed to. */
  commitment: z.string().trim().max(2000).optional(),
});
export type StatusChangeInput = z.infer<typeof StatusChangeInput>;

export const EscalationInput = z.strictObject({
  level: EscalationLevel,
  dutyBearer: ActionInput.shape.dutyBearer,
  dueDate: z.iso.date(),
  note: z.string().trim().min(1, 'say why it is escalated').max(4000),
});
export type EscalationInput = z.infer<typeof EscalationInput>;

/** Whether the promised change arrived, judged on the finding's evidence in the round after the due date. */
export const FOLLOW_UP_VERDICTS = ['improved', 'unchanged', 'worse', 'too_few', 'waiting'] as const;
export const FollowUpVerdict = z.enum(FOLLOW_UP_VERDICTS);
export type FollowUpVerdict = z.infer<typeof FollowUpVerdict>;

/** The least change, in points of a 0..100 value (a share or a scale mean), that counts as a change. */
export const FOLLOW_UP_MARGIN_POINTS = 5;
/** The least relative change of a count that counts as a change. */
export const FOLLOW_UP_MARGIN_RELATIVE = 0.1;

export interface FollowUpFigure {
  /** null when withheld (fewer than k respondents). */
  readonly value: number | null;
  readonly n: number | null;
}

/**
 * The follow-up verdict from the value when the finding was raised and in the round after the due
 * date. `waiting` when that round has no data yet; `too_few` when either figure was withheld;
 * otherwise the change, in the direction the indicator is better in, against a margin (5 points on
 * a 0..100 scale, 10% of a count).
 */
export function followUpVerdict(
  then: FollowUpFigure,
  now: FollowUpFigure | null,
  options: { readonly better: 'higher' | 'lower'; readonly scale: 'percent' | 'count' },
): FollowUpVerdict {
  if (now === null || now.n === 0) return 'waiting';
  if (then.value === null || now.value === null) return 'too_few';
  const margin =
    options.scale === 'percent'
      ? FOLLOW_UP_MARGIN_POINTS
      : Math.max(1, Math.abs(then.value) * FOLLOW_UP_MARGIN_RELATIVE);
  const change = options.better === 'higher' ? now.value - then.value : then.value - now.value;
  if (change >= margin) return 'improved';
  if (change <= -margin) return 'worse';
  return 'unchanged';
}
