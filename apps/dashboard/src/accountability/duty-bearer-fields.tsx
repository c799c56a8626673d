import { DUTY_BEARER_TYPES, type DutyBearerType } from '@kolo/schema';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import type { FieldProblems } from './field-problems.tsx';

/** A duty-bearer as a form edits it: the institution, the person's role there, and its kind. */
export interface DutyBearerDraft {
  readonly institution: string;
  readonly role: string;
  readonly type: DutyBearerType;
}

/** The duty-bearer as the API takes it: trimmed, the role left out when empty. */
export function dutyBearerInput(draft: DutyBearerDraft): {
  institution: string;
  type: DutyBearerType;
  role?: string;
} {
  return {
    institution: draft.institution.trim(),
    type: draft.type,
    ...(draft.role.trim() ? { role: draft.role.trim() } : {}),
  };
}

/** Whether the institution is named (two characters at least, as the API asks). */
export function namesInstitution(draft: DutyBearerDraft): boolean {
  return draft.institution.trim().length >= 2;
}

/**
 * The duty-bearer's fields, shared by a new action and an escalation: the institution (its problem
 * `needInstitution` shown beside it), the role, and the kind of duty-bearer.
 */
export function DutyBearerFields({
  value,
  onChange,
  problems,
}: {
  value: DutyBearerDraft;
  onChange: (next: DutyBearerDraft) => void;
  problems: Pick<FieldProblems<'needInstitution'>, 'error' | 'invalid'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('accountability.action.institution')}>
        {(id) => (
          <input
            id={id}
            value={value.institution}
            maxLength={200}
            onChange={(e) => onChange({ ...value, institution: e.target.value })}
            {...problems.invalid('needInstitution')}
          />
        )}
      </Field>
      {problems.error('needInstitution')}
      <Field label={t('accountability.action.role')}>
        {(id) => (
          <input
            id={id}
            value={value.role}
            maxLength={200}
            onChange={(e) => onChange({ ...value, role: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('accountability.action.type')}>
        {(id) => (
          <select
            id={id}
            value={value.type}
            onChange={(e) => onChange({ ...value, type: e.target.value as DutyBearerType })}
          >
            {DUTY_BEARER_TYPES.map((d) => (
              <option key={d} value={d}>
                {t(`accountability.dutyBearerType.${d}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
