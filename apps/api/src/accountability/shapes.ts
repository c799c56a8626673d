import { z } from '@hono/zod-openapi';
import { FindingCategory, FindingVisibility } from '@kolo/schema';

/*
 * The request shapes of the accountability routes (findings, actions, observations, the summary).
 * What they answer is the contract in `@kolo/schema` (`accountability-views.ts`), re-exported here
 * for the routes and the store.
 */
export {
  AccountabilitySummary,
  ActionEventView,
  ActionView,
  FindingDetailView,
  FindingNoteView,
  FindingSummaryView,
  FollowUpFigureView,
  FollowUpView,
  ObservationView,
  ResolutionFigures,
  ScopeView,
  SharedFindingView,
} from '@kolo/schema';

const Day = z.iso.date();

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

export const ExportQuery = z.strictObject({
  from: Day.optional(),
  to: Day.optional(),
});
