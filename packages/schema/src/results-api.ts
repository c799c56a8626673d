import { z } from 'zod';
import { Item, type ItemKind } from './definition.ts';

/**
 * Aggregate results as they leave the server (`GET /api/surveys/:id/results` and the public share
 * routes), defined once: the database package builds them, the API documents and checks them, the
 * charts and the dashboard read them. Every figure under k is already withheld.
 */

/** The kinds of item, as results name a question's kind. */
export const ITEM_KINDS = Item.options.map((option) => option.shape.kind.value) as [ItemKind, ...ItemKind[]];

/** A count that may be withheld: `n` is null when `suppressed` (fewer than k respondents). */
export const ResultCell = z.object({ n: z.number().nullable(), suppressed: z.boolean() });
export type ResultCell = z.infer<typeof ResultCell>;

/** One answer value's count; `share` is of respondents who answered the question (0..1). */
export const ValueCount = ResultCell.extend({ value: z.string(), share: z.number().nullable() });
export type ValueCount = z.infer<typeof ValueCount>;

/** Distribution statistics of a number or rating question, published only from k respondents. */
export const NumberStats = z.object({
  mean: z.number(),
  sd: z.number(),
  median: z.number(),
  q1: z.number(),
  q3: z.number(),
});
export type NumberStats = z.infer<typeof NumberStats>;

/** One row of a matrix question, counted like a single-choice question. */
export const MatrixRowResult = ResultCell.extend({ id: z.string(), counts: z.array(ValueCount) });
export type MatrixRowResult = z.infer<typeof MatrixRowResult>;

/** The published aggregate of one question; `n` is the respondents who answered. */
export const QuestionResult = ResultCell.extend({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  counts: z.array(ValueCount),
  stats: NumberStats.nullable().optional(),
  rows: z.array(MatrixRowResult).optional(),
  /** A `sensitive` question whose per-value counts this audience does not get. */
  restricted: z.boolean().optional(),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

/** An indicator's value: 0..100 for scales and shares, the total for counts. */
export const IndicatorResult = ResultCell.extend({
  id: z.string(),
  kind: z.string(),
  value: z.number().nullable(),
});
export type IndicatorResult = z.infer<typeof IndicatorResult>;

/** Respondents and indicator values in one period; `period` is its first day, `YYYY-MM-DD`. */
export const TimelinePoint = ResultCell.extend({
  period: z.string(),
  indicators: z.record(z.string(), z.number().nullable()),
});
export type TimelinePoint = z.infer<typeof TimelinePoint>;

/** Aggregate results of a survey for one audience. */
export const SurveyResults = z.object({
  k: z.number().int(),
  /**
   * The width of the bands counts are published in (funders, share links), or null when counts
   * are exact: shares, means and statistics are then computed from the band middles.
   */
  rounding: z.number().int().nullable(),
  respondents: ResultCell,
  questions: z.array(QuestionResult),
  indicators: z.array(IndicatorResult),
  /** Points per period; when rounded, only periods of k respondents or more are listed. */
  timeline: z.array(TimelinePoint),
});
export type SurveyResults = z.infer<typeof SurveyResults>;
