import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A network (tenant). Nothing of one organization is visible to another. */
export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** When on, funders and share links see no figure from a period the community has not validated. */
  validationEmbargo: boolean('validation_embargo').notNull().default(false),
  createdAt: createdAt(),
});

/** A place where services are delivered and monitored: a drop-in centre, an NSP point, an outreach route. */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    name: text('name').notNull(),
    /** ISO 3166-1 alpha-2. */
    country: text('country').notNull(),
    city: text('city').notNull(),
    serviceTypes: text('service_types').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  // (org, id) is unique so a submission's site and organization can be checked as one pair; it
  // also serves the lookups by organization the former org index did
  (t) => [unique('sites_org_id_unique').on(t.orgId, t.id)],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-case. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  /** The password was set by an admin: sign-in asks for a new one before anything else. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  createdAt: createdAt(),
});

export const ROLES = ['admin', 'staff', 'monitor', 'funder'] as const;
export type Role = (typeof ROLES)[number];

/** A user's role in one organization; monitors also have assigned sites. */
export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    role: text('role', { enum: ROLES }).notNull(),
    siteIds: uuid('site_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The last day (UTC) a funder may sign in; null for no end. */
    accessUntil: date('access_until'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] })],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A survey of an organization: its working draft and the number of its latest published version. */
export const surveys = pgTable(
  'surveys',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    id: text('id').notNull(),
    draft: jsonb('draft'),
    latestVersion: integer('latest_version'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

/** A published, immutable survey version. */
export const surveyVersions = pgTable(
  'survey_versions',
  {
    orgId: uuid('org_id').notNull(),
    surveyId: text('survey_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    changeSummary: jsonb('change_summary'),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.surveyId, t.version] })],
);

/** One filled survey. The id is made by the client so resends are recognised. */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey(),
    /** With `siteId`, one of the organization's own sites (see `submissions_site_org_fk`). */
    orgId: uuid('org_id').notNull(),
    surveyId: text('survey_id').notNull(),
    version: integer('version').notNull(),
    siteId: uuid('site_id').notNull(),
    collectedBy: uuid('collected_by').references(() => users.id),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    locale: text('locale').notNull(),
    answers: jsonb('answers').notNull(),
    /** SHA-256 of the canonical submission content: equal hash, same submission. */
    contentHash: text('content_hash').notNull(),
    /**
     * Aggregation facts derived from the answers at write time (see `submissionFacts`). Stored as
     * `json` (text, checked) rather than `jsonb`: converting ~60 small objects to jsonb was two
     * thirds of the cost of inserting a submission, and facts are only ever read whole.
     */
    facts: json('facts').notNull(),
  },
  (t) => [
    index('submissions_survey_time_idx').on(t.orgId, t.surveyId, t.collectedAt),
    index('submissions_received_idx').on(t.orgId, t.surveyId, t.receivedAt),
    /**
     * The site is one of the organization's own: one check of one row where separate keys on the
     * organization and the site checked (and locked) two, and could not tell a site of another
     * organization. The organization exists because its site references it.
     */
    foreignKey({
      name: 'submissions_site_org_fk',
      columns: [t.orgId, t.siteId],
      foreignColumns: [sites.orgId, sites.id],
    }),
  ],
);

/** Columns of a rollup table: counts and sums per site, period, question and value. */
function rollupTable<TName extends string, TPeriod extends string>(name: TName, period: TPeriod) {
  return pgTable(
    name,
    {
      orgId: uuid('org_id').notNull(),
      surveyId: text('survey_id').notNull(),
      period: date(period).notNull(),
      siteId: uuid('site_id').notNull(),
      question: text('question').notNull(),
      value: text('value').notNull(),
      n: bigint('n', { mode: 'number' }).notNull(),
      total: doublePrecision('total').notNull().default(0),
      totalSquares: doublePrecision('total_squares').notNull().default(0),
    },
    (t) => [primaryKey({ columns: [t.orgId, t.surveyId, t.period, t.siteId, t.question, t.value] })],
  );
}

/**
 * Per-day, per-site answer counts maintained on write, so results read rollups instead of rows.
 * `value` is a choice code, or `*` for "answered" with sums of numbers and indicator values.
 */
export const answerRollups = rollupTable('answer_rollups', 'day');

/**
 * The same counts per calendar month (`month` is its first day), maintained in the same statement:
 * results over whole months read a few thousand rows whatever the number of submissions.
 */
export const answerRollupsMonthly = rollupTable('answer_rollups_monthly', 'month');

/**
 * The questions a survey declares for disaggregation whose rollups below are complete (see
 * `syncDisaggregations`); results filtered by an answer to one of them read those rollups.
 */
export const disaggregations = pgTable(
  'disaggregations',
  {
    orgId: uuid('org_id').notNull(),
    surveyId: text('survey_id').notNull(),
    question: text('question').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.surveyId, t.question] })],
);

/** Columns of a disaggregated rollup table: a rollup table's, split by the answer to a declared question. */
function disaggregatedTable<TName extends string, TPeriod extends string>(name: TName, period: TPeriod) {
  return pgTable(
    name,
    {
      orgId: uuid('org_id').notNull(),
      surveyId: text('survey_id').notNull(),
      byQuestion: text('by_question').notNull(),
      byValue: text('by_value').notNull(),
      period: date(period).notNull(),
      siteId: uuid('site_id').notNull(),
      question: text('question').notNull(),
      value: text('value').notNull(),
      n: bigint('n', { mode: 'number' }).notNull(),
      total: doublePrecision('total').notNull().default(0),
      totalSquares: doublePrecision('total_squares').notNull().default(0),
    },
    (t) => [
      primaryKey({
        name: `${name}_pk`,
        columns: [t.orgId, t.surveyId, t.byQuestion, t.byValue, t.period, t.siteId, t.question, t.value],
      }),
    ],
  );
}

/**
 * `answer_rollups_monthly` per answer to each declared question (`by_question`, `by_value`); monthly
 * only (see migration 0012): the days at the edges of a range are read from the submissions.
 */
export const disaggregatedRollupsMonthly = disaggregatedTable('disaggregated_rollups_monthly', 'month');

/**
 * Submissions stored but not yet counted in the rollups. The API acknowledges a submission once
 * its row and this entry are committed, and folds queued submissions into the rollups in large
 * batches in the background (many submissions share a rollup key, so each key is updated once per
 * batch instead of once per request). Readers of the rollups fold the queue first.
 */
export const rollupQueue = pgTable('rollup_queue', {
  submissionId: uuid('submission_id').primaryKey(),
});

/**
 * Recent sign-in attempts per limited key, shared by every API process on one PostgreSQL (created
 * UNLOGGED in migration 0013: a crash forgets them). `key` is a SHA-256, `times` epoch milliseconds;
 * `taken` says whether the last reservation was granted. PGlite keeps attempts in memory instead.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    key: text('key').primaryKey(),
    times: bigint('times', { mode: 'number' }).array().notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
    taken: boolean('taken').notNull().default(true),
  },
  (t) => [index('login_attempts_expires_at_idx').on(t.expiresAt)],
);

/** Pending one-time confirmations for sensitive exports, by token hash (UNLOGGED, see 0015). */
export const exportConfirmations = pgTable(
  'export_confirmations',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    orgId: uuid('org_id').notNull(),
    surveyId: text('survey_id').notNull(),
    format: text('format').notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('export_confirmations_user_id_idx').on(t.userId),
    index('export_confirmations_expires_at_idx').on(t.expiresAt),
  ],
);

/** Revocable public links to one survey's aggregate results. */
export const shareLinks = pgTable(
  'share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    surveyId: text('survey_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    label: text('label'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The results filters the link was made with (ResultsQuery fields); the public page answers only these. */
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull().default({}),
    /** After this instant the link answers 410 Gone; null: until revoked. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    showScorecard: boolean('show_scorecard').notNull().default(false),
    showAccountability: boolean('show_accountability').notNull().default(false),
  },
  (t) => [uniqueIndex('share_links_token_idx').on(t.tokenHash)],
);

/** Append-only record of logins, exports, reads of rows, publishing and permission changes. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    orgId: uuid('org_id'),
    userId: uuid('user_id'),
    action: text('action').notNull(),
    target: text('target'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_org_time_idx').on(t.orgId, t.at)],
);

export { actionEvents, actions, findingNotes, findings, observations } from './accountability-schema.ts';
export { reports } from './reports-schema.ts';
export { indicatorStandards, validatedPeriods } from './standards-schema.ts';
