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

/**
 * Instance-based figures of a question in a repeated section: `n` the instances answered (m), per-value
 * counts of instances with `share` of instances. A value's instances are withheld whenever its
 * respondents are (five instances can be one person). `restricted` when this audience gets no
 * instance figures: counts in bands of k (funders, share links), where one person's many instances
 * could be told apart by setting two results against each other.
 */
export const InstanceCounts = ResultCell.extend({
  counts: z.array(ValueCount),
  restricted: z.boolean().optional(),
});
export type InstanceCounts = z.infer<typeof InstanceCounts>;

/**
 * The published aggregate of one question; `n` is the respondents who answered. For a question in a
 * repeated section (`repeat`, the section's id) `n` and `counts` are still of respondents, each counted
 * once per value given in any instance (the counts are not exclusive, like a multi-choice question's),
 * `instances` the same per instance and `stats` over instances.
 */
export const QuestionResult = ResultCell.extend({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  counts: z.array(ValueCount),
  stats: NumberStats.nullable().optional(),
  rows: z.array(MatrixRowResult).optional(),
  /** A `sensitive` question whose per-value counts this audience does not get. */
  restricted: z.boolean().optional(),
  /** The repeated section the question sits in. */
  repeat: z.string().optional(),
  /** Per-instance figures of a question in a repeated section. */
  instances: InstanceCounts.optional(),
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

/**
 * A repeated section: `n` the respondents asked (none given included), `withInstances` those who gave
 * at least one, `instances` all instances (m) and `stats` the instances per respondent asked. Every
 * figure rests on k respondents or more: m and the statistics are withheld while fewer than k gave an
 * instance or fewer than k gave none. In bands of k, m and the statistics are computed from the
 * instance counts that k respondents or more gave (each band's middle), never from one person's count.
 */
export const RepeatResult = ResultCell.extend({
  id: z.string(),
  withInstances: ResultCell,
  instances: z.number().nullable(),
  stats: NumberStats.nullable(),
});
export type RepeatResult = z.infer<typeof RepeatResult>;

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
  /** One per repeated section of the survey, in its order. */
  repeats: z.array(RepeatResult).optional(),
});
export type SurveyResults = z.infer<typeof SurveyResults>;
