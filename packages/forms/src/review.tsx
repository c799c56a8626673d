import { resolveText, type SurveyDefinition } from '@kolo/schema';
import type { ReactNode, Ref } from 'react';
import { answerLabel } from './answer-label.ts';
import { type HeadingLevel, headingTag } from './headings.ts';
import type { FormMessages } from './messages/index.ts';
import type { FormModel } from './model.ts';
import { pipedText } from './piping.ts';

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
  readonly onEdit: (sectionIndex: number, itemId: string) => void;
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
        const answered = (model.sections[index] ?? []).filter(
          ({ entry }) =>
            entry.item.id in answers &&
            (entry.item.kind !== 'calculate' || entry.item.display === 'read_only'),
        );
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
              <dl className="kolo-review__list">
                {answered.map(({ entry: { item } }) => {
                  const label = pipedText(
                    model.definition,
                    resolveText(item.label, locale),
                    answers,
                    locale,
                    messages,
                  );
                  return (
                    <div key={item.id} className="kolo-review__row" data-question={item.id}>
                      <dt className="kolo-review__question">{label}</dt>
                      <dd className="kolo-review__answer">
                        {answerLabel(model.definition, item, answers, locale, messages).map((line) => (
                          <span key={line} className="kolo-review__line">
                            {line}
                          </span>
                        ))}
                      </dd>
                      <dd className="kolo-review__edit">
                        <button
                          type="button"
                          className="kolo-button kolo-button--link"
                          onClick={() => onEdit(index, item.id)}
                        >
                          {messages.edit}
                          <span className="kolo-sr-only">: {label}</span>
                        </button>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            )}
          </section>
        );
      })}
    </div>
  );
}
