import { choicesOf, type Item, OTHER_VALUE, resolveText, type SurveyDefinition } from '@kolo/schema';
import type { ChartMessages } from './messages.ts';
import type { QuestionResult, ValueCount } from './results.ts';

/** One answer of a question, ready to draw: its label in the reader's language and its figures. */
export interface AnswerFigure {
  value: string;
  label: string;
  /** Null when withheld. */
  n: number | null;
  share: number | null;
  suppressed: boolean;
  /** "Other", "not applicable", "prefer not to say" and the like: drawn after the ranked answers. */
  apart: boolean;
}

/** The label of an answer value in the reader's language, from the item's choices, or the value itself. */
export function answerLabel(
  definition: SurveyDefinition,
  item: Item,
  value: string,
  locale: string,
  messages: ChartMessages,
): string {
  const choice = choicesOf(definition, item).find((c) => c.value === value);
  if (choice) return resolveText(choice.label, locale);
  if (value === OTHER_VALUE && (item.kind === 'single_choice' || item.kind === 'multi_choice')) {
    return resolveText(item.other?.label, locale) || messages.other;
  }
  if (item.kind === 'yes_no') {
    if (value === 'yes') return messages.yes;
    if (value === 'no') return messages.no;
    if (value === 'dont_know') return messages.dontKnow;
  }
  if (item.kind === 'rating') {
    const at = Number(value);
    const end = at === (item.min ?? 1) ? item.minLabel : at === item.max ? item.maxLabel : undefined;
    return end ? `${value} (${resolveText(end, locale)})` : value;
  }
  return value;
}

/** A figure is withheld when it says so, when its question is withheld, or when it has no count. */
export function isWithheld(count: ValueCount, result: Pick<QuestionResult, 'suppressed'>): boolean {
  return result.suppressed || count.suppressed || count.n === null;
}

function isApart(definition: SurveyDefinition, item: Item, value: string): boolean {
  if (value === OTHER_VALUE) return true;
  const choice = choicesOf(definition, item).find((c) => c.value === value);
  return choice?.notApplicable === true || choice?.exclusive === true;
}

/**
 * The answers of a choice question as figures. With `ranked`, answers are sorted by count (withheld
 * ones after the known), then "not applicable" and exclusive answers, with "other" last.
 */
export function answerFigures(
  definition: SurveyDefinition,
  item: Item,
  result: QuestionResult,
  locale: string,
  messages: ChartMessages,
  ranked: boolean,
): AnswerFigure[] {
  const figures = result.counts.map((count): AnswerFigure => {
    const suppressed = isWithheld(count, result);
    return {
      value: count.value,
      label: answerLabel(definition, item, count.value, locale, messages),
      n: suppressed ? null : count.n,
      share: suppressed ? null : count.share,
      suppressed,
      apart: isApart(definition, item, count.value),
    };
  });
  if (!ranked) return figures;
  const rank = (f: AnswerFigure) => (f.value === OTHER_VALUE ? 2 : f.apart ? 1 : 0);
  return figures
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) =>
        rank(a.f) - rank(b.f) || (rank(a.f) === 0 ? (b.f.n ?? -1) - (a.f.n ?? -1) : 0) || a.index - b.index,
    )
    .map(({ f }) => f);
}
