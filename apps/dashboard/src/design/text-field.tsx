import { type LocalizedText, resolveText } from '@kolo/schema';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { withText } from './text-paths.ts';

/**
 * One language of a localized text: the input shows the text in `locale`; a missing translation
 * is marked and shows another language's text as a hint.
 */
export function TextField({
  label,
  text,
  locale,
  onChange,
  multiline,
  optional,
}: {
  label: ReactNode;
  text: LocalizedText | undefined;
  locale: string;
  /** Gets the whole text with this language changed, or undefined when no language is left. */
  onChange: (text: LocalizedText | undefined) => void;
  multiline?: boolean;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const value = text?.[locale] ?? '';
  const missing = value === '' && (!optional || (text !== undefined && Object.keys(text).length > 0));
  const other = missing ? resolveText(text, locale) : '';
  const props = {
    value,
    lang: locale,
    placeholder: other,
    'aria-invalid': missing && !optional ? true : undefined,
    className: missing ? 'missing' : undefined,
    onChange: (e: { target: { value: string } }) => onChange(withText(text, locale, e.target.value)),
  };
  return (
    <Field
      label={
        <>
          {label} <span className="lang-tag">{locale}</span>
          {missing ? <span className="missing-tag"> · {t('design.missing')}</span> : null}
        </>
      }
    >
      {(id) => (multiline ? <textarea id={id} rows={2} {...props} /> : <input id={id} {...props} />)}
    </Field>
  );
}
