import { resolveText } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, api } from '../api/client.ts';
import type { SurveySummary } from '../api/types.ts';
import { Field } from '../layout/field.tsx';

interface ShareLink {
  id: string;
  surveyId: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** Staff create revocable public links to a survey's aggregate dashboard. */
export function ShareLinksSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const links = useQuery({
    queryKey: ['share-links'],
    queryFn: () => api<{ links: ShareLink[] }>('/api/share-links'),
  });
  const surveys = useQuery({
    queryKey: ['surveys'],
    queryFn: () => api<{ surveys: SurveySummary[] }>('/api/surveys'),
  });
  const [surveyId, setSurveyId] = useState('');
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const published = (surveys.data?.surveys ?? []).filter((s) => s.version !== null);
  const create = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await api<{ path: string }>('/api/share-links', {
        method: 'POST',
        json: { surveyId: surveyId || published[0]?.id, ...(label ? { label } : {}) },
      });
      setCreated(`${window.location.origin}${result.path}`);
      void client.invalidateQueries({ queryKey: ['share-links'] });
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : String(e));
    }
  };
  const revoke = async (id: string) => {
    await api(`/api/share-links/${id}`, { method: 'DELETE' });
    void client.invalidateQueries({ queryKey: ['share-links'] });
  };
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section aria-labelledby="share-title">
      <h2 id="share-title">{t('share.title')}</h2>
      <form onSubmit={create} className="stack card">
        <Field label={t('insights.chooseSurvey')}>
          {(id) => (
            <select id={id} value={surveyId} onChange={(e) => setSurveyId(e.target.value)}>
              {published.map((s) => (
                <option key={s.id} value={s.id}>
                  {resolveText(s.title, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('share.label')}>
          {(id) => <input id={id} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />}
        </Field>
        <button type="submit" className="primary">
          {t('share.create')}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {created && (
          <div role="status" className="success">
            <p>{t('share.created')}</p>
            <input readOnly value={created} aria-label={t('share.copy')} onFocus={(e) => e.target.select()} />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(created)}>
              {t('share.copy')}
            </button>
          </div>
        )}
      </form>
      {(links.data?.links ?? []).length === 0 ? (
        <p>{t('share.none')}</p>
      ) : (
        <ul className="cards">
          {(links.data?.links ?? []).map((l) => (
            <li key={l.id} className="card">
              <strong>{l.label ?? l.surveyId}</strong>
              <span>
                {l.surveyId} · {date.format(new Date(l.createdAt))}
              </span>
              {l.revokedAt ? (
                <span>{t('share.revoked')}</span>
              ) : (
                <button type="button" onClick={() => void revoke(l.id)}>
                  {t('share.revoke')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
