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
import { z } from 'zod';
import { type RequestOptions, requestJson } from '../api/client.ts';

/*
 * The dashboard's client of the accountability routes. Every answer is parsed with a schema built
 * from the contract in @kolo/schema (the same enums and evidence the API validates with), so a
 * change of shape shows up as a clear error here instead of a blank or wrong screen.
 */

const Day = z.iso.date();
const Person = z.object({ id: z.uuid(), name: z.string() });
const Level = z.enum(['site', 'region', 'country', 'network']);

export const Scope = z.object({
  level: Level,
  siteId: z.uuid().nullable(),
  siteName: z.string().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
});
export type Scope = z.infer<typeof Scope>;

const Figure = z.object({
  value: z.number().nullable(),
  n: z.number().int().nullable(),
  withheld: z.boolean(),
});

export const FollowUp = z.object({
  verdict: FollowUpVerdict,
  before: Figure,
  after: Figure.extend({ from: Day, to: Day }).nullable(),
  better: z.enum(['higher', 'lower']),
  scale: z.enum(['percent', 'count']),
  reason: z.enum(['before_due_date', 'no_data', 'evidence_gone']).nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const HistoryEvent = ActionEvent.extend({
  on: Day,
  previous: z
    .object({ institution: z.string(), role: z.string().nullable(), type: DutyBearerType, dueDate: Day })
    .nullable(),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const Action = z.object({
  id: z.uuid(),
  findingId: z.uuid(),
  findingTitle: z.string(),
  dutyBearer: z.object({ institution: z.string(), role: z.string().nullable(), type: DutyBearerType }),
  ask: z.string(),
  commitment: z.string().nullable(),
  committedOn: Day.nullable(),
  owner: Person,
  dueDate: Day,
  level: EscalationLevel,
  status: ActionStatus,
  statusOn: Day,
  closedOn: Day.nullable(),
  overdue: z.boolean(),
  allowedMoves: z.array(ActionStatus),
  createdAt: z.string(),
  updatedAt: z.string(),
  followUp: FollowUp.nullable().optional(),
  history: z.array(HistoryEvent).optional(),
});
export type Action = z.infer<typeof Action>;

export const FindingSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  category: FindingCategory,
  scope: Scope,
  visibility: FindingVisibility,
  surveyId: z.string().nullable(),
  evidence: EvidenceSnapshot.nullable(),
  status: z.enum(['open', 'closed']),
  actions: z.object({ total: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
  createdBy: Person.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FindingSummary = z.infer<typeof FindingSummary>;

export const Observation = z.object({
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
  createdAt: z.string(),
});
export type Observation = z.infer<typeof Observation>;

export const FindingNote = z.object({
  id: z.uuid(),
  kind: z.enum(['comment', 'correction']),
  body: z.string(),
  by: Person.nullable(),
  at: z.string(),
});
export type FindingNote = z.infer<typeof FindingNote>;

export const FindingDetail = FindingSummary.extend({
  description: z.string().nullable(),
  notes: z.array(FindingNote),
  actionList: z.array(Action),
  observations: z.array(Observation),
});
export type FindingDetail = z.infer<typeof FindingDetail>;

const Count = z.number().int().nullable();
export const Resolution = z.object({
  actions: Count,
  closed: Count,
  resolved: Count,
  resolutionRate: z.number().nullable(),
  medianDaysToResolution: z.number().nullable(),
});
export type Resolution = z.infer<typeof Resolution>;

export const SharedFinding = z.object({
  id: z.uuid(),
  title: z.string(),
  category: FindingCategory,
  scope: Scope,
  status: z.enum(['open', 'closed']),
  raisedOn: Day,
  actions: z.array(
    z.object({
      status: ActionStatus,
      level: EscalationLevel,
      dutyBearerType: DutyBearerType,
      dueDate: Day,
      overdue: z.boolean(),
    }),
  ),
});
export type SharedFinding = z.infer<typeof SharedFinding>;

export const Summary = z.object({
  k: z.number().int(),
  rounding: z.number().int().nullable(),
  openFindings: z.object({
    total: Count,
    byCategory: z.array(z.object({ category: FindingCategory, n: Count })),
    byScope: z.array(z.object({ level: Level, n: Count })),
    bySite: z.array(z.object({ siteId: z.uuid(), siteName: z.string(), n: Count })),
  }),
  overdueActions: Count,
  overall: Resolution,
  byPeriod: z.array(Resolution.extend({ period: z.string() })),
  byLevel: z.array(Resolution.extend({ level: EscalationLevel })),
  byDutyBearerType: z.array(Resolution.extend({ type: DutyBearerType })),
  shared: z.array(SharedFinding),
});
export type Summary = z.infer<typeof Summary>;

/** A share link's public board: the organization, the link's label and the figures with published findings. */
export const PublicBoard = z.object({
  organization: z.string(),
  label: z.string().nullable(),
  board: Summary,
});
export type PublicBoard = z.infer<typeof PublicBoard>;

export const ActionList = z.object({ actions: z.array(Action) });
export const FindingList = z.object({ findings: z.array(FindingSummary) });
export const ObservationList = z.object({ observations: z.array(Observation) });

/** A staff or admin user who can own an action. */
export const Owner = z.object({ id: z.uuid(), name: z.string() });
export type Owner = z.infer<typeof Owner>;
export const OwnerList = z.object({ owners: z.array(Owner) });

/** The API paths of the accountability cycle, in one place. */
export const PATHS = {
  findings: '/api/findings',
  finding: (id: string) => `/api/findings/${id}`,
  findingNotes: (id: string) => `/api/findings/${id}/notes`,
  findingActions: (id: string) => `/api/findings/${id}/actions`,
  actionStatus: (id: string) => `/api/actions/${id}/status`,
  actionEscalate: (id: string) => `/api/actions/${id}/escalate`,
  actionNotes: (id: string) => `/api/actions/${id}/notes`,
  actionOwner: (id: string) => `/api/actions/${id}/owner`,
  actions: '/api/actions',
  myActions: '/api/actions/mine',
  overdueActions: '/api/actions/overdue',
  observations: '/api/observations',
  observationsDismiss: '/api/observations/dismiss',
  summary: '/api/accountability/summary',
  owners: '/api/accountability/owners',
  export: (format: 'csv' | 'xlsx') => `/api/actions/export.${format}`,
  publicBoard: (token: string) => `/api/public/${token}/accountability`,
} as const;

/** Fetch and parse: a shape the dashboard does not know is an error, never a half-drawn screen. */
export async function fetchParsed<S extends z.ZodType>(
  schema: S,
  path: string,
  options?: RequestOptions,
): Promise<z.infer<S>> {
  return schema.parse(await requestJson(path, options));
}

/** Query string from defined, non-empty values. */
export function query(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
