import type { ItemKind } from '@kolo/schema';

/** A count that may be withheld: `n` is null when `suppressed` (fewer than k respondents). */
export interface ResultCell {
  n: number | null;
  suppressed: boolean;
}

/** One answer value's count; `share` is of respondents who answered the question (0..1). */
export interface ValueCount extends ResultCell {
  value: string;
  share: number | null;
}

/** Distribution statistics of a number or rating question, published only from k respondents. */
export interface NumberStats {
  mean: number;
  sd: number;
  median: number;
  q1: number;
  q3: number;
}

/** One row of a matrix question, counted like a single-choice question. */
export interface MatrixRowResult extends ResultCell {
  id: string;
  counts: readonly ValueCount[];
}

/** The published aggregate of one question, as the results API sends it. */
export interface QuestionResult extends ResultCell {
  id: string;
  kind: ItemKind;
  counts: readonly ValueCount[];
  stats?: NumberStats | null | undefined;
  rows?: readonly MatrixRowResult[] | undefined;
}

/** An indicator's value over the filtered submissions: 0..100 for scales and shares, a total for counts. */
export interface IndicatorResult {
  id: string;
  kind: string;
  n: number | null;
  value: number | null;
  suppressed: boolean;
}

/** Respondents and indicator values in one time bucket; `period` is the bucket's first day, `YYYY-MM-DD`. */
export interface TimelinePoint {
  period: string;
  n: number | null;
  suppressed: boolean;
  indicators: Readonly<Record<string, number | null>>;
}

/**
 * Aggregate results of a survey as `GET /api/surveys/:id/results` returns them, every figure under
 * k already withheld. Structural, so the charts never depend on the API or the database package.
 */
export interface SurveyResults {
  k: number;
  respondents: ResultCell;
  questions: readonly QuestionResult[];
  indicators: readonly IndicatorResult[];
  timeline: readonly TimelinePoint[];
}

/** The published result of the question `itemId`, if the results hold one. */
export function questionResultOf(results: SurveyResults, itemId: string): QuestionResult | undefined {
  return results.questions.find((q) => q.id === itemId);
}
