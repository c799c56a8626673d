import type { Item, SurveyDefinition } from '@kolo/schema';
import type { ChartStatus } from './chart-frame.tsx';
import type { ChartMessages } from './messages.ts';
import type { QuestionResult } from './results.ts';

/** The smallest number of respondents a published figure rests on, unless the results say otherwise. */
export const DEFAULT_K = 5;

/** What every question chart takes: the definition item, its published result, and the reader's locale. */
export interface QuestionChartProps {
  definition: SurveyDefinition;
  item: Item;
  /** The item's aggregate; undefined while there is none. */
  result: QuestionResult | undefined;
  /** The reader's language, for labels (from the definition) and Intl formatting. */
  locale: string;
  /** The suppression threshold the results were built with (`SurveyResults.k`); 5 by default. */
  k?: number | undefined;
  /** Replaces any of the charts' own strings. */
  messages?: Partial<ChartMessages> | undefined;
}

/** Whether a result has figures to draw, none yet, or only withheld ones. */
export function questionStatus(result: QuestionResult | undefined): ChartStatus {
  if (!result) return 'empty';
  if (result.suppressed) return 'suppressed';
  if (result.n === 0 || (result.n === null && result.counts.length === 0 && !result.rows?.length))
    return 'empty';
  return 'ready';
}
