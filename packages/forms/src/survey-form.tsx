import { resolveText, type SurveyDefinition, validateAnswers } from '@kolo/schema/forms';
import {
  type FormEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useDraft, useHiddenClearing, useValidationWarmUp } from './form-effects.ts';
import { type HeadingLevel, headingTag } from './headings.ts';
import { type FormMessages, formatMessage } from './messages/index.ts';
import { useFormMessages } from './messages/use-form-messages.ts';
import { buildModel, type FormModel } from './model.ts';
import { type FormValues, normalizeAnswers, toFormValues } from './normalize.ts';
import { Question } from './question/index.tsx';
import { RepeatSection } from './repeat-section.tsx';
import { surveyResolver } from './resolver.ts';
import { Review } from './review.tsx';
import { StepQuestions } from './step-questions.tsx';
import {
  firstInvalid,
  formFields,
  sectionFields,
  sectionOfField,
  visibleSections,
  visibleSectionsOf,
} from './steps.ts';

/** Props of {@link SurveyForm}. */
export interface SurveyFormProps {
  /** A checked definition (see `parseSurvey`). */
  definition: SurveyDefinition;
  /** The respondent's language; it can change at any time without losing answers. */
  locale: string;
  /** A saved draft to resume: answers as `onDraftChange` reported them. */
  defaultValues?: Record<string, unknown>;
  /** The step to open: a section's index in `definition.sections`, or `sections.length` for the review. */
  initialStep?: number;
  /** Called with normalized answers that pass `validateAnswers`. */
  onSubmit: (answers: Record<string, unknown>) => void | Promise<void>;
  /** Called about 500 ms after changes settle, and on leaving a step, for autosave. */
  onDraftChange?: (answers: Record<string, unknown>, step: number) => void;
  /**
   * Move focus to the first question of the opening step when the form first shows: for a form
   * that is the page, opened by the user's own action (not inside another page, like a preview).
   */
  focusFirstQuestion?: boolean;
  /** Overrides of the form's own strings. */
  messages?: Partial<FormMessages>;
  submitLabel?: string;
  /**
   * Test and benchmark hook: called with a question's id each time the question or any part of it
   * commits, through a React `<Profiler>` around each question. Production builds of React never
   * call it; without it the form renders no profilers.
   */
  onRender?: (itemId: string) => void;
  /**
   * Level of the survey title's heading (sections one below, review entries two below): 1 on a
   * page of its own, 2 or 3 when the form is shown inside another page, such as the builder's preview.
   */
  headingLevel?: HeadingLevel;
}

/**
 * The field's element to focus: a matrix row's first radio, the "other" text, or the question's
 * first input; inside a repeat instance (`partners.1.partner_age`) the question of that instance.
 */
function focusField(root: HTMLElement | null, model: FormModel, field: string): void {
  const segments = field.split('.');
  const [first = field, index] = segments;
  const inInstance = model.repeats.get(first) === first && index !== undefined;
  const local = inInstance ? segments.slice(2).join('.') : field;
  const prefix = inInstance ? `${first}.${index}.` : '';
  if (inInstance && local === '') {
    root?.querySelector<HTMLElement>(`[data-instance="${index}"] [tabindex="-1"]`)?.focus();
    return;
  }
  if (model.repeats.get(field) === field) {
    const list = root?.querySelector(`[data-repeat="${field}"]`);
    list?.querySelector<HTMLElement>('input:not([disabled]), textarea, button')?.focus();
    return;
  }
  const owner = model.items.find((item) => item.fields.includes(local));
  if (!root || !owner) return;
  const id = owner.entry.item.id;
  const question = root.querySelector<HTMLElement>(`[data-field="${prefix}${id}"]`);
  const [, row] = local.split('.');
  const selector =
    row !== undefined
      ? `[data-row="${row}"] input`
      : local !== id
        ? '.kolo-other input'
        : 'input:not([disabled]), textarea';
  (question?.querySelector<HTMLElement>(selector) ?? question)?.focus();
}

/**
 * A survey as an accessible, step-by-step form: one section per step, conditions applied as the
 * respondent answers, the API's own validation, a review step, then `onSubmit` with valid answers.
 * @example
 * <SurveyForm definition={survey} locale="uk" onSubmit={(answers) => queue.add(answers)} />
 */
export function SurveyForm(props: SurveyFormProps): ReactNode {
  const shown = useFormMessages(props.locale);
  // the respondent's language is still on its way: show nothing rather than English
  if (!shown) return <div className="kolo-form-loading" aria-busy="true" />;
  return <LoadedSurveyForm {...props} locale={shown.locale} base={shown.messages} />;
}

/** The form once its own strings are in (`base`: the respondent's language, before overrides). */
function LoadedSurveyForm(props: SurveyFormProps & { base: FormMessages }): ReactNode {
  const { definition, locale, defaultValues, initialStep, onSubmit, onDraftChange, submitLabel } = props;
  const headingLevel = props.headingLevel ?? 1;
  const model = useMemo(() => buildModel(definition), [definition]);
  const resolver = useMemo(() => surveyResolver(definition), [definition]);
  const form = useForm<FormValues>({
    resolver,
    mode: 'onChange',
    shouldFocusError: false,
    defaultValues: toFormValues(definition, defaultValues ?? {}),
  });
  const overrides = props.messages;
  const base = props.base;
  const messages = useMemo(() => ({ ...base, ...overrides }), [base, overrides]);
  const renderHook = useRef(props.onRender);
  renderHook.current = props.onRender;
  const onRender = useCallback((id: string) => renderHook.current?.(id), []);
  const profiled = props.onRender !== undefined;
  const idPrefix = `kolo${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const shown = useWatch({
    control: form.control,
    name: model.sectionWatches as string[],
    exact: true,
    disabled: model.sectionWatches.length === 0,
    compute: (values: unknown[]) => visibleSections(model, values),
  });
  const sections = model.sectionWatches.length > 0 ? shown : visibleSections(model, []);
  const reviewStep = definition.sections.length;
  const [step, setStep] = useState(() => Math.min(Math.max(initialStep ?? 0, 0), reviewStep));
  // a step whose section is now hidden moves on to the next shown one
  const current =
    step === reviewStep || sections.includes(step) ? step : (sections.find((i) => i > step) ?? reviewStep);
  const [returnToReview, setReturnToReview] = useState(false);
  const [attention, setAttention] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [submitFailed, setSubmitFailed] = useState(false);

  useHiddenClearing(form, definition);
  useDraft(form, definition, current, onDraftChange);
  useValidationWarmUp(definition);

  const mounted = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the step changes
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      const field = model.sections[current]?.find((item) => item.fields.length > 0)?.fields[0];
      if (props.focusFirstQuestion && field) focusField(formRef.current, model, field);
      else if (props.focusFirstQuestion) headingRef.current?.focus();
      return;
    }
    if (focusTarget) {
      focusField(formRef.current, model, focusTarget);
      setFocusTarget(undefined);
    } else headingRef.current?.focus();
  }, [current]);

  const goTo = (next: number, target?: string) => {
    setAttention(false);
    setSubmitFailed(false);
    setFocusTarget(target);
    setStep(next);
  };

  const checkSection = async (): Promise<boolean> => {
    const fields = sectionFields(model, current, form.getValues());
    if (fields.length === 0 || (await form.trigger(fields))) return true;
    setAttention(true);
    const first = firstInvalid(model, form, fields);
    if (first) focusField(formRef.current, model, first);
    return false;
  };

  const next = async () => {
    if (!(await checkSection())) return;
    const after = visibleSectionsOf(model, form.getValues()).find((i) => i > current);
    if (returnToReview || after === undefined) {
      setReturnToReview(false);
      goTo(reviewStep);
    } else goTo(after);
  };

  const back = () => {
    const before = sections.filter((i) => i < current).at(-1);
    if (before !== undefined) goTo(before);
  };

  const submit = async () => {
    if (!(await form.trigger())) {
      const first = firstInvalid(model, form, formFields(model, form.getValues()));
      const owner = first === undefined ? undefined : sectionOfField(model, first);
      if (owner !== undefined) {
        goTo(owner, first);
        setReturnToReview(true);
        setAttention(true);
      }
      return;
    }
    const result = validateAnswers(definition, normalizeAnswers(definition, form.getValues()));
    if (!result.success) return;
    setSubmitting(true);
    setSubmitFailed(false);
    try {
      await onSubmit(result.answers);
    } catch {
      setSubmitFailed(true);
    } finally {
      setSubmitting(false);
    }
  };

  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    void (current === reviewStep ? submit() : next());
  };

  const position = sections.indexOf(current) + 1;
  const total = sections.length;
  const section = definition.sections[current];
  const progressId = `${idPrefix}-progress`;
  const Title = headingTag(headingLevel);
  const StepTitle = headingTag(headingLevel, 1);
  return (
    <form
      className="kolo-form"
      ref={formRef}
      noValidate
      // answers must not outlive the form: no autofill history, and no form state in the
      // browser's session files (Chromium keeps none for autocomplete=off controls)
      autoComplete="off"
      onSubmit={onFormSubmit}
      lang={locale}
    >
      <Title className="kolo-form__title">{resolveText(definition.title, locale)}</Title>
      <div className="kolo-progress">
        <p className="kolo-progress__text" id={progressId}>
          {current === reviewStep
            ? messages.reviewProgress
            : formatMessage(messages.sectionProgress, { current: position, total })}
        </p>
        <progress
          className="kolo-progress__bar"
          aria-labelledby={progressId}
          max={total}
          value={current === reviewStep ? total : position}
        />
      </div>
      {attention ? (
        <p className="kolo-alert" role="alert">
          {messages.fixErrors}
        </p>
      ) : null}
      {section ? (
        <section className="kolo-step" key={section.id}>
          <StepTitle className="kolo-step__title" ref={headingRef} tabIndex={-1}>
            {resolveText(section.title, locale)}
          </StepTitle>
          {section.description ? (
            <p className="kolo-hint">{resolveText(section.description, locale)}</p>
          ) : null}
          {section.repeat ? (
            <RepeatSection
              model={model}
              section={section}
              items={model.sections[current] ?? []}
              form={form}
              locale={locale}
              messages={messages}
              idPrefix={idPrefix}
              headingLevel={Math.min(4, headingLevel + 1) as HeadingLevel}
              target={focusTarget}
              onRender={profiled ? onRender : undefined}
            />
          ) : null}
          <StepQuestions items={section.repeat ? [] : (model.sections[current] ?? [])} target={focusTarget}>
            {(formItem) => (
              <Question
                key={formItem.entry.item.id}
                model={model}
                formItem={formItem}
                form={form}
                locale={locale}
                messages={messages}
                idPrefix={idPrefix}
                onRender={profiled ? onRender : undefined}
              />
            )}
          </StepQuestions>
        </section>
      ) : (
        <Review
          model={model}
          idPrefix={idPrefix}
          answers={normalizeAnswers(definition, form.getValues())}
          sections={sections}
          locale={locale}
          messages={messages}
          headingRef={headingRef}
          headingLevel={headingLevel}
          onEdit={(index, itemId) => {
            setReturnToReview(true);
            goTo(index, itemId);
          }}
        />
      )}
      {submitFailed ? (
        <p className="kolo-alert" role="alert">
          {messages.submitFailed}
        </p>
      ) : null}
      <div className="kolo-nav">
        {position > 1 || current === reviewStep ? (
          <button
            type="button"
            className="kolo-button kolo-button--secondary"
            onClick={current === reviewStep ? () => goTo(sections.at(-1) ?? 0) : back}
          >
            {messages.back}
          </button>
        ) : null}
        <button
          type="submit"
          className="kolo-button kolo-button--primary"
          disabled={submitting}
          aria-busy={submitting || undefined}
        >
          {current === reviewStep
            ? submitting
              ? messages.submitting
              : (submitLabel ?? messages.submit)
            : returnToReview
              ? messages.backToReview
              : messages.next}
        </button>
      </div>
    </form>
  );
}
