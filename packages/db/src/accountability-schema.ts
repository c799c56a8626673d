import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, sites, users } from './schema.ts';

/*
 * The accountability cycle (migration 0007): findings, notes on them, actions taken to
 * duty-bearers with their append-only history, and monitors' field observations.
 */

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A problem the evidence shows, for a site, a city or region, a country or the whole network. */
export const findings = pgTable(
  'findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    title: text('title').notNull(),
    category: text('category').notNull(),
    scopeLevel: text('scope_level', { enum: ['site', 'region', 'country', 'network'] }).notNull(),
    siteId: uuid('site_id').references(() => sites.id),
    country: text('country'),
    city: text('city'),
    description: text('description'),
    /** The EvidenceSnapshot as shown when raised; a trigger refuses any change to it. */
    evidence: jsonb('evidence'),
    /** The evidence's survey, kept beside it for the survey filter. */
    surveyId: text('survey_id'),
    visibility: text('visibility', { enum: ['internal', 'shared_with_funders', 'published'] })
      .notNull()
      .default('internal'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    /** Set by an admin's soft delete: the finding is then gone for everyone but the audit log. */
    deletedAt: at('deleted_at'),
    deletedBy: uuid('deleted_by').references(() => users.id),
  },
  (t) => [
    index('findings_org_time_idx').on(t.orgId, t.createdAt),
    index('findings_org_category_idx').on(t.orgId, t.category),
    index('findings_org_site_idx').on(t.orgId, t.siteId),
    index('findings_org_survey_idx').on(t.orgId, t.surveyId),
  ],
);

/** A comment on a finding, or a correction (the evidence itself is never edited). */
export const findingNotes = pgTable(
  'finding_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id),
    kind: text('kind', { enum: ['comment', 'correction'] })
      .notNull()
      .default('comment'),
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('finding_notes_finding_idx').on(t.findingId, t.createdAt)],
);

/** What the network asks a duty-bearer (not a kolo user) to do about a finding, and where it stands. */
export const actions = pgTable(
  'actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    findingId: uuid('finding_id')
      .notNull()
      .references(() => findings.id),
    dutyBearerInstitution: text('duty_bearer_institution').notNull(),
    dutyBearerRole: text('duty_bearer_role'),
    dutyBearerType: text('duty_bearer_type').notNull(),
    ask: text('ask').notNull(),
    commitment: text('commitment'),
    committedOn: date('committed_on'),
    /** The kolo user who follows the action up. */
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    dueDate: date('due_date').notNull(),
    level: text('level').notNull(),
    status: text('status').notNull().default('open'),
    /** The day of the last status change (the day it happened, not when it was recorded). */
    statusOn: date('status_on').notNull(),
    /** The day the action reached resolved, not_resolved or dropped; null while it is open. */
    closedOn: date('closed_on'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('actions_finding_idx').on(t.orgId, t.findingId),
    index('actions_owner_idx').on(t.orgId, t.ownerId, t.dueDate),
  ],
);

/** An action's history: append-only, a trigger refuses UPDATE, DELETE and TRUNCATE. */
export const actionEvents = pgTable(
  'action_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    actionId: uuid('action_id')
      .notNull()
      .references(() => actions.id),
    kind: text('kind', { enum: ['created', 'status', 'escalated', 'note', 'commitment'] }).notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    note: text('note'),
    /** What an escalation replaced: the previous duty-bearer and due date. */
    detail: jsonb('detail'),
    /** The day it happened. */
    onDay: date('on_day').notNull(),
    byUser: uuid('by_user')
      .notNull()
      .references(() => users.id),
    recordedAt: at('recorded_at').notNull().defaultNow(),
  },
  (t) => [index('action_events_action_idx').on(t.actionId, t.recordedAt)],
);

/** A monitor's field observation ("no syringes here today"); the id is made by the client for resends. */
export const observations = pgTable(
  'observations',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    siteId: uuid('site_id')
      .notNull()
      .references(() => sites.id),
    observedOn: date('observed_on').notNull(),
    category: text('category').notNull(),
    body: text('body').notNull(),
    /** SHA-256 of the observation's content: a resend with the same hash is the same observation. */
    contentHash: text('content_hash').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: at('created_at').notNull().defaultNow(),
    status: text('status', { enum: ['new', 'triaged', 'dismissed'] })
      .notNull()
      .default('new'),
    findingId: uuid('finding_id').references(() => findings.id),
    dismissedReason: text('dismissed_reason'),
    triagedBy: uuid('triaged_by').references(() => users.id),
    triagedAt: at('triaged_at'),
  },
  (t) => [
    index('observations_org_status_idx').on(t.orgId, t.status, t.createdAt),
    index('observations_org_site_idx').on(t.orgId, t.siteId),
  ],
);
