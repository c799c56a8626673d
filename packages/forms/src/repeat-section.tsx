import { countedInstances, repeatBounds, resolveText, type Section } from '@kolo/schema/forms';
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { get, type UseFormReturn, useFieldArray, useFormState, useWatch } from 'react-hook-form';
import { type HeadingLevel, headingTag } from './headings.ts';
import { type FormMessages, formatMessage } from './messages/index.ts';
import { type FormItem, type FormModel, surveyContext } from './model.ts';
import { type FormValues, type InstancePlace, normalizeAnswers } from './normalize.ts';
import { Question } from './question/index.tsx';
import { StepQuestions } from './step-questions.tsx';

export interface RepeatSectionProps {
  readonly model: FormModel;
  readonly section: Section;
  readonly items: readonly FormItem[];
  readonly form: UseFormReturn<FormValues>;
  readonly locale: string;
  readonly messages: FormMessages;
  readonly idPrefix: string;
  /** The step title's level: each instance's title is one below it. */
  readonly headingLevel: HeadingLevel;
  /** A field to focus on arrival (`partners.1.partner_age`): its question is drawn at once. */
  readonly target: string | undefined;
  readonly onRender?: ((itemId: string) => void) | undefined;
}

/** What one instance is called, numbered from 1: "Partner 2", or "Entry 2" without an instance label. */
export function instanceName(
  section: Section,
  index: number,
  locale: string,
  messages: FormMessages,
): string {
  const label = section.repeat?.instanceLabel;
  return label
    ? `${resolveText(label, locale)} ${index + 1}`
    : formatMessage(messages.instanceNumber, { number: index + 1 });
}

/** The first input of an element, for moving focus into a new instance. */
function firstInput(root: Element | null): HTMLElement | null {
  return root?.querySelector<HTMLElement>('input:not([disabled]), textarea, select') ?? null;
}

/**
 * A repeat section's instances, each numbered ("Partner 2") with the section's questions: an
 * "Add another" button up to the section's max, a remove button that first says what will be
 * lost, and with a `count` the instances made and trimmed to follow the earlier answers. Focus
 * moves to a new instance's first question, and after a removal to the next instance (or "Add").
 */
export function RepeatSection(props: RepeatSectionProps): ReactNode {
  const { model, section, items, form, locale, messages, idPrefix, headingLevel, target, onRender } = props;
  const { fields, append, remove } = useFieldArray({
    control: form.control,
    name: section.id as never,
    keyName: '_key' as never,
  });
  const { min, max } = repeatBounds(section);
  const counted = section.repeat?.count !== undefined;
  const wanted = useWatch({
    control: form.control,
    disabled: !counted,
    compute: (values: FormValues) =>
      counted
        ? (countedInstances(section, normalizeAnswers(model.definition, values), surveyContext(model)) ?? 0)
        : 0,
  });
  const rootRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<number | undefined>(undefined);
  const [confirming, setConfirming] = useState<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const InstanceTitle = headingTag(headingLevel, 1);
  const { errors } = useFormState({ control: form.control, name: section.id, exact: true });
  const sectionError = get(errors, section.id) as { type?: unknown } | undefined;

  // with a count the instances follow the earlier answers; without one, `min` are there to start
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the wanted number changes
  useEffect(() => {
    const target = counted ? (typeof wanted === 'number' ? wanted : 0) : Math.max(min, fields.length);
    if (fields.length < target)
      append(Array.from({ length: target - fields.length }, () => ({})) as never, { shouldFocus: false });
    else if (counted && fields.length > target)
      remove(Array.from({ length: fields.length - target }, (_, i) => target + i));
  }, [wanted, counted, min]);

  useEffect(() => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    pendingFocus.current = undefined;
    // adding revalidates the list: a new, untouched instance shows no "required" until it is checked
    setTimeout(() => form.clearErrors(`${section.id}.${index}` as never), 0);
    const instance = rootRef.current?.querySelector(`[data-instance="${index}"]`) ?? null;
    (firstInput(instance) ?? instance?.querySelector<HTMLElement>('[tabindex="-1"]'))?.focus();
  });

  const add = () => {
    if (fields.length >= max) return;
    pendingFocus.current = fields.length;
    append({} as never, { shouldFocus: false });
    setAnnouncement(
      formatMessage(messages.instanceAdded, { name: instanceName(section, fields.length, locale, messages) }),
    );
  };

  const confirmRemove = (index: number) => {
    const name = instanceName(section, index, locale, messages);
    setConfirming(undefined);
    remove(index);
    setAnnouncement(formatMessage(messages.instanceRemoved, { name }));
    // the instance now at this index (the next one), else the one before, else "Add another"
    const next = index < fields.length - 1 ? index : index - 1;
    requestAnimationFrame(() => {
      const heading = rootRef.current?.querySelector<HTMLElement>(
        `[data-instance="${next}"] [tabindex="-1"]`,
      );
      (heading ?? addRef.current)?.focus();
    });
  };

  const sectionMessage = (() => {
    switch (sectionError?.type) {
      case 'too_small':
        return formatMessage(messages.repeatMin, { count: min });
      case 'too_big':
        return formatMessage(messages.repeatMax, { count: max });
      case 'repeat_count':
        return messages.repeatCountMismatch;
      default:
        return undefined;
    }
  })();
  const limitId = `${idPrefix}-${id}-limit`;
  return (
    <div className="kolo-repeat" ref={rootRef} data-repeat={section.id}>
      {counted ? <p className="kolo-hint">{messages.repeatCounted}</p> : null}
      {sectionMessage ? (
        <p className="kolo-error" role="alert">
          <span className="kolo-error__icon" aria-hidden="true">
            !
          </span>
          {sectionMessage}
        </p>
      ) : null}
      {fields.map((field, index) => (
        <Instance
          key={(field as unknown as { _key: string })._key}
          {...props}
          index={index}
          titleId={`${idPrefix}-${id}-${index}`}
          Title={InstanceTitle}
          canRemove={!counted && fields.length > min}
          confirming={confirming === index}
          onAskRemove={() => setConfirming(index)}
          onCancelRemove={() => setConfirming(undefined)}
          onRemove={() => confirmRemove(index)}
          items={items}
          target={target}
          onRender={onRender}
        />
      ))}
      {counted ? null : fields.length < max ? (
        <button
          type="button"
          className="kolo-button kolo-button--secondary kolo-repeat__add"
          ref={addRef}
          onClick={add}
          aria-describedby={min > 0 ? limitId : undefined}
        >
          {messages.addInstance}
          {section.repeat?.instanceLabel ? (
            <span className="kolo-sr-only">: {instanceName(section, fields.length, locale, messages)}</span>
          ) : null}
        </button>
      ) : (
        <p className="kolo-hint" id={limitId}>
          {formatMessage(messages.repeatMax, { count: max })}
        </p>
      )}
      {!counted && min > 0 && fields.length < max ? (
        <p className="kolo-hint" id={limitId}>
          {formatMessage(messages.repeatMin, { count: min })}
        </p>
      ) : null}
      <p className="kolo-sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

interface InstanceProps extends RepeatSectionProps {
  readonly index: number;
  readonly titleId: string;
  readonly Title: ReturnType<typeof headingTag>;
  readonly canRemove: boolean;
  readonly confirming: boolean;
  readonly onAskRemove: () => void;
  readonly onCancelRemove: () => void;
  readonly onRemove: () => void;
}

/** One instance: its numbered title, its questions, and its remove button with the confirmation. */
function Instance(props: InstanceProps): ReactNode {
  const { model, section, items, form, locale, messages, idPrefix, index, titleId, Title, target } = props;
  const place = useMemo<InstancePlace>(() => ({ section: section.id, index }), [section.id, index]);
  const name = instanceName(section, index, locale, messages);
  const keepRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (props.confirming) keepRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = props.confirming;
  }, [props.confirming]);
  const answered = props.confirming
    ? Object.keys(
        (
          normalizeAnswers(model.definition, form.getValues())[section.id] as
            | Record<string, unknown>[]
            | undefined
        )?.[index] ?? {},
      ).filter((key) => model.byId.get(key)?.entry.item.kind !== 'calculate').length
    : 0;
  const local = target?.startsWith(`${section.id}.${index}.`)
    ? target.split('.').slice(2).join('.')
    : undefined;
  return (
    <section className="kolo-instance" aria-labelledby={titleId} data-instance={index}>
      <div className="kolo-instance__head">
        <Title className="kolo-instance__title" id={titleId} tabIndex={-1}>
          {name}
        </Title>
        {props.canRemove && !props.confirming ? (
          <button
            type="button"
            className="kolo-button kolo-button--link kolo-instance__remove"
            ref={askRef}
            onClick={props.onAskRemove}
          >
            {formatMessage(messages.removeInstance, { name })}
          </button>
        ) : null}
      </div>
      {props.confirming ? (
        <div
          className="kolo-confirm"
          role="alertdialog"
          aria-labelledby={`${titleId}-confirm`}
          aria-describedby={`${titleId}-loses`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') props.onCancelRemove();
          }}
        >
          <p className="kolo-confirm__title" id={`${titleId}-confirm`}>
            {formatMessage(messages.removeTitle, { name })}
          </p>
          <p className="kolo-hint" id={`${titleId}-loses`}>
            {answered > 0
              ? formatMessage(messages.removeLoses, { count: answered, name })
              : formatMessage(messages.removeNothing, { name })}
          </p>
          <div className="kolo-confirm__actions">
            <button type="button" className="kolo-button kolo-button--danger" onClick={props.onRemove}>
              {messages.removeConfirm}
            </button>
            <button
              type="button"
              className="kolo-button kolo-button--secondary"
              ref={keepRef}
              onClick={props.onCancelRemove}
            >
              {messages.removeKeep}
            </button>
          </div>
        </div>
      ) : null}
      <StepQuestions items={items} target={local}>
        {(formItem) => (
          <Question
            key={formItem.entry.item.id}
            model={model}
            formItem={formItem}
            form={form}
            locale={locale}
            messages={messages}
            idPrefix={idPrefix}
            place={place}
            onRender={props.onRender}
          />
        )}
      </StepQuestions>
    </section>
  );
}
