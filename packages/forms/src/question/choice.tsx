import {
  type Choice,
  choicesOf,
  type Item,
  OTHER_VALUE,
  offeredChoices,
  otherKey,
  repeatLayout,
  resolveText,
  type SurveyDefinition,
} from '@kolo/schema/forms';
import { type ChangeEvent, type ReactNode, useEffect } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { formatMessage } from '../messages/index.ts';
import { answersAt, type FormValues } from '../normalize.ts';
import { describedBy, ErrorText, Group } from './parts.tsx';
import type { WidgetProps } from './types.ts';

type ChoiceQuestionItem = Extract<Item, { kind: 'single_choice' | 'multi_choice' }>;

function chosenList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** The "please specify" text box, shown while "other" is chosen. */
function OtherSpecify(props: WidgetProps<ChoiceQuestionItem>): ReactNode {
  const { name, form, messages, ids, errorOf } = props;
  const key = otherKey(name);
  const chosen = useWatch({
    control: form.control,
    name,
    exact: true,
    compute: (value: unknown) => chosenList(value).includes(OTHER_VALUE),
  });
  if (!chosen) return null;
  const error = errorOf(key);
  const inputId = `${ids.input}-other-text`;
  const errorId = `${ids.error}-other`;
  return (
    <div className="kolo-other">
      <label className="kolo-label kolo-label--small" htmlFor={inputId}>
        {messages.specifyOther}
      </label>
      <ErrorText id={errorId}>{error}</ErrorText>
      <input
        id={inputId}
        className="kolo-input"
        type="text"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId)}
        {...form.register(key)}
      />
    </div>
  );
}

/**
 * The codes a choice filter offers for the answers so far, one a line (a string, so the question
 * renders again only when the offer changes); undefined for a question without a filter. A chosen
 * code that is no longer offered is taken away, as the respondent could no longer see it.
 */
function useOfferedChoices(
  props: WidgetProps<ChoiceQuestionItem>,
  definition: SurveyDefinition,
  item: ChoiceQuestionItem,
  form: UseFormReturn<FormValues>,
): ReadonlySet<string> | undefined {
  const { name, place } = props;
  const filtered = item.choiceFilter !== undefined;
  const offered = useWatch({
    control: form.control,
    disabled: !filtered,
    compute: (values: FormValues) =>
      filtered
        ? offeredChoices(definition, item, answersAt(definition, values, place), undefined, {
            position: place ? place.index + 1 : undefined,
            repeats: repeatLayout(definition),
          })
            .map((c) => c.value)
            .join('\n')
        : '',
  });
  const codes = typeof offered === 'string' && offered !== '' ? offered.split('\n') : [];
  useEffect(() => {
    if (!filtered) return;
    const allowed = new Set(typeof offered === 'string' && offered !== '' ? offered.split('\n') : []);
    allowed.add(OTHER_VALUE);
    const chosen = chosenList(form.getValues(name));
    const kept = chosen.filter((v) => allowed.has(v));
    if (kept.length !== chosen.length)
      form.setValue(name, item.kind === 'multi_choice' ? kept : null, { shouldValidate: false });
  }, [filtered, offered, form, item, name]);
  return filtered ? new Set(codes) : undefined;
}

/** Single choice as radios, multi choice as checkboxes; both with an optional "other, please specify". */
export function ChoiceQuestion(props: WidgetProps<ChoiceQuestionItem>): ReactNode {
  const { definition, item, name, form, locale, messages, ids, errorOf } = props;
  const multi = item.kind === 'multi_choice';
  const max = item.kind === 'multi_choice' ? item.maxSelections : undefined;
  const offered = useOfferedChoices(props, definition, item, form);
  const choices: Choice[] = choicesOf(definition, item).filter((c) => !offered || offered.has(c.value));
  const none = offered !== undefined && choices.length === 0;
  if (item.other) choices.push({ value: OTHER_VALUE, label: item.other.label ?? { en: messages.other } });
  const exclusive = new Set(choices.filter((c) => c.exclusive).map((c) => c.value));
  // re-renders on a change of the count only, to disable options past maxSelections
  const count = useWatch({
    control: form.control,
    name,
    exact: true,
    disabled: max === undefined,
    compute: (value: unknown) => chosenList(value).length,
  });
  const full = max !== undefined && count >= max;
  const field = form.register(name, {
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const target = event.target;
      if (!multi || !target.checked) return;
      const chosen = chosenList(form.getValues(name));
      const next = exclusive.has(target.value)
        ? [target.value]
        : chosen.filter((value) => !exclusive.has(value));
      if (next.length !== chosen.length)
        form.setValue(name, next, { shouldValidate: form.getFieldState(name).invalid });
    },
  });
  const error = errorOf(name);
  const limitId = `${ids.hint}-limit`;
  const label = (choice: Choice) =>
    choice.value === OTHER_VALUE && !item.other?.label ? messages.other : resolveText(choice.label, locale);
  return (
    <Group widget={props} className="kolo-choices" extraDescription={max !== undefined ? limitId : undefined}>
      {max !== undefined ? (
        <p className="kolo-hint" id={limitId}>
          {formatMessage(messages.chooseUpTo, { count: max })}
        </p>
      ) : null}
      {none ? <p className="kolo-hint">{messages.noOptions}</p> : null}
      <div className="kolo-options">
        {choices.map((choice, index) => {
          const inputId = `${ids.input}-${index}`;
          return (
            <div
              key={choice.value}
              className={`kolo-option${choice.exclusive || choice.notApplicable ? ' kolo-option--apart' : ''}`}
            >
              <input
                id={inputId}
                className="kolo-option__input"
                type={multi ? 'checkbox' : 'radio'}
                value={choice.value}
                disabled={
                  full && !exclusive.has(choice.value)
                    ? !chosenList(form.getValues(name)).includes(choice.value)
                    : undefined
                }
                aria-invalid={error ? true : undefined}
                {...field}
              />
              <label className="kolo-option__label" htmlFor={inputId}>
                {label(choice)}
              </label>
            </div>
          );
        })}
      </div>
      {item.other ? <OtherSpecify {...props} /> : null}
    </Group>
  );
}
