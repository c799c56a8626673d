import {
  choicesOf,
  type Item,
  OTHER_VALUE,
  otherKey,
  resolveText,
  type SurveyDefinition,
} from '@kolo/schema/forms';
import { formatDate } from './issue-message.ts';
import { type FormMessages, formatMessage } from './messages/index.ts';
import { yesNoOptions } from './question/scale.tsx';

const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * A number answer as the monitor typed it: no thousands grouping (a year of birth stays "1990"),
 * every decimal kept, in the reader's decimal sign ("2,5" in Ukrainian).
 */
export function formatAnswerNumber(value: number, locale: string): string {
  let format = NUMBER_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    NUMBER_FORMATS.set(locale, format);
  }
  return format.format(value);
}

/**
 * An answer as a respondent reads it on the review step: choice labels in their language, "Other:"
 * with the specified text, one line per matrix row.
 */
export function answerLabel(
  definition: SurveyDefinition,
  item: Item,
  answers: Readonly<Record<string, unknown>>,
  locale: string,
  messages: FormMessages,
): string[] {
  const value = answers[item.id];
  const choiceLabel = (code: string): string => {
    if (code === OTHER_VALUE && 'other' in item && item.other) {
      const text = answers[otherKey(item.id)];
      return formatMessage(messages.otherAnswer, { text: typeof text === 'string' ? text : '' });
    }
    const choice = choicesOf(definition, item).find((c) => c.value === code);
    return choice ? resolveText(choice.label, locale) : code;
  };
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
      return typeof value === 'string' ? [choiceLabel(value)] : [];
    case 'multi_choice':
      return Array.isArray(value) ? value.map((v) => choiceLabel(String(v))) : [];
    case 'yes_no': {
      const option = yesNoOptions(item.dontKnow, messages).find((o) => o.value === value);
      return option ? [option.label] : [];
    }
    case 'rating':
      return typeof value === 'number' ? [`${value} / ${item.max}`] : [];
    case 'number': {
      if (typeof value !== 'number') return [];
      const unit = item.unit ? ` ${resolveText(item.unit, locale)}` : '';
      return [`${formatAnswerNumber(value, locale)}${unit}`];
    }
    case 'date':
      return typeof value === 'string' ? [formatDate(value, locale)] : [];
    case 'text':
      return typeof value === 'string' ? [value] : [];
    case 'matrix': {
      if (value === null || typeof value !== 'object') return [];
      const rows = value as Record<string, unknown>;
      return item.rows
        .filter((row) => typeof rows[row.id] === 'string')
        .map((row) => `${resolveText(row.label, locale)}: ${choiceLabel(String(rows[row.id]))}`);
    }
    case 'calculate':
      if (typeof value === 'number') return [formatAnswerNumber(value, locale)];
      if (typeof value !== 'string') return [];
      return [item.valueType === 'date' ? formatDate(value, locale) : value];
    case 'note':
      return [];
  }
}
