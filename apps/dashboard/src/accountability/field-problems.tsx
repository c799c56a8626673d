import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What a form shows for each field it found wrong: the message beside it, and the field marked. */
export interface FieldProblems<P extends string> {
  readonly problems: readonly P[];
  /** Replace what is wrong: the fields the last check found. */
  readonly setProblems: (found: P[]) => void;
  /** The message under a field, when that field is wrong (`<prefix>.<problem>` in the messages). */
  readonly error: (problem: P) => ReactNode;
  /** The field's `aria-invalid` and `aria-describedby` (pointing at its message) when it is wrong. */
  readonly invalid: (problem: P) => { 'aria-invalid'?: true; 'aria-describedby'?: string };
}

/**
 * One form's field problems, each message worded from `prefix` (e.g. `accountability.action`) and
 * tied to its field, so a screen reader reads why the field is wrong when it gets focus.
 * @example const { error, invalid, setProblems } = useFieldProblems<'needDue'>('accountability.action');
 */
export function useFieldProblems<P extends string>(prefix: string): FieldProblems<P> {
  const { t } = useTranslation();
  const formId = useId();
  const [problems, setProblems] = useState<P[]>([]);
  const messageId = (p: P) => `${formId}-${p}`;
  return {
    problems,
    setProblems,
    error: (p) =>
      problems.includes(p) ? (
        <span className="error" id={messageId(p)}>
          {t(`${prefix}.${p}`)}
        </span>
      ) : null,
    invalid: (p) => (problems.includes(p) ? { 'aria-invalid': true, 'aria-describedby': messageId(p) } : {}),
  };
}
