import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../api/client.ts';
import { answer, kolo } from '../api/kolo.ts';
import { Field } from '../layout/field.tsx';

const message = (error: unknown) => (error instanceof ApiRequestError ? error.message : '');

/** Staff mark a quarter validated with the community, see and undo validations; admins set the embargo. */
export function ValidationPanel({
  surveyId,
  quarter,
  isAdmin,
}: {
  surveyId: string;
  quarter: string | null;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['validations', surveyId],
    queryFn: () => answer(kolo.api.surveys[':id'].validations.$get({ param: { id: surveyId } })),
  });
  const embargo = useQuery({
    queryKey: ['validation-embargo'],
    queryFn: () => answer(kolo.api.organization['validation-embargo'].$get()),
  });
  const [form, setForm] = useState({ quarter: quarter ?? '', meetingDate: '', participants: '', notes: '' });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['validations', surveyId] });
    void client.invalidateQueries({ queryKey: ['scorecard'] });
    void client.invalidateQueries({ queryKey: ['results'] });
  };
  const add = useMutation({
    mutationFn: () =>
      answer(
        kolo.api.surveys[':id'].validations.$post({
          param: { id: surveyId },
          json: {
            quarter: form.quarter || quarter || '',
            meetingDate: form.meetingDate,
            participants: Number(form.participants),
            notes: form.notes.trim() || null,
          },
        }),
      ),
    onSuccess: refresh,
  });
  const undo = useMutation({
    mutationFn: (id: string) =>
      answer(
        kolo.api.surveys[':id'].validations[':validationId'].$delete({
          param: { id: surveyId, validationId: id },
        }),
      ),
    onSuccess: refresh,
  });
  const setEmbargo = useMutation({
    mutationFn: (on: boolean) =>
      answer(kolo.api.organization['validation-embargo'].$put({ json: { validationEmbargo: on } })),
    onSuccess: (_data, validationEmbargo) => {
      client.setQueryData(['validation-embargo'], { validationEmbargo });
      refresh();
    },
  });
  // the box follows the click at once; the server's answer confirms it (or puts it back)
  const on = setEmbargo.isPending ? setEmbargo.variables : (embargo.data?.validationEmbargo ?? false);
  return (
    <section className="panel stack" aria-labelledby="validation-title">
      <h2 id="validation-title">{t('scorecard.validation.title')}</h2>
      <p className="note">{t('scorecard.validation.intro')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          disabled={!isAdmin || setEmbargo.isPending || embargo.isLoading}
          onChange={(e) => setEmbargo.mutate(e.target.checked)}
        />
        {t('scorecard.validation.embargo')}
      </label>
      <p className="note">
        {on ? t('scorecard.validation.embargoOn') : t('scorecard.validation.embargoOff')}
        {!isAdmin && ` ${t('scorecard.validation.adminOnly')}`}
      </p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <div className="sc-controls">
          <Field label={t('scorecard.validation.quarter')}>
            {(id) => (
              <input
                id={id}
                required
                pattern="\d{4}-Q[1-4]"
                placeholder="2026-Q1"
                value={form.quarter || quarter || ''}
                onChange={(e) => setForm({ ...form, quarter: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('scorecard.validation.meetingDate')}>
            {(id) => (
              <input
                id={id}
                type="date"
                required
                value={form.meetingDate}
                onChange={(e) => setForm({ ...form, meetingDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('scorecard.validation.participants')}>
            {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                step={1}
                required
                value={form.participants}
                onChange={(e) => setForm({ ...form, participants: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field label={t('scorecard.validation.notes')}>
          {(id) => (
            <textarea
              id={id}
              maxLength={4000}
              rows={2}
              value={form.notes}
              onChange={(e) => setForm({ ...form, notes: e.target.value })}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? t('scorecard.validation.saving') : t('scorecard.validation.submit')}
          </button>
          <span aria-live="polite">
            {add.isSuccess && !add.isPending && (
              <span className="success">
                {t('scorecard.validation.done', { quarter: form.quarter || quarter })}
              </span>
            )}
            {add.isError && (
              <span role="alert" className="error">
                {t('scorecard.validation.failed', { message: message(add.error) })}
              </span>
            )}
          </span>
        </div>
      </form>
      <h3>{t('scorecard.validation.list')}</h3>
      {(list.data?.periods ?? []).length === 0 ? (
        <p className="note">{t('scorecard.validation.none')}</p>
      ) : (
        <ul className="stack">
          {list.data?.periods.map((p) => (
            <li key={p.id}>
              {t('scorecard.validation.item', {
                quarter: p.quarter,
                date: p.meetingDate,
                participants: p.participants,
              })}
              {p.notes && <span className="sc-n">{p.notes}</span>}{' '}
              <button
                type="button"
                className="button secondary"
                disabled={undo.isPending}
                onClick={() => {
                  if (window.confirm(t('scorecard.validation.undoConfirm', { quarter: p.quarter })))
                    undo.mutate(p.id);
                }}
              >
                {t('scorecard.validation.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {undo.isError && (
        <p role="alert" className="error">
          {t('scorecard.validation.failed', { message: message(undo.error) })}
        </p>
      )}
    </section>
  );
}
