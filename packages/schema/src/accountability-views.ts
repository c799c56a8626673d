import { z } from 'zod';
import {
  ActionEvent,
  ActionStatus,
  DutyBearerType,
  EscalationLevel,
  EvidenceSnapshot,
  FindingCategory,
  FindingVisibility,
  FollowUpVerdict,
} from './accountability.ts';

/*
 * What the accountability routes answer (findings, actions, observations, the summary and the
 * public board), defined once: the API's OpenAPI routes validate their answers with these, and the
 * dashboard's typed client takes its types from those routes. `meta({ id })` names each in the
 * OpenAPI document.
 */

const Day = z.iso.date();
const Person = z.strictObject({ id: z.uuid(), name: z.string() });

/** A finding's scope as the API returns it: the level, and the site's name when it is one site. */
export const ScopeView = z
  .strictObject({
    level: z.enum(['site', 'region', 'country', 'network']),
    siteId: z.uuid().nullable(),
    siteName: z.string().nullable(),
    country: z.string().nullable(),
    city: z.string().nullable(),
  })
  .meta({ id: 'FindingScopeView' });

/** A figure of the follow-up: null value when withheld (fewer than k respondents). */
export const FollowUpFigureView = z.strictObject({
  value: z.number().nullable(),
  n: z.number().int().nullable(),
  withheld: z.boolean(),
});

/** Whether the promised change arrived: the evidence's figure before, and after the due date. */
export const FollowUpView = z
  .strictObject({
    verdict: FollowUpVerdict,
    /** The figure when the finding was raised (the evidence as shown). */
    before: FollowUpFigureView,
    /** The round after the due date; null while waiting. */
    after: FollowUpFigureView.extend({ from: Day, to: Day }).nullable(),
    better: z.enum(['higher', 'lower']),
    scale: z.enum(['percent', 'count']),
    /** Why the verdict is `waiting`: before the due date, no data yet, or the evidence cannot be recomputed. */
    reason: z.enum(['before_due_date', 'no_data', 'evidence_gone']).nullable(),
  })
  .meta({ id: 'FollowUp' });
export type FollowUpView = z.infer<typeof FollowUpView>;

/** One entry of an action's history, with the day it happened; an escalation also says what it replaced. */
export const ActionEventView = ActionEvent.extend({
  on: Day,
  previous: z
    .strictObject({
      institution: z.string(),
      role: z.string().nullable(),
      type: DutyBearerType,
      dueDate: Day,
    })
    .nullable(),
}).meta({ id: 'ActionEvent' });
export type ActionEventView = z.infer<typeof ActionEventView>;

/** An action as the dashboard shows it. */
export const ActionView = z
  .strictObject({
    id: z.uuid(),
    findingId: z.uuid(),
    findingTitle: z.string(),
    dutyBearer: z.strictObject({
      institution: z.string(),
      role: z.string().nullable(),
      type: DutyBearerType,
    }),
    ask: z.string(),
    commitment: z.string().nullable(),
    committedOn: Day.nullable(),
    owner: Person,
    dueDate: Day,
    level: EscalationLevel,
    status: ActionStatus,
    /** The day of the last status change. */
    statusOn: Day,
    closedOn: Day.nullable(),
    /** Past its due date and not closed. */
    overdue: z.boolean(),
    /** The statuses it may move to now. */
    allowedMoves: z.array(ActionStatus),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    /**
     * Null when the finding has no evidence to follow up; absent from the whole-organization list
     * unless asked for with `followUp=true` (each costs a results query).
     */
    followUp: FollowUpView.nullable().optional(),
    /** Oldest first; in lists only when asked for. */
    history: z.array(ActionEventView).optional(),
  })
  .meta({ id: 'Action' });
export type ActionView = z.infer<typeof ActionView>;

/** A finding in a list. */
export const FindingSummaryView = z
  .strictObject({
    id: z.uuid(),
    title: z.string(),
    category: FindingCategory,
    scope: ScopeView,
    visibility: FindingVisibility,
    surveyId: z.string().nullable(),
    evidence: EvidenceSnapshot.nullable(),
    /** open while it has no action or any action not closed. */
    status: z.enum(['open', 'closed']),
    actions: z.strictObject({ total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
    createdBy: Person.nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'FindingSummary' });
export type FindingSummaryView = z.infer<typeof FindingSummaryView>;

export const FindingNoteView = z
  .strictObject({
    id: z.uuid(),
    kind: z.enum(['comment', 'correction']),
    body: z.string(),
    by: Person.nullable(),
    at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'FindingNote' });

/** A field observation as staff triage it (monitors see their own). */
export const ObservationView = z
  .strictObject({
    id: z.uuid(),
    siteId: z.uuid(),
    siteName: z.string(),
    observedOn: Day,
    category: FindingCategory,
    text: z.string(),
    status: z.enum(['new', 'triaged', 'dismissed']),
    findingId: z.uuid().nullable(),
    dismissedReason: z.string().nullable(),
    by: Person,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Observation' });
export type ObservationView = z.infer<typeof ObservationView>;

/** A finding with its notes, actions (with history and follow-up) and the observations it came from. */
export const FindingDetailView = FindingSummaryView.extend({
  description: z.string().nullable(),
  notes: z.array(FindingNoteView),
  actionList: z.array(ActionView),
  observations: z.array(ObservationView),
}).meta({ id: 'Finding' });
export type FindingDetailView = z.infer<typeof FindingDetailView>;

/** A count as the audience may see it: exact for staff, a band middle or null (withheld) for funders. */
const Count = z.number().int().nullable();
/** Resolution figures of a group of actions. */
export const ResolutionFigures = z.strictObject({
  actions: Count,
  closed: Count,
  resolved: Count,
  /** resolved / closed, 0..100; null when withheld or nothing is closed. */
  resolutionRate: z.number().nullable(),
  /** Median days from an action's creation to its resolution; null when withheld. */
  medianDaysToResolution: z.number().nullable(),
});

/** A finding as a funder or a public board sees it: no description, notes or observation text. */
export const SharedFindingView = z
  .strictObject({
    id: z.uuid(),
    title: z.string(),
    category: FindingCategory,
    scope: ScopeView,
    status: z.enum(['open', 'closed']),
    raisedOn: Day,
    actions: z.array(
      z.strictObject({
        status: ActionStatus,
        level: EscalationLevel,
        dutyBearerType: DutyBearerType,
        dueDate: Day,
        overdue: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'SharedFinding' });
export type SharedFindingView = z.infer<typeof SharedFindingView>;

/** The accountability figures: exact for staff, counts under k withheld and others banded for funders. */
export const AccountabilitySummary = z
  .strictObject({
    k: z.number().int(),
    /** Width of the bands counts are shown in, or null when exact. */
    rounding: z.number().int().nullable(),
    openFindings: z.strictObject({
      total: Count,
      byCategory: z.array(z.strictObject({ category: FindingCategory, n: Count })),
      byScope: z.array(z.strictObject({ level: z.enum(['site', 'region', 'country', 'network']), n: Count })),
      bySite: z.array(z.strictObject({ siteId: z.uuid(), siteName: z.string(), n: Count })),
    }),
    overdueActions: Count,
    overall: ResolutionFigures,
    /** Per quarter in which actions were created (`2027-Q1`). */
    byPeriod: z.array(ResolutionFigures.extend({ period: z.string() })),
    byLevel: z.array(ResolutionFigures.extend({ level: EscalationLevel })),
    byDutyBearerType: z.array(ResolutionFigures.extend({ type: DutyBearerType })),
    /** Findings marked for funders (staff and funders) or published (also on public boards). */
    shared: z.array(SharedFindingView),
  })
  .meta({ id: 'AccountabilitySummary' });
export type AccountabilitySummary = z.infer<typeof AccountabilitySummary>;
