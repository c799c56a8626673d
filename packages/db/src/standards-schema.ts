import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, users } from './schema.ts';

/**
 * The standard an indicator of a survey is held to in one organization: a value is green from
 * `green` on, amber from `amber` on, red beyond (read the other way for `direction: 'lower'`).
 */
export const indicatorStandards = pgTable(
  'indicator_standards',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    surveyId: text('survey_id').notNull(),
    indicatorId: text('indicator_id').notNull(),
    direction: text('direction', { enum: ['higher', 'lower'] }).notNull(),
    green: doublePrecision('green').notNull(),
    amber: doublePrecision('amber').notNull(),
    target: doublePrecision('target'),
    /** Where the standard comes from: a national guideline, a funder's target. */
    source: text('source'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'indicator_standards_pk', columns: [t.orgId, t.surveyId, t.indicatorId] }),
    check('indicator_standards_direction_check', sql`${t.direction} in ('higher', 'lower')`),
  ],
);

/** A period of a survey whose figures the community validated at a meeting. */
export const validatedPeriods = pgTable(
  'validated_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    surveyId: text('survey_id').notNull(),
    /** First day of the period (a quarter), `YYYY-MM-DD`. */
    periodStart: date('period_start').notNull(),
    /** Last day of the period, included. */
    periodEnd: date('period_end').notNull(),
    meetingDate: date('meeting_date').notNull(),
    participants: integer('participants').notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('validated_periods_unique_idx').on(t.orgId, t.surveyId, t.periodStart)],
);
