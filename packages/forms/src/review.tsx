import { instanceAnswers, resolveText, type Section, type SurveyDefinition } from '@kolo/schema/forms';
import type { ReactNode, Ref } from 'react';
import { answerLabel } from './answer-label.ts';
import { type HeadingLevel, headingTag } from './headings.ts';
import { markdownPlainText } from './markdown-text.tsx';
import type { FormMessages } from './messages/index.ts';
import type { FormItem, FormModel } from './model.ts';
import { fieldPath } from './normalize.ts';
import { pipedText } from './piping.ts';
import { instanceName } from './repeat-section.tsx';

export interface ReviewProps {
  readonly model: FormModel;
  readonly idPrefix: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly sections: readonly number[];
  readonly locale: string;
  readonly messages: FormMessages;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** The form title's level: the review's title is one below it, each section two below. */
  readonly headingLevel: HeadingLevel;
  /** Go back to a question: its section and its form field (`partners.1.partner_age` in an instance). */
  readonly onEdit: (sectionIndex: number, field: string) => void;
}

function sectionTitle(definition: SurveyDefinition, index: number, locale: string): string {
  const section = definition.sections[index];
  return section ? resolveText(section.title, locale) : '';
}

/** The review step: every answered question with its answer, and an "Edit" button back to it. */
export function Review(props: ReviewProps): ReactNode {
  const { model, idPrefix, answers, sections, locale, messages, headingRef, headingLevel, onEdit } = props;
  const Title = headingTag(headingLevel, 1);
  const SectionTitle = headingTag(headingLevel, 2);
  return (
    <div className="kolo-review">
      <Title className="kolo-step__title" ref={headingRef} tabIndex={-1}>
        {messages.reviewTitle}
      </Title>
      <p className="kolo-hint">{messages.reviewIntro}</p>
      {sections.map((index) => {
        const section = model.definition.sections[index];
        if (section?.repeat)
          return (
            <RepeatReview
              key={index}
              {...props}
              index={index}
              section={section}
              SectionTitle={SectionTitle}
            />
          );
        const answered = answeredItems(model.sections[index] ?? [], answers);
        return (
          <section
            key={index}
            className="kolo-review__section"
            aria-labelledby={`${idPrefix}-review-${index}`}
          >
            <SectionTitle className="kolo-review__title" id={`${idPrefix}-review-${index}`}>
              {sectionTitle(model.definition, index, locale)}
            </SectionTitle>
            {answered.length === 0 ? (
              <p className="kolo-hint">{messages.noAnswers}</p>
            ) : (
              <AnswerList
                {...props}
                items={answered}
                view={answers}
                onEditItem={(itemId) => onEdit(index, itemId)}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}

function answeredItems(items: readonly FormItem[], answers: Readonly<Record<string, unknown>>): FormItem[] {
  return items.filter(
    ({ entry }) =>
      Object.hasOwn(answers, entry.item.id) &&
      answers[entry.item.id] !== undefined &&
      (entry.item.kind !== 'calculate' || entry.item.display === 'read_only'),
  );
}

/** Questions with their answers and an "Edit" button each, read from `view`. */
function AnswerList(
  props: ReviewProps & {
    items: readonly FormItem[];
    view: Readonly<Record<string, unknown>>;
    onEditItem: (itemId: string) => void;
  },
): ReactNode {
  const { model, items, view, locale, messages, onEditItem } = props;
  return (
    <dl className="kolo-review__list">
      {items.map(({ entry: { item } }) => {
        const label = markdownPlainText(
          pipedText(model.definition, resolveText(item.label, locale), view, locale, messages, true),
        );
        return (
          <div key={item.id} className="kolo-review__row" data-question={item.id}>
            <dt className="kolo-review__question">{label}</dt>
            <dd className="kolo-review__answer">
              {answerLabel(model.definition, item, view, locale, messages).map((line) => (
                <span key={line} className="kolo-review__line">
                  {line}
                </span>
              ))}
            </dd>
            <dd className="kolo-review__edit">
              <button
                type="button"
                className="kolo-button kolo-button--link"
                onClick={() => onEditItem(item.id)}
              >
                {messages.edit}
                <span className="kolo-sr-only">: {label}</span>
              </button>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** A repeat section on the review step: each instance under its numbered name, with its answers. */
function RepeatReview(
  props: ReviewProps & { index: number; section: Section; SectionTitle: ReturnType<typeof headingTag> },
): ReactNode {
  const { model, idPrefix, answers, locale, messages, onEdit, index, section, SectionTitle } = props;
  const InstanceTitle = headingTag(props.headingLevel, 3);
  const list = answers[section.id];
  const instances = Array.isArray(list) ? (list as Record<string, unknown>[]) : [];
  const titleId = `${idPrefix}-review-${index}`;
  return (
    <section className="kolo-review__section" aria-labelledby={titleId}>
      <SectionTitle className="kolo-review__title" id={titleId}>
        {sectionTitle(model.definition, index, locale)}
      </SectionTitle>
      {instances.length === 0 ? <p className="kolo-hint">{messages.noAnswers}</p> : null}
      {instances.map((instance, i) => {
        const view = instanceAnswers(answers, section, instance);
        const items = answeredItems(model.sections[index] ?? [], instance);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: instances are numbered by their position
          <div key={i} className="kolo-review__instance">
            <InstanceTitle className="kolo-review__instance-title">
              {instanceName(section, i, locale, messages)}
            </InstanceTitle>
            {items.length === 0 ? (
              <p className="kolo-hint">{messages.noAnswers}</p>
            ) : (
              <AnswerList
                {...props}
                items={items}
                view={view}
                onEditItem={(itemId) => onEdit(index, fieldPath({ section: section.id, index: i }, itemId))}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}
