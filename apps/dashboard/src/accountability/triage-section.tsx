import './setup.ts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, kolo } from '../api/kolo.ts';
import type { Site } from '../api/types.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import type { Observation } from './api.ts';
import { FindingForm } from './raise-finding.tsx';
import { formatDay } from './words.ts';

/**
 * The field observations monitors sent, for staff to triage: select one or several and make a
 * finding of them (the finding form, prefilled with their site and kind), or dismiss them with a reason.
 */
export function TriageSection({ sites, locale }: { sites: readonly Site[]; locale: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: ['accountability', 'observations', 'new'],
    queryFn: () => answer(kolo.api.observations.$get({ query: { status: 'new' } })),
  });
  const [selected, setSelected] = useState<string[]>([]);
  // the observations the open finding form was made from: kept while the list refreshes under it
  const [making, setMaking] = useState<Observation[] | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const observations = list.data?.observations ?? [];
  const chosen = observations.filter((o) => selected.includes(o.id));

  const dismiss = async () => {
    setDone('');
    if (chosen.length === 0) return setProblem(t('accountability.triage.needSelection'));
    if (reason.trim().length < 3) return setProblem(t('accountability.triage.needReason'));
    setProblem('');
    try {
      const result = await answer(
        kolo.api.observations.dismiss.$post({
          json: { observationIds: chosen.map((o) => o.id), reason: reason.trim() },
        }),
      );
      setDone(t('accountability.triage.dismissed', { n: result.dismissed }));
      setSelected([]);
      setReason('');
      await client.invalidateQueries({ queryKey: ['accountability'] });
    } catch (error) {
      setProblem(
        t('accountability.saveFailed', {
          message: apiErrorText(t, error),
        }),
      );
    }
  };

  return (
    <section aria-labelledby="acc-triage-title" className="panel">
      <h2 id="acc-triage-title">{t('accountability.triage.title')}</h2>
      {list.isLoading && <p role="status">{t('app.loading')}</p>}
      {list.data && observations.length === 0 && <p>{t('accountability.triage.none')}</p>}
      {observations.length > 0 && (
        <>
          <ul className="acc-list">
            {observations.map((o) => {
              const label = t('accountability.triage.item', {
                category: t(`accountability.category.${o.category}`),
                site: o.siteName,
                date: formatDay(o.observedOn, locale),
              });
              return (
                <li key={o.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={selected.includes(o.id)}
                      onChange={(e) =>
                        setSelected((s) => (e.target.checked ? [...s, o.id] : s.filter((id) => id !== o.id)))
                      }
                      aria-label={t('accountability.triage.select', { what: label })}
                    />
                    <strong>{label}</strong>
                  </label>
                  <p>{o.text}</p>
                  <p className="acc-meta">{t('accountability.triage.by', { name: o.by.name })}</p>
                </li>
              );
            })}
          </ul>
          <div className="actions acc-inline-form">
            <button
              type="button"
              className="primary"
              onClick={() => {
                setDone('');
                if (chosen.length === 0) setProblem(t('accountability.triage.needSelection'));
                else {
                  setProblem('');
                  setMaking(chosen);
                }
              }}
            >
              {t('accountability.triage.makeFinding')}
            </button>
          </div>
          <div className="acc-inline-form stack">
            <Field label={t('accountability.triage.dismissReason')}>
              {(id) => (
                <input id={id} value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
              )}
            </Field>
            <div className="actions">
              <button type="button" onClick={() => void dismiss()}>
                {t('accountability.triage.dismiss')}
              </button>
            </div>
          </div>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          {done && <p role="status">{done}</p>}
        </>
      )}
      {making?.[0] && (
        <FindingForm
          sites={sites}
          observationIds={making.map((o) => o.id)}
          initial={{
            category: making[0].category,
            siteId: making[0].siteId,
            title: making[0].text.slice(0, 200),
          }}
          onCreated={() => setSelected([])}
          onClose={() => setMaking(null)}
        />
      )}
    </section>
  );
}
