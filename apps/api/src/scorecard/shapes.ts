import { z } from '@hono/zod-openapi';
import { SurveyDay } from '../query-dates.ts';

const Direction = z.enum(['higher', 'lower']);
const Text = z.record(z.string(), z.string());

/** The standard an indicator is held to. */
export const StandardView = z
  .strictObject({
    direction: Direction,
    green: z.number(),
    amber: z.number(),
    target: z.number().nullable(),
    source: z.string().nullable(),
    origin: z.enum(['custom', 'library']),
  })
  .openapi('IndicatorStandard');

/** An indicator with its standard (null when it has none). */
export const IndicatorStandardView = z
  .strictObject({
    id: z.string(),
    kind: z.enum(['scale_mean', 'share', 'count']),
    label: Text,
    direction: Direction,
    directionFixed: z.boolean(),
    max: z.number().nullable(),
    standard: StandardView.nullable(),
  })
  .openapi('IndicatorWithStandard');

/** The standards of a survey. */
export const StandardsView = z
  .strictObject({ surveyId: z.string(), indicators: z.array(IndicatorStandardView) })
  .openapi('SurveyStandards');

const Threshold = z.number({ message: 'a number' }).finite();

/** Staff's standards for a survey: indicators left out go back to the library default (or none). */
export const StandardsInput = z
  .strictObject({
    standards: z
      .array(
        z.strictObject({
          indicatorId: z.string().max(64),
          green: Threshold,
          amber: Threshold,
          target: Threshold.nullable().optional(),
          source: z.string().trim().max(500, 'keep the source under 500 characters').nullable().optional(),
          direction: Direction.optional(),
        }),
      )
      .max(200),
  })
  .openapi('StandardsInput');

/** What community validation did to a response. */
export const ValidationStateView = z
  .strictObject({
    embargo: z.boolean(),
    withheldMonths: z.array(z.string()).openapi({
      description: 'Months (first days) left out: the community has not validated them yet',
    }),
    preliminaryMonths: z.array(z.string()).openapi({
      description: 'Months (first days) shown to staff but not validated yet: preliminary',
    }),
  })
  .openapi('ValidationState');

const Cell = z.strictObject({
  indicatorId: z.string(),
  value: z.number().nullable(),
  n: z.number().nullable(),
  suppressed: z.boolean(),
  band: z.enum(['green', 'amber', 'red', 'none', 'withheld']),
  previous: z.number().nullable(),
  arrow: z.enum(['up', 'down', 'same', 'unknown']),
});

/** A scorecard: groups x indicators against the standards. */
export const ScorecardView = z
  .strictObject({
    survey: z.strictObject({ id: z.string(), version: z.number(), title: Text }),
    period: z.strictObject({ from: z.string(), to: z.string(), label: z.string().nullable() }),
    previous: z.strictObject({ from: z.string(), to: z.string() }),
    groupBy: z.enum(['site', 'city', 'country']),
    k: z.number(),
    rounding: z.number().nullable(),
    indicators: z.array(IndicatorStandardView),
    rows: z.array(
      z.strictObject({
        key: z.string(),
        label: z.string(),
        country: z.string(),
        city: z.string().nullable(),
        siteIds: z.array(z.string()),
        n: z.number().nullable(),
        suppressed: z.boolean(),
        openActions: z.number().nullable(),
        overdueActions: z.number().nullable(),
        cells: z.array(Cell),
        red: z.number(),
        amber: z.number(),
      }),
    ),
    quarters: z.array(z.strictObject({ label: z.string(), from: z.string(), to: z.string() })),
    validation: ValidationStateView,
  })
  .openapi('Scorecard');

/** A quarter of a survey the community validated. */
export const ValidatedPeriodView = z
  .strictObject({
    id: z.string(),
    surveyId: z.string(),
    quarter: z.string(),
    periodStart: z.string(),
    periodEnd: z.string(),
    meetingDate: z.string(),
    participants: z.number(),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ValidatedPeriod');

/** Marking a quarter validated. */
export const ValidationInput = z
  .strictObject({
    quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'quarter is written like 2026-Q1'),
    meetingDate: SurveyDay,
    participants: z
      .number({ message: 'participants is a whole number' })
      .int('participants is a whole number')
      .min(1, 'at least one person took part')
      .max(100_000),
    notes: z.string().trim().max(4000, 'keep the notes under 4000 characters').nullable().optional(),
  })
  .openapi('ValidationInput');

/** The organization's validation embargo. */
export const EmbargoView = z.strictObject({ validationEmbargo: z.boolean() }).openapi('ValidationEmbargo');
