import { z } from '@hono/zod-openapi';
import {
  ActionEvent,
  ActionStatus,
  DutyBearerType,
  EscalationLevel,
  EvidenceSnapshot,
  FindingCategory,
  FindingVisibility,
  FollowUpVerdict,
} from '@kolo/schema';

/*
 * The request and response shapes of the accountability routes (findings, actions, observations,
 * the summary and the public board). The dashboard's client reads these from the OpenAPI document.
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
  .openapi('FindingScopeView');

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
  .openapi('FollowUp');
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
}).openapi('ActionEvent');
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
  .openapi('Action');
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
  .openapi('FindingSummary');
export type FindingSummaryView = z.infer<typeof FindingSummaryView>;

export const FindingNoteView = z
  .strictObject({
    id: z.uuid(),
    kind: z.enum(['comment', 'correction']),
    body: z.string(),
    by: Person.nullable(),
    at: z.iso.datetime({ offset: true }),
  })
  .openapi('FindingNote');

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
  .openapi('Observation');
export type ObservationView = z.infer<typeof ObservationView>;

/** A finding with its notes, actions (with history and follow-up) and the observations it came from. */
export const FindingDetailView = FindingSummaryView.extend({
  description: z.string().nullable(),
  notes: z.array(FindingNoteView),
  actionList: z.array(ActionView),
  observations: z.array(ObservationView),
}).openapi('Finding');
export type FindingDetailView = z.infer<typeof FindingDetailView>;

/** Filters of the findings list. */
export const FindingsQuery = z.strictObject({
  status: z.enum(['open', 'closed']).optional(),
  category: FindingCategory.optional(),
  level: z.enum(['site', 'region', 'country', 'network']).optional(),
  siteId: z.uuid('siteId must be a site UUID').optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'country is an ISO code such as UA or KG')
    .optional(),
  surveyId: z.string().min(1).max(64).optional(),
  /** Raised on or after this day. */
  from: Day.optional(),
  /** Raised on or before this day. */
  to: Day.optional(),
  /** Only findings with an overdue action. */
  overdue: z.enum(['true', 'false']).optional(),
  visibility: FindingVisibility.optional(),
});
export type FindingsQuery = z.infer<typeof FindingsQuery>;

/** What a patch may change; the evidence is not among them (a correction is a note). */
export const FindingPatch = z
  .object({
    title: z.string().trim().min(3, 'give the finding a title of at least 3 characters').max(200).optional(),
    category: FindingCategory.optional(),
    description: z.string().trim().max(4000).nullable().optional(),
    visibility: FindingVisibility.optional(),
  })
  .loose();

export const NoteInput = z.strictObject({
  kind: z.enum(['comment', 'correction']).default('comment'),
  body: z.string().trim().min(1, 'write the note').max(4000),
});

export const ActionNoteInput = z.strictObject({
  note: z.string().trim().min(1, 'write the note').max(4000),
  /** The day it happened; today when left out. */
  on: Day.optional(),
});

export const ReassignInput = z.strictObject({
  ownerId: z.uuid('ownerId must be a user UUID'),
  note: z.string().trim().max(4000).optional(),
});

/** A monitor's field observation; `id` is made on the device so a resend is recognised. */
export const ObservationInput = z.strictObject({
  id: z.uuid('id must be a UUID made on the device'),
  siteId: z.uuid('siteId must be a site UUID'),
  observedOn: z.iso.date('observedOn is a date such as 2027-01-15'),
  category: FindingCategory,
  text: z
    .string()
    .trim()
    .min(3, 'say what you saw in a few words')
    .max(1000, 'keep it under 1000 characters'),
});
export type ObservationInput = z.infer<typeof ObservationInput>;

export const ObservationsQuery = z.strictObject({
  status: z.enum(['new', 'triaged', 'dismissed']).optional(),
  siteId: z.uuid().optional(),
});

export const DismissInput = z.strictObject({
  observationIds: z.array(z.uuid()).min(1, 'choose at least one observation').max(50),
  reason: z.string().trim().min(3, 'say why it is dismissed').max(1000),
});

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
  .openapi('SharedFinding');
export type SharedFindingView = z.infer<typeof SharedFindingView>;

export const SummaryQuery = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
  category: FindingCategory.optional(),
  level: z.enum(['site', 'region', 'country', 'network']).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'country is an ISO code such as UA or KG')
    .optional(),
  siteId: z.uuid().optional(),
  surveyId: z.string().min(1).max(64).optional(),
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;

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
  .openapi('AccountabilitySummary');
export type AccountabilitySummary = z.infer<typeof AccountabilitySummary>;

export const ExportQuery = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
});
