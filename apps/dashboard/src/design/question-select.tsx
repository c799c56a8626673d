import { type Item, resolveText } from '@kolo/schema';
import { Field } from '../layout/field.tsx';

/** A question a picker offers: its reference (an item id, or `item.row` for a matrix row) and its label. */
export interface QuestionOption {
  readonly ref: string;
  readonly label: string;
}

/** How pickers name a question: its label in the language being edited, then its id. */
export function questionLabel(item: Item, locale: string): string {
  return `${resolveText(item.label, locale) || item.id} (${item.id})`;
}

/**
 * A select of questions by label, for conditions and indicators. `extra`, when given, comes first:
 * an entry that is none of the questions ("every submission", or a question no longer before this one).
 */
export function QuestionSelect({
  label,
  value,
  questions,
  extra,
  onChange,
}: {
  label: string;
  value: string;
  questions: readonly QuestionOption[];
  extra?: QuestionOption | undefined;
  onChange: (ref: string) => void;
}) {
  return (
    <Field label={label} compact>
      {(id) => (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
          {extra ? <option value={extra.ref}>{extra.label}</option> : null}
          {questions.map((q) => (
            <option key={q.ref} value={q.ref}>
              {q.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
