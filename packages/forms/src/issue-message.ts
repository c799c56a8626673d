import {
  choicesOf,
  DEFAULT_TEXT_MAX,
  type Item,
  resolveText,
  type SurveyDefinition,
} from '@kolo/schema/forms';
import { type FormMessages, formatMessage } from './messages/index.ts';

/** What an error refers to: the item, and whether it is the "please specify" text. */
export interface IssueTarget {
  readonly definition: SurveyDefinition;
  readonly item: Item;
  readonly other?: boolean;
}

const OTHER_TEXT_MAX = 500;

function exclusiveCombined({ definition, item }: IssueTarget, value: unknown): boolean {
  if (item.kind !== 'multi_choice' || !Array.isArray(value) || value.length < 2) return false;
  return choicesOf(definition, item).some((o) => o.exclusive && value.includes(o.value));
}

/**
 * Word an answer issue (`required`, `hidden`, `unknown_question` or a zod code) for a respondent,
 * using the item's own bounds and the answer that was checked.
 * @example issueMessage({ definition, item }, 'required', undefined, formMessages('uk'))
 */
export function issueMessage(
  target: IssueTarget,
  code: string,
  value: unknown,
  messages: FormMessages,
  locale = 'en',
): string {
  const { item } = target;
  const kind = item.kind;
  if (code === 'required') return target.other ? messages.otherRequired : messages.required;
  if (code === 'hidden') return messages.hidden;
  if (code === 'unknown_question') return messages.unknownQuestion;
  if (code === 'constraint') {
    const own = 'constraintMessage' in item ? item.constraintMessage : undefined;
    return own ? resolveText(own, locale) : messages.constraint;
  }
  if (code === 'filtered') return messages.chooseOption;
  if (target.other) {
    if (code === 'too_big') return formatMessage(messages.textTooLong, { count: OTHER_TEXT_MAX });
    return messages.otherRequired;
  }
  switch (code) {
    case 'too_small':
      if ((kind === 'number' || kind === 'rating') && typeof value === 'number')
        return formatMessage(messages.numberMin, {
          min: kind === 'rating' ? (item.min ?? 1) : (item.min ?? 0),
        });
      return messages.required;
    case 'too_big':
      if (kind === 'number' || kind === 'rating')
        return formatMessage(messages.numberMax, { max: item.max ?? '' });
      if (kind === 'text')
        return formatMessage(messages.textTooLong, { count: item.maxLength ?? DEFAULT_TEXT_MAX });
      if (kind === 'multi_choice' && item.maxSelections !== undefined)
        return formatMessage(messages.chooseAtMost, { count: item.maxSelections });
      return messages.invalid;
    case 'invalid_type':
      if (kind === 'number' || kind === 'rating')
        return typeof value === 'number' ? messages.wholeNumber : messages.numberInvalid;
      return messages.invalid;
    case 'invalid_format':
      return kind === 'date' ? messages.dateInvalid : messages.invalid;
    case 'custom':
      if (kind === 'date' && typeof value === 'string') {
        if (item.min !== undefined && value < item.min)
          return formatMessage(messages.dateMin, { min: formatDate(item.min, locale) });
        if (item.max !== undefined && value > item.max)
          return formatMessage(messages.dateMax, { max: formatDate(item.max, locale) });
        return messages.dateInvalid;
      }
      if (kind === 'multi_choice' && Array.isArray(value)) {
        if (item.maxSelections !== undefined && value.length > item.maxSelections)
          return formatMessage(messages.chooseAtMost, { count: item.maxSelections });
        if (exclusiveCombined(target, value)) return messages.exclusive;
      }
      if (
        kind === 'single_choice' ||
        kind === 'multi_choice' ||
        kind === 'likert' ||
        kind === 'yes_no' ||
        kind === 'matrix'
      )
        return messages.chooseOption;
      return messages.invalid;
    default:
      return messages.invalid;
  }
}

// Building an Intl.DateTimeFormat costs about as much as rendering a question: one per locale.
const DATE_FORMATS = new Map<string, Intl.DateTimeFormat | null>();

function dateFormat(locale: string): Intl.DateTimeFormat | null {
  let format = DATE_FORMATS.get(locale);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    DATE_FORMATS.set(locale, format);
  }
  return format;
}

/** An ISO date (`2024-05-01`) written the way a reader of `locale` expects. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale)?.format(date) ?? iso;
}
