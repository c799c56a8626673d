import { z } from '@hono/zod-openapi';
import { FindingScope } from '@kolo/schema';
import { ReportNarrative } from './request.ts';
import { REPORT_LANGUAGES } from './texts/index.ts';

const Figure = {
  n: z.number().int().nonnegative().nullable(),
  suppressed: z.boolean(),
};

/** One indicator's figure in a period: withheld (null) under k respondents. */
export const ReportIndicator = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  better: z.enum(['higher', 'lower']),
  value: z.number().nullable(),
  ...Figure,
});

/** One period of the trend: its respondents and each indicator's value (null when withheld). */
export const ReportTrendPoint = z.object({
  period: z.string(),
  /** The period lies inside the report's period (the rest are the quarters before it). */
  inReport: z.boolean(),
  ...Figure,
  values: z.record(z.string(), z.number().nullable()),
});

/** A question's chart: one bar per answer, each its count and share of those who answered. */
export const ReportChart = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.string(),
  ...Figure,
  /** A sensitive question whose per-answer counts this report does not show. */
  restricted: z.boolean(),
  bars: z.array(z.object({ value: z.string(), label: z.string(), ...Figure, share: z.number().nullable() })),
  stats: z.object({ mean: z.number(), median: z.number() }).nullable(),
});

/** One scorecard row: a site and each indicator's value, rating against its standard and move. */
export const ReportScorecardRow = z.object({
  label: z.string(),
  ...Figure,
  /** Open actions on findings about the site (staff's follow-up). */
  openActions: z.number().int().nullable(),
  cells: z.array(
    z.object({
      indicatorId: z.string(),
      value: z.number().nullable(),
      ...Figure,
      rating: z.enum(['green', 'amber', 'red', 'none']),
      arrow: z.enum(['up', 'down', 'same', 'unknown']),
    }),
  ),
});

/** The scorecard as the report shows it, from the scorecard of the standards work. */
export const ReportScorecard = z.object({
  indicators: z.array(z.object({ id: z.string(), label: z.string(), standard: z.string() })),
  rows: z.array(ReportScorecardRow),
  /** Months of the period not yet validated with the community (figures preliminary). */
  preliminaryMonths: z.array(z.string()),
});

/** A finding of the period (from the accountability work) and the status of its actions. */
export const ReportFinding = z.object({
  id: z.string(),
  title: z.string(),
  /** The category, the place and the day it was raised, in the report's language. */
  category: z.string(),
  scope: z.string(),
  raisedOn: z.string(),
  closed: z.boolean(),
  actions: z.array(
    z.object({
      dutyBearer: z.string(),
      /** What was asked of the duty-bearer, and what they committed to (null until they do). */
      ask: z.string(),
      commitment: z.string().nullable(),
      level: z.string(),
      dueDate: z.string().nullable(),
      /** An action status code (`open`, `committed`, ...), written out in the report's language. */
      status: z.string(),
      overdue: z.boolean(),
    }),
  ),
});

/** What the figures rest on: the submissions counted and the survey versions among them. */
export const DataVersion = z.object({
  submissions: z.number().int().nonnegative(),
  latestReceivedAt: z.string().nullable(),
  surveyVersions: z.array(z.number().int()),
});
export type DataVersion = z.infer<typeof DataVersion>;

/**
 * A report as data: every figure it prints, in the language it is written in. PDF and DOCX are
 * drawn from this alone, and it is stored with the report, so a report keeps its figures when
 * new answers arrive.
 */
export const ReportModel = z
  .object({
    format: z.literal(1),
    language: z.enum(REPORT_LANGUAGES),
    title: z.string(),
    organization: z.string(),
    survey: z.object({ id: z.string(), title: z.string(), version: z.number().int() }),
    scope: FindingScope,
    scopeLabel: z.string(),
    period: z.object({ from: z.string(), to: z.string(), quarter: z.string().nullable() }),
    generatedAt: z.string(),
    dataVersion: DataVersion,
    method: z.object({
      ...Figure,
      sites: z.number().int().nonnegative(),
      k: z.number().int(),
      rounding: z.number().int().nullable(),
    }),
    indicators: z.array(ReportIndicator),
    trend: z.object({
      from: z.string(),
      to: z.string(),
      months: z.array(ReportTrendPoint),
      quarters: z.array(ReportTrendPoint),
    }),
    charts: z.array(ReportChart),
    scorecard: ReportScorecard.nullable(),
    findings: z.array(ReportFinding),
    narrative: ReportNarrative,
  })
  .openapi('ReportModel');
export type ReportModel = z.infer<typeof ReportModel>;
export type ReportChart = z.infer<typeof ReportChart>;
export type ReportTrendPoint = z.infer<typeof ReportTrendPoint>;
