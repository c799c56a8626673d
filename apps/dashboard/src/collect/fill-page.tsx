import { SurveyForm } from '@kolo/forms';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Field } from '../layout/field.tsx';
import type { DraftEntry } from '../offline/cache.ts';
import { enqueueSubmission, syncOutbox } from '../offline/outbox.ts';
import { useCollectData } from './collect-data.ts';
import { deleteDraft, draftKey, readDraft, saveDraft } from './drafts.ts';

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  ky: 'Кыргызча',
};

/** Fill one interview: drafts saved on the device as the monitor goes, queued in the outbox on submit. */
export function FillPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { surveyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const siteId = params.get('site') ?? '';
  const { data } = useCollectData();
  const survey = data?.surveys.find((s) => s.id === surveyId);
  const key = draftKey(surveyId, siteId);
  const [draft, setDraft] = useState<DraftEntry | null>(null);
  const [done, setDone] = useState<'queued' | 'sent' | null>(null);
  const started = useRef(false);
  const locale = params.get('lang') ?? survey?.locales[0] ?? 'en';

  useEffect(() => {
    if (!survey || started.current) return;
    started.current = true;
    void (async () => {
      const saved = params.get('new') ? undefined : await readDraft(key);
      const fresh: DraftEntry = saved ?? {
        key,
        submissionId: crypto.randomUUID(),
        surveyId,
        version: survey.version,
        siteId,
        locale,
        answers: {},
        step: 0,
        startedAt: new Date().toISOString(),
        updatedAt: Date.now(),
      };
      if (!saved) await saveDraft(fresh);
      setDraft(fresh);
    })();
  }, [survey, key, surveyId, siteId, locale, params]);

  if (done) {
    return (
      <main id="main" className="page narrow">
        <p role="status" className="success">
          {done === 'sent' ? t('collect.sent') : t('collect.savedOffline')}
        </p>
        <button type="button" className="primary" onClick={() => navigate('/collect')}>
          {t('collect.another')}
        </button>
      </main>
    );
  }
  if (!survey || !draft)
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );

  const setLocale = (next: string) => {
    const copy = new URLSearchParams(params);
    copy.set('lang', next);
    copy.delete('new');
    setParams(copy, { replace: true });
    void saveDraft({ ...draft, locale: next, updatedAt: Date.now() });
  };
  return (
    <main id="main" className="page fill-page">
      <div className="fill-toolbar">
        <Field label={t('collect.respondentLanguage')} compact>
          {(id) => (
            <select id={id} value={locale} onChange={(e) => setLocale(e.target.value)}>
              {survey.locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l] ?? l}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Link
          to="/collect"
          className="link"
          onClick={(event) => {
            if (!window.confirm(t('collect.cancelConfirm'))) event.preventDefault();
            else void deleteDraft(key);
          }}
        >
          {t('collect.cancel')}
        </Link>
      </div>
      <div lang={locale}>
        <SurveyForm
          definition={survey}
          locale={locale}
          defaultValues={draft.answers}
          initialStep={draft.step}
          onDraftChange={(answers, step) =>
            void saveDraft({ ...draft, locale, answers, step, updatedAt: Date.now() })
          }
          onSubmit={async (answers) => {
            await enqueueSubmission({
              id: draft.submissionId,
              surveyId,
              version: survey.version,
              siteId,
              collectedAt: new Date().toISOString(),
              locale,
              answers,
            });
            await deleteDraft(key);
            const report = await syncOutbox(true).catch(() => null);
            setDone(report && report.sent > 0 && report.waiting === 0 ? 'sent' : 'queued');
          }}
        />
      </div>
    </main>
  );
}
