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
 * The answers of a choice question as figures, every choice of its list included (one nobody chose
 * is a zero row, not a missing one, unless the question is withheld). With `ranked`, answers are
 * sorted by count (withheld ones after the known), then "not applicable" and exclusive answers, with
 * "other" last; without, they keep the order of the choice list (ordered lists such as age bands
 * or "how long ago" read as written, and bars keep their place from one filter to the next).
 */
export function answerFigures(
  definition: SurveyDefinition,
  item: Item,
  result: QuestionResult,
  locale: string,
  messages: ChartMessages,
  ranked: boolean,
): AnswerFigure[] {
  const listed = choicesOf(definition, item).map((c) => c.value);
  const counted = new Set(result.counts.map((c) => c.value));
  const missing: ValueCount[] =
    result.suppressed || result.n === null
      ? []
      : listed
          .filter((value) => !counted.has(value))
          .map((value) => ({ value, n: 0, share: 0, suppressed: false }));
  const figures = [...result.counts, ...missing].map((count): AnswerFigure => {
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
  const position = (f: AnswerFigure) => {
    const at = listed.indexOf(f.value);
    return f.value === OTHER_VALUE ? listed.length + 1 : at === -1 ? listed.length : at;
  };
  if (!ranked) {
    if (listed.length === 0) return figures;
    return figures
      .map((f, index) => ({ f, index }))
      .sort((a, b) => position(a.f) - position(b.f) || a.index - b.index)
      .map(({ f }) => f);
  }
  const rank = (f: AnswerFigure) => (f.value === OTHER_VALUE ? 2 : f.apart ? 1 : 0);
  return figures
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) =>
        rank(a.f) - rank(b.f) ||
        (rank(a.f) === 0 ? (b.f.n ?? -1) - (a.f.n ?? -1) : 0) ||
        position(a.f) - position(b.f) ||
        a.index - b.index,
    )
    .map(({ f }) => f);
}
