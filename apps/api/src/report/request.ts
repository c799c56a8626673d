import { z } from '@hono/zod-openapi';
import { FindingScope } from '@kolo/schema';
import { SurveyDay } from '../query-dates.ts';
import { REPORT_LANGUAGES } from './texts/index.ts';

/** The longest a narrative section may be (characters): about four pages of text. */
export const NARRATIVE_MAX = 8000;
/** The most questions a report charts. */
export const QUESTIONS_MAX = 40;
/** The longest period a report covers (days). */
export const PERIOD_MAX_DAYS = 731;

const Narrative = z
  .string()
  .trim()
  .max(NARRATIVE_MAX, `a narrative section is at most ${NARRATIVE_MAX} characters`);

/** A report's period: a calendar quarter, or any first and last day. */
export const ReportPeriodInput = z.union([
  z.strictObject({
    quarter: z.string().regex(/^20\d\d-Q[1-4]$/, 'quarter is a year and quarter such as 2026-Q2'),
  }),
  z.strictObject({ from: SurveyDay, to: SurveyDay }),
]);

/** Narrative sections staff write before a report is made; kept with the report. */
export const ReportNarrative = z.strictObject({
  introduction: Narrative.optional(),
  keyMessages: Narrative.optional(),
  recommendations: Narrative.optional(),
});
export type ReportNarrative = z.infer<typeof ReportNarrative>;

/** What staff ask for when they make a report. */
export const ReportRequest = z
  .strictObject({
    surveyId: z.string().min(1).max(64),
    title: z.string().trim().min(3, 'a title has at least 3 characters').max(200).optional(),
    language: z.enum(REPORT_LANGUAGES, { error: `language is one of ${REPORT_LANGUAGES.join(', ')}` }),
    period: ReportPeriodInput,
    scope: FindingScope,
    narrative: ReportNarrative.default({}),
    /** Questions to chart (`id` or `matrixId.rowId`); by default each indicator's items. */
    questions: z
      .array(
        z.string().regex(/^[a-z][a-z0-9_]{0,62}(\.[a-z][a-z0-9_]{0,62})?$/, 'a question id such as av_hours'),
      )
      .max(QUESTIONS_MAX, `choose at most ${QUESTIONS_MAX} questions`)
      .optional(),
  })
  .openapi('ReportRequest');
export type ReportRequest = z.infer<typeof ReportRequest>;
