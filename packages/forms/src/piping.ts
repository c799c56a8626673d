import {
  hasPiping,
  otherKey,
  pipedReferences,
  pipeText,
  type SurveyDefinition,
  surveyItems,
} from '@kolo/schema/forms';
import type { UseFormReturn } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import { answerLabel } from './answer-label.ts';
import { escapeMarkdown } from './markdown-text.tsx';
import type { FormMessages } from './messages/index.ts';
import { answersAt, type FormValues, type InstancePlace } from './normalize.ts';

const ITEMS = new WeakMap<
  SurveyDefinition,
  ReadonlyMap<string, ReturnType<typeof surveyItems>[number]['item']>
>();

function itemsById(definition: SurveyDefinition) {
  let byId = ITEMS.get(definition);
  if (!byId) {
    byId = new Map(surveyItems(definition).map((entry) => [entry.item.id, entry.item]));
    ITEMS.set(definition, byId);
  }
  return byId;
}

/**
 * A label or hint with each `${name}` replaced by that answer as the respondent reads it (a
 * choice's label in their language, a date written their way); an unanswered one shows as "…".
 * With `markdown`, answers are escaped for {@link MarkdownText}.
 * @example pipedText(survey, 'How was ${service}?', { service: 'nsp' }, 'en', messages) // 'How was Needle exchange?'
 */
export function pipedText(
  definition: SurveyDefinition,
  text: string,
  answers: Readonly<Record<string, unknown>>,
  locale: string,
  messages: FormMessages,
  markdown = false,
): string {
  if (!hasPiping(text)) return text;
  const byId = itemsById(definition);
  return pipeText(text, (name) => {
    const item = byId.get(name);
    const shown = item ? answerLabel(definition, item, answers, locale, messages).join(', ') : '';
    if (shown === '') return '…';
    // an answer is text, never markup: "*" or "[x](y)" typed by a respondent shows as typed
    return markdown ? escapeMarkdown(shown) : shown;
  });
}

const NO_FIELDS: string[] = [];

/**
 * {@link pipedText} kept up to date as the respondent answers. It watches the answers the text
 * names (a change elsewhere renders nothing) and words them at render, so a change of language
 * shows at once; plain text costs no watching. `place` is the repeat instance the text is shown in.
 */
export function usePipedText(
  definition: SurveyDefinition,
  form: UseFormReturn<FormValues>,
  text: string,
  locale: string,
  messages: FormMessages,
  place?: InstancePlace,
  markdown = false,
): string {
  const piped = hasPiping(text);
  const keys = piped ? pipedReferences(text).flatMap(({ name }) => [name, otherKey(name)]) : [];
  const watched = useWatch({
    control: form.control,
    // no name watches the whole form: its first read copies every answer, which for each label and
    // hint of a long form made mounting quadratic; plain text names no field and reads nothing
    // (the types know no name that switches between the two: undefined is the whole form)
    name: (piped ? undefined : NO_FIELDS) as string[],
    exact: !piped,
    disabled: !piped,
    compute: (values: unknown) => {
      if (!piped || Array.isArray(values)) return '';
      // inside a repeat instance, `${item}` of the same repeat reads this instance's answer
      const answers = answersAt(definition, values as FormValues, place);
      return JSON.stringify(keys.map((key) => answers[key] ?? null));
    },
  });
  if (!piped) return text;
  const values = typeof watched === 'string' && watched !== '' ? (JSON.parse(watched) as unknown[]) : [];
  const answers: Record<string, unknown> = {};
  keys.forEach((key, index) => {
    if (values[index] !== null && values[index] !== undefined) answers[key] = values[index];
  });
  return pipedText(definition, text, answers, locale, messages, markdown);
}
