import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, users } from './schema.ts';

/**
 * A quarterly (or any period's) report as it was made: the request (survey, period, scope,
 * language, narrative, chosen questions) and the whole report model with every figure, so a
 * report made before new data arrived keeps its figures; PDF and DOCX are drawn from `model`.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id),
    surveyId: text('survey_id').notNull(),
    title: text('title').notNull(),
    language: text('language').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** `{ level: 'network' | 'country' | 'city' | 'site', country?, city?, siteId? }`. */
    scope: jsonb('scope').notNull(),
    /** The data the figures rest on: submissions counted, the latest received, survey versions. */
    dataVersion: jsonb('data_version').notNull(),
    /** The report model (see apps/api/src/report/model.ts), narrative sections included. */
    model: jsonb('model').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reports_org_time_idx').on(t.orgId, t.createdAt)],
);
