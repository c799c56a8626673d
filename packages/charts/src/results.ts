import type { QuestionResult, SurveyResults } from '@kolo/schema';

// The shapes of published results are the contract's (`@kolo/schema`, results-api.ts), the same the
// database package builds and the API documents: a changed field fails the typecheck on every side.
export type {
  IndicatorResult,
  InstanceCounts,
  MatrixRowResult,
  NumberStats,
  QuestionResult,
  RepeatResult,
  ResultCell,
  SurveyResults,
  TimelinePoint,
  ValueCount,
} from '@kolo/schema';

/** The published result of the question `itemId`, if the results hold one. */
export function questionResultOf(results: SurveyResults, itemId: string): QuestionResult | undefined {
  return results.questions.find((q) => q.id === itemId);
}
