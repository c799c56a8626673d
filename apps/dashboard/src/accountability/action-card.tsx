import './setup.ts';
import { type ActionStatus, ESCALATION_LEVELS, type EscalationLevel } from '@kolo/schema';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import { localToday } from '../collect/observation-page.tsx';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import type { Action, HistoryEvent } from './api.ts';
import {
  type DutyBearerDraft,
  DutyBearerFields,
  dutyBearerInput,
  namesInstitution,
} from './duty-bearer-fields.tsx';
import { useFieldProblems } from './field-problems.tsx';
import { FollowUpBlock } from './follow-up.tsx';
import { formatDay } from './words.ts';

function useSaveError() {
  const { t } = useTranslation();
  return (error: unknown) =>
    t('accountability.saveFailed', {
      message: apiErrorText(t, error),
    });
}

type MoveProblem = 'needOn' | 'needCommitment' | 'needMoveNote';

/** Move an action to one of its allowed next statuses: the day it happened, a note, and the commitment when committing. */
function MoveForm({ action, to, onDone }: { action: Action; to: ActionStatus; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const saveError = useSaveError();
  const today = localToday();
  const [on, setOn] = useState(today);
  const [note, setNote] = useState('');
  const [commitment, setCommitment] = useState('');
  const fields = useFieldProblems<MoveProblem>('accountability.action');
  const { error, invalid } = fields;
  const [failed, setFailed] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: MoveProblem[] = [];
    if (!on || on > today) found.push('needOn');
    if (to === 'committed' && !commitment.trim()) found.push('needCommitment');
    if (!note.trim()) found.push('needMoveNote');
    fields.setProblems(found);
    if (found.length > 0) return;
    setFailed('');
    setBusy(true);
    try {
      await answer(
        kolo.api.actions[':id'].status.$post({
          param: { id: action.id },
          json: {
            to,
            on,
            note: note.trim(),
            ...(to === 'committed' ? { commitment: commitment.trim() } : {}),
          },
        }),
      );
      await client.invalidateQueries({ queryKey: ['accountability'] });
      onDone();
    } catch (error) {
      setFailed(saveError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack acc-inline-form" noValidate onSubmit={(e) => void submit(e)}>
      <h4>{t(`accountability.move.${to}`)}</h4>
      <Field label={t('accountability.action.on')}>
        {(id) => (
          <input
            id={id}
            type="date"
            max={today}
            value={on}
            onChange={(e) => setOn(e.target.value)}
            {...invalid('needOn')}
          />
        )}
      </Field>
      {error('needOn')}
      {to === 'committed' && (
        <Field label={t('accountability.action.commitment')}>
          {(id) => (
            <textarea
              id={id}
              rows={2}
              maxLength={2000}
              value={commitment}
              onChange={(e) => setCommitment(e.target.value)}
              {...invalid('needCommitment')}
            />
          )}
        </Field>
      )}
      {error('needCommitment')}
      <Field label={t('accountability.action.note')}>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            {...invalid('needMoveNote')}
          />
        )}
      </Field>
      {error('needMoveNote')}
      {failed && (
        <p className="error" role="alert">
          {failed}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {t('accountability.action.confirmMove')}
        </button>
        <button type="button" onClick={onDone}>
          {t('accountability.cancel')}
        </button>
      </div>
    </form>
  );
}

type EscalateProblem = 'needInstitution' | 'needDue' | 'needEscalateNote';

/** Escalate: a higher level, the new duty-bearer and due date, and why; the history keeps what it replaced. */
function EscalateForm({ action, onDone }: { action: Action; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const saveError = useSaveError();
  const higher = ESCALATION_LEVELS.slice(ESCALATION_LEVELS.indexOf(action.level) + 1);
  const [level, setLevel] = useState<EscalationLevel | undefined>(higher[0]);
  const [dutyBearer, setDutyBearer] = useState<DutyBearerDraft>({
    institution: '',
    role: '',
    type: action.dutyBearer.type,
  });
  const [dueDate, setDueDate] = useState('');
  const [note, setNote] = useState('');
  const fields = useFieldProblems<EscalateProblem>('accountability.action');
  const { error, invalid } = fields;
  const [failed, setFailed] = useState('');
  const [busy, setBusy] = useState(false);
  if (!level) return <p className="note">{t('accountability.action.noHigher')}</p>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: EscalateProblem[] = [];
    if (!namesInstitution(dutyBearer)) found.push('needInstitution');
    if (!dueDate) found.push('needDue');
    if (!note.trim()) found.push('needEscalateNote');
    fields.setProblems(found);
    if (found.length > 0) return;
    setFailed('');
    setBusy(true);
    try {
      await answer(
        kolo.api.actions[':id'].escalate.$post({
          param: { id: action.id },
          json: { level, dutyBearer: dutyBearerInput(dutyBearer), dueDate, note: note.trim() },
        }),
      );
      await client.invalidateQueries({ queryKey: ['accountability'] });
      onDone();
    } catch (error) {
      setFailed(saveError(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack acc-inline-form" noValidate onSubmit={(e) => void submit(e)}>
      <h4>{t('accountability.action.escalateTitle')}</h4>
      <Field label={t('accountability.action.newLevel')}>
        {(id) => (
          <select id={id} value={level} onChange={(e) => setLevel(e.target.value as EscalationLevel)}>
            {higher.map((l) => (
              <option key={l} value={l}>
                {t(`accountability.level.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DutyBearerFields value={dutyBearer} onChange={setDutyBearer} problems={fields} />
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
      <Field label={t('accountability.action.escalateNote')}>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            {...invalid('needEscalateNote')}
          />
        )}
      </Field>
      {error('needEscalateNote')}
      {failed && (
        <p className="error" role="alert">
          {failed}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {t('accountability.action.escalate')}
        </button>
        <button type="button" onClick={onDone}>
          {t('accountability.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A note on an action (a meeting, a call); corrections too are notes. */
function ActionNoteForm({ action }: { action: Action }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const saveError = useSaveError();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return setProblem(t('accountability.finding.needNote'));
    setProblem('');
    try {
      await answer(
        kolo.api.actions[':id'].notes.$post({ param: { id: action.id }, json: { note: note.trim() } }),
      );
      setNote('');
      await client.invalidateQueries({ queryKey: ['accountability'] });
    } catch (error) {
      setProblem(saveError(error));
    }
  };
  return (
    <form className="stack acc-inline-form" noValidate onSubmit={(e) => void submit(e)}>
      <Field label={t('accountability.action.addNote')}>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit">{t('accountability.finding.addNote')}</button>
      </div>
    </form>
  );
}

/** One entry of the history in words. */
function eventText(t: (key: string, options?: Record<string, unknown>) => string, e: HistoryEvent): string {
  const name = (kind: 'status' | 'level', value: string | null) =>
    value === null ? '—' : t(`accountability.${kind}.${value}`, { defaultValue: value });
  if (e.kind === 'status')
    return t('accountability.action.event.status', {
      from: name('status', e.from),
      to: name('status', e.to),
    });
  if (e.kind === 'escalated')
    return t('accountability.action.event.escalated', {
      from: name('level', e.from),
      to: name('level', e.to),
    });
  return t(`accountability.action.event.${e.kind}`);
}

/**
 * An action: duty-bearer, ask, commitment, owner, due date and level; its status with only the
 * allowed next moves as buttons; escalation; notes; its history; and the follow-up.
 */
export function ActionCard({
  action,
  locale,
  editable,
}: {
  action: Action;
  locale: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState<ActionStatus | 'escalate' | null>(null);
  const db = action.dutyBearer;
  const closed = action.closedOn !== null;
  return (
    <article className="card" id={`action-${action.id}`} aria-labelledby={`action-${action.id}-title`}>
      <h3 id={`action-${action.id}-title`}>
        {t('accountability.action.heading', {
          institution: db.role ? `${db.institution}, ${db.role}` : db.institution,
          level: t(`accountability.level.${action.level}`),
        })}
      </h3>
      <p className="acc-meta">{t(`accountability.dutyBearerType.${db.type}`)}</p>
      <p>{t('accountability.action.askLabel', { ask: action.ask })}</p>
      {action.commitment && (
        <p>
          {t('accountability.action.commitmentLabel', {
            date: action.committedOn ? formatDay(action.committedOn, locale) : '—',
            text: action.commitment,
          })}
        </p>
      )}
      <p className="acc-meta">{t('accountability.action.ownerLabel', { name: action.owner.name })}</p>
      <p className={action.overdue ? 'acc-overdue' : 'acc-meta'}>
        {t('accountability.action.dueLabel', { date: formatDay(action.dueDate, locale) })}
        {action.overdue && ` · ${t('accountability.action.overdue')}`}
      </p>
      <p>
        <span className="acc-status" data-status={action.status}>
          {t('accountability.action.statusLabel', {
            status: t(`accountability.status.${action.status}`),
            date: formatDay(action.statusOn, locale),
          })}
        </span>
      </p>
      {editable && moving === null && (
        <div className="actions">
          {action.allowedMoves.map((to) => (
            <button key={to} type="button" onClick={() => setMoving(to)}>
              {t(`accountability.move.${to}`)}
            </button>
          ))}
          {!closed && action.level !== 'international' && (
            <button type="button" onClick={() => setMoving('escalate')}>
              {t('accountability.action.escalate')}
            </button>
          )}
        </div>
      )}
      {editable && moving === 'escalate' && <EscalateForm action={action} onDone={() => setMoving(null)} />}
      {editable && moving !== null && moving !== 'escalate' && (
        <MoveForm action={action} to={moving} onDone={() => setMoving(null)} />
      )}
      {action.followUp && <FollowUpBlock followUp={action.followUp} locale={locale} />}
      {action.history && action.history.length > 0 && (
        <details>
          <summary>{t('accountability.action.history')}</summary>
          <ol className="acc-timeline">
            {action.history.map((e) => (
              <li key={e.id}>
                <strong>{eventText(t, e)}</strong>
                <div className="acc-meta">
                  {t('accountability.action.eventBy', { date: formatDay(e.on, locale), name: e.by.name })}
                </div>
                {e.note && <div>{e.note}</div>}
                {e.previous && (
                  <div className="acc-meta">
                    {t('accountability.action.previousDutyBearer', {
                      institution: e.previous.institution,
                      date: formatDay(e.previous.dueDate, locale),
                    })}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
      {editable && <ActionNoteForm action={action} />}
    </article>
  );
}
