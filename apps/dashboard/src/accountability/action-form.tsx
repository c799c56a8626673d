import './setup.ts';
import { type ActionInput, ESCALATION_LEVELS, type EscalationLevel } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import { useSession } from '../auth/session.tsx';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import type { Owner } from './api.ts';
import {
  type DutyBearerDraft,
  DutyBearerFields,
  dutyBearerInput,
  namesInstitution,
} from './duty-bearer-fields.tsx';
import { useFieldProblems } from './field-problems.tsx';

/** The people who can own an action: the organization's active staff and admins (the API lists them for staff too). */
function useOwners(): Owner[] {
  const { me } = useSession();
  const owners = useQuery({
    queryKey: ['accountability', 'owners'],
    queryFn: () => answer(kolo.api.accountability.owners.$get()),
  });
  const all = new Map<string, Owner>();
  if (me) all.set(me.user.id, { id: me.user.id, name: me.user.name });
  for (const o of owners.data?.owners ?? []) all.set(o.id, o);
  return [...all.values()].sort((a, b) => a.name.localeCompare(b.name));
}

type Problem = 'needInstitution' | 'needAsk' | 'needOwner' | 'needDue';

const NO_DUTY_BEARER: DutyBearerDraft = { institution: '', role: '', type: 'service_provider' };

/** Add an action to a finding: the duty-bearer (institution, role, kind), what is asked, owner, due date, level. */
export function ActionForm({
  findingId,
  defaultLevel,
}: {
  findingId: string;
  defaultLevel: EscalationLevel;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { me } = useSession();
  const owners = useOwners();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [dutyBearer, setDutyBearer] = useState<DutyBearerDraft>(NO_DUTY_BEARER);
  const [ask, setAsk] = useState('');
  const [ownerId, setOwnerId] = useState(me?.user.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const [level, setLevel] = useState<EscalationLevel>(defaultLevel);
  const fields = useFieldProblems<Problem>('accountability.action');
  const { error, invalid } = fields;
  const [failed, setFailed] = useState('');
  const [busy, setBusy] = useState(false);
  if (!open)
    return (
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        {t('accountability.action.add')}
      </button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problem[] = [];
    if (!namesInstitution(dutyBearer)) found.push('needInstitution');
    if (ask.trim().length < 3) found.push('needAsk');
    if (!ownerId) found.push('needOwner');
    if (!dueDate) found.push('needDue');
    fields.setProblems(found);
    if (found.length > 0) return;
    const body: ActionInput = {
      dutyBearer: dutyBearerInput(dutyBearer),
      ask: ask.trim(),
      ownerId,
      dueDate,
      level,
    };
    setBusy(true);
    setFailed('');
    try {
      await answer(kolo.api.findings[':id'].actions.$post({ param: { id: findingId }, json: body }));
      await client.invalidateQueries({ queryKey: ['accountability'] });
      setOpen(false);
      setDutyBearer(NO_DUTY_BEARER);
      setAsk('');
      setDueDate('');
    } catch (error) {
      setFailed(
        t('accountability.saveFailed', {
          message: apiErrorText(t, error),
        }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stack panel"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${formId}-title`}
    >
      <h3 id={`${formId}-title`}>{t('accountability.action.add')}</h3>
      <fieldset className="stack">
        <legend>{t('accountability.action.dutyBearer')}</legend>
        <DutyBearerFields value={dutyBearer} onChange={setDutyBearer} problems={fields} />
      </fieldset>
      <Field label={t('accountability.action.ask')}>
        {(id) => (
          <textarea
            id={id}
            rows={3}
            maxLength={2000}
            value={ask}
            onChange={(e) => setAsk(e.target.value)}
            {...invalid('needAsk')}
          />
        )}
      </Field>
      {error('needAsk')}
      <Field label={t('accountability.action.owner')}>
        {(id) => (
          <select
            id={id}
            value={ownerId}
            onChange={(e) => setOwnerId(e.target.value)}
            {...invalid('needOwner')}
          >
            <option value="">—</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {error('needOwner')}
      <Field label={t('accountability.action.dueDate')}>
        {(id) => (
          <input
            id={id}
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            {...invalid('needDue')}
          />
        )}
      </Field>
      {error('needDue')}
      <Field label={t('accountability.action.level')}>
        {(id) => (
          <select id={id} value={level} onChange={(e) => setLevel(e.target.value as EscalationLevel)}>
            {ESCALATION_LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`accountability.level.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {failed && (
        <p className="error" role="alert">
          {failed}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {t('accountability.action.create')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('accountability.cancel')}
        </button>
      </div>
    </form>
  );
}
