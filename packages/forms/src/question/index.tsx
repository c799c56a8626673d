import { otherKey, resolveText } from '@kolo/schema/forms';
import { memo, Profiler, type ReactNode, useMemo } from 'react';
import { get, type UseFormReturn, useFormState, useWatch } from 'react-hook-form';
import { issueMessage } from '../issue-message.ts';
import { MarkdownText } from '../markdown-text.tsx';
import type { FormMessages } from '../messages/index.ts';
import { conditionHolds, type FormItem, type FormModel, watchedFields } from '../model.ts';
import { type FormValues, fieldPath, type InstancePlace, normalizeItemValue } from '../normalize.ts';
import { usePipedText } from '../piping.ts';
import { CalculatedValue } from './calculated.tsx';
import { ChoiceQuestion } from './choice.tsx';
import { DateQuestion, NumberQuestion, TextQuestion } from './inputs.tsx';
import { MatrixQuestion } from './matrix.tsx';
import { LikertQuestion, RatingQuestion, YesNoQuestion } from './scale.tsx';
import type { QuestionIds, WidgetProps } from './types.ts';

export interface QuestionProps {
  readonly model: FormModel;
  readonly formItem: FormItem;
  readonly form: UseFormReturn<FormValues>;
  readonly locale: string;
  readonly messages: FormMessages;
  readonly idPrefix: string;
  /** The repeat instance the question is asked in; absent for a question asked once. */
  readonly place?: InstancePlace | undefined;
  /**
   * Stable; for tests and benchmarks. When set, a React `<Profiler>` around the question calls it
   * with the item id whenever the question or any part of it commits (React's production build
   * never calls it; its profiling and development builds do).
   */
  readonly onRender?: ((itemId: string) => void) | undefined;
}

/** Element ids of a question; the root id lets the form move focus to it. */
export function questionIds(idPrefix: string, itemId: string): QuestionIds {
  const root = `${idPrefix}-${itemId}`;
  return {
    root,
    label: `${root}-label`,
    hint: `${root}-hint`,
    error: `${root}-error`,
    input: `${root}-input`,
  };
}

function Widget(props: WidgetProps): ReactNode {
  const { item } = props;
  switch (item.kind) {
    case 'single_choice':
    case 'multi_choice':
      return <ChoiceQuestion {...props} item={item} />;
    case 'likert':
      return <LikertQuestion {...props} item={item} />;
    case 'rating':
      return <RatingQuestion {...props} item={item} />;
    case 'yes_no':
      return <YesNoQuestion {...props} item={item} />;
    case 'number':
      return <NumberQuestion {...props} item={item} />;
    case 'text':
      return <TextQuestion {...props} item={item} />;
    case 'date':
      return <DateQuestion {...props} item={item} />;
    case 'matrix':
      return <MatrixQuestion {...props} item={item} />;
    case 'calculate':
      return item.display === 'read_only' ? <CalculatedValue {...props} item={item} /> : null;
    case 'note':
      return <Note {...props} />;
  }
}

/** A note, its text and hint piping in answers. */
function Note(props: WidgetProps): ReactNode {
  const { definition, form, item, locale, messages, place } = props;
  const text = usePipedText(definition, form, resolveText(item.label, locale), locale, messages, place, true);
  const hint = usePipedText(definition, form, resolveText(item.hint, locale), locale, messages, place, true);
  return (
    <div className="kolo-note">
      <p className="kolo-note__text">
        <MarkdownText text={text} />
      </p>
      {item.hint ? (
        <p className="kolo-hint">
          <MarkdownText text={hint} />
        </p>
      ) : null}
    </div>
  );
}

/**
 * One question. It watches only the fields its condition names and its own errors, so a keystroke
 * elsewhere never renders it; when hidden it renders nothing (the form clears its value).
 */
export const Question = memo(function Question(props: QuestionProps): ReactNode {
  const { onRender } = props;
  if (!onRender) return <QuestionBody {...props} />;
  return (
    <Profiler id={props.formItem.entry.item.id} onRender={onRender}>
      <QuestionBody {...props} />
    </Profiler>
  );
});

function QuestionBody(props: QuestionProps): ReactNode {
  const { model, formItem, form, locale, messages, idPrefix, place } = props;
  const { item } = formItem.entry;
  const name = fieldPath(place, item.id);
  const position = place ? place.index + 1 : undefined;
  const watches = useMemo(() => watchedFields(formItem, place), [formItem, place]);
  const fields = useMemo(() => formItem.fields.map((f) => fieldPath(place, f)), [formItem, place]);
  const visible = useWatch({
    control: form.control,
    name: watches,
    exact: true,
    disabled: watches.length === 0,
    compute: (values: unknown[]) =>
      conditionHolds(model, formItem.condition, formItem.watches, values, position),
  });
  const { errors } = useFormState({
    control: form.control,
    name: fields,
    exact: true,
    disabled: fields.length === 0,
  });
  if (watches.length > 0 ? !visible : !conditionHolds(model, formItem.condition, [], [], position))
    return null;
  if (item.kind === 'calculate' && item.display !== 'read_only') return null;
  const errorOf = (field: string): string | undefined => {
    const error = get(errors, field) as { type?: unknown } | undefined;
    if (typeof error?.type !== 'string') return undefined;
    const other = 'other' in item && item.other !== undefined && field === otherKey(name);
    const value = other ? undefined : normalizeItemValue(item, get(form.getValues(), name));
    return issueMessage({ definition: model.definition, item, other }, error.type, value, messages, locale);
  };
  const ids = questionIds(idPrefix, place ? `${place.section}-${place.index}-${item.id}` : item.id);
  return (
    <div
      className={`kolo-question kolo-question--${item.kind.replace('_', '-')}`}
      id={ids.root}
      data-question={item.id}
      data-field={name}
    >
      <Widget
        definition={model.definition}
        item={item}
        name={name}
        place={place}
        form={form}
        locale={locale}
        messages={messages}
        ids={ids}
        errorOf={errorOf}
      />
    </div>
  );
}
