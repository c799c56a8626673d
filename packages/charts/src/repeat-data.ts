import { type Item, resolveText, type SurveyDefinition } from '@kolo/schema';
import { answerFigures } from './choice-data.ts';
import { formatNumber } from './format.ts';
import { type ChartMessages, fillMessage } from './messages.ts';
import type { QuestionResult } from './results.ts';

/** What one instance of the item's repeated section is called: its `instanceLabel`, else the section's title. */
export function instanceLabel(
  definition: SurveyDefinition,
  result: Pick<QuestionResult, 'repeat'>,
  locale: string,
): string {
  const section = definition.sections.find((s) => s.id === result.repeat);
  if (!section) return '';
  return resolveText(section.repeat?.instanceLabel ?? section.title, locale);
}

/**
 * "Partner: 30 from 12 people" for a question of a repeated section whose people and entries are
 * both published; null otherwise (not in a repeat, or a figure withheld).
 */
export function repeatSummary(
  definition: SurveyDefinition,
  result: QuestionResult | undefined,
  locale: string,
  messages: ChartMessages,
): string | null {
  const m = result?.instances?.n;
  if (!result?.repeat || result.n === null || m === null || m === undefined) return null;
  return fillMessage(
    messages.repeatSummary,
    {
      label: instanceLabel(definition, result, locale),
      m: formatNumber(m, locale, 0),
      n: formatNumber(result.n, locale, 0),
    },
    locale,
    result.n,
  );
}

/** One answer of a repeated question: people (each once) and entries (each instance), both possibly withheld. */
export interface RepeatFigure {
  value: string;
  label: string;
  people: number | null;
  peopleShare: number | null;
  entries: number | null;
  entriesShare: number | null;
  suppressed: boolean;
}

/** The answers of a question in a repeated section, in the chart's order, with people and entries side by side. */
export function repeatFigures(
  definition: SurveyDefinition,
  item: Item,
  result: QuestionResult,
  locale: string,
  messages: ChartMessages,
): RepeatFigure[] {
  const entries = new Map((result.instances?.counts ?? []).map((c) => [c.value, c]));
  return answerFigures(definition, item, result, locale, messages, true).map((f) => {
    const e = entries.get(f.value);
    return {
      value: f.value,
      label: f.label,
      people: f.n,
      peopleShare: f.share,
      entries: e && !e.suppressed ? e.n : null,
      entriesShare: e && !e.suppressed ? e.share : null,
      suppressed: f.suppressed,
    };
  });
}
