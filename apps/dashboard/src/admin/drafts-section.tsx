import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Answer, answer, kolo } from '../api/kolo.ts';
import { apiErrorText } from '../i18n/api-error.ts';

type SurveyRow = Answer<typeof kolo.api.surveys.$get>['surveys'][number];

/**
 * Unpublished drafts of the organization, each deletable after a confirmation: a survey never
 * published goes entirely; a draft over a published version is discarded, the published one stays.
 */
export function DraftsSection() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: ['surveys'],
    queryFn: () => answer(kolo.api.surveys.$get()),
  });
  const [asking, setAsking] = useState<SurveyRow | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const drafts = (data?.surveys ?? []).filter((s) => s.hasDraft);
  const titleOf = (s: SurveyRow) => s.title[i18n.language] ?? s.title.en ?? Object.values(s.title)[0] ?? s.id;
  const remove = async (survey: SurveyRow) => {
    try {
      await answer(kolo.api.surveys[':id'].draft.$delete({ param: { id: survey.id } }));
      setMessage({ error: false, text: t('administration.drafts.deleted') });
      void client.invalidateQueries({ queryKey: ['surveys'] });
      void client.invalidateQueries({ queryKey: ['audit'] });
    } catch (e) {
      setMessage({ error: true, text: apiErrorText(t, e) });
    }
    setAsking(null);
  };
  return (
    <section aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('administration.drafts.title')}</h2>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'success'}>
          {message.text}
        </p>
      )}
      {drafts.length === 0 ? (
        <p className="note">{t('administration.drafts.none')}</p>
      ) : (
        <ul className="stack">
          {drafts.map((s) => (
            <li key={s.id} className="card stack">
              <strong>{titleOf(s)}</strong>
              <span className="note">
                <code className="code">{s.id}</code> ·{' '}
                {s.version === null
                  ? t('administration.drafts.neverPublished')
                  : t('administration.drafts.overPublished', { version: s.version })}
              </span>
              {asking?.id === s.id ? (
                <div role="alertdialog" aria-labelledby={`confirm-${s.id}`} className="stack panel">
                  <p id={`confirm-${s.id}`}>
                    {s.version === null
                      ? t('administration.drafts.confirmSurvey', { title: titleOf(s) })
                      : t('administration.drafts.confirmDraft', { title: titleOf(s), version: s.version })}
                  </p>
                  <div className="actions">
                    <button type="button" className="primary" onClick={() => void remove(s)}>
                      {t('administration.confirm')}
                    </button>
                    <button type="button" onClick={() => setAsking(null)}>
                      {t('administration.sites.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="actions">
                  <button type="button" onClick={() => setAsking(s)}>
                    {t('administration.drafts.delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
