import { resolveText } from '@kolo/schema/forms';
import type { ReactNode } from 'react';
import { MarkdownText } from '../markdown-text.tsx';
import { usePipedText } from '../piping.ts';
import type { WidgetProps } from './types.ts';

/** Join the ids of the elements that describe an input, skipping absent ones. */
export function describedBy(...ids: ReadonlyArray<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** The question's label text with a required marker that screen readers speak as a word. */
export function LabelText({ definition, form, item, locale, messages, place }: WidgetProps): ReactNode {
  const label = usePipedText(
    definition,
    form,
    resolveText(item.label, locale),
    locale,
    messages,
    place,
    true,
  );
  return (
    <>
      <span className="kolo-label__text">
        <MarkdownText text={label} />
      </span>
      {'required' in item && item.required ? (
        <>
          {' '}
          <span className="kolo-required">
            <span aria-hidden="true">*</span>
            <span className="kolo-sr-only">({messages.requiredMark})</span>
          </span>
        </>
      ) : null}
    </>
  );
}

/** The hint under a label, when the item has one. */
export function Hint({ definition, form, item, locale, messages, ids, place }: WidgetProps): ReactNode {
  const hint = usePipedText(definition, form, resolveText(item.hint, locale), locale, messages, place, true);
  if (!item.hint) return null;
  return (
    <p className="kolo-hint" id={ids.hint}>
      <MarkdownText text={hint} />
    </p>
  );
}

/** An error message next to the question. */
export function ErrorText({ id, children }: { id: string; children: string | undefined }): ReactNode {
  if (!children) return null;
  return (
    <p className="kolo-error" id={id}>
      <span className="kolo-error__icon" aria-hidden="true">
        !
      </span>
      {children}
    </p>
  );
}

/** Props of a group of radios or checkboxes: a fieldset described by its hint and error. */
export function Group({
  widget,
  className,
  extraDescription,
  children,
}: {
  widget: WidgetProps;
  className: string;
  extraDescription?: string | undefined;
  children: ReactNode;
}): ReactNode {
  const { item, name, ids, errorOf } = widget;
  const error = errorOf(name);
  return (
    <fieldset
      className={`kolo-group ${className}`}
      aria-describedby={describedBy(item.hint && ids.hint, extraDescription, error && ids.error)}
    >
      <legend className="kolo-label" id={ids.label}>
        <LabelText {...widget} />
      </legend>
      <Hint {...widget} />
      <ErrorText id={ids.error}>{error}</ErrorText>
      {children}
    </fieldset>
  );
}
