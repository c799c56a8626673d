import { loadFormMessages, SurveyForm } from '@kolo/forms';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { Field } from '../layout/field.tsx';
import type { DraftEntry } from '../offline/cache.ts';
import { enqueueSubmission, syncOutbox } from '../offline/outbox.ts';
import { useCollectData } from './collect-data.ts';
import { draftKey, dropDraft, loadDraft, writeDraft } from './drafts.ts';
import { respondentLanguageName, respondentLanguages, surveyLocaleOf } from './respondent-languages.ts';

/**
 * Fill one interview. Every answer is saved on the device as it is given (see `SurveyForm`'s
 * `onDraftChange`) with the section it was given in, so a reload, the lock, a crash or an app
 * update reopens the same interview at the same section. `new=1` in the address starts a fresh
 * interview once: the address is replaced right away, so a reload resumes instead.
 */
export function FillPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { surveyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const siteId = params.get('site') ?? '';
  const fresh = params.get('new') !== null;
  const { data } = useCollectData();
  const survey = data?.surveys.find((s) => s.id === surveyId);
  const key = draftKey(surveyId, siteId);
  const [draft, setDraft] = useState<DraftEntry | null>(null);
  const [done, setDone] = useState<'queued' | 'sent' | null>(null);
  const [problem, setProblem] = useState<'load' | 'save' | null>(null);
  const started = useRef(false);
  /** The draft as last saved: every save builds on it, never on the copy the page opened with. */
  const latest = useRef<DraftEntry | null>(null);
  /** Set once the interview is queued or cancelled: a late autosave must not bring it back. */
  const finished = useRef(false);
  const locale = params.get('lang') ?? draft?.locale ?? survey?.locales[0] ?? 'en';

  useEffect(() => {
    // the form's words in the respondent's language, fetched alongside the saved interview
    loadFormMessages(locale).catch(() => {});
  }, [locale]);

  useEffect(() => {
    if (!survey || !siteId || started.current) return;
    started.current = true;
    void (async () => {
      try {
        // a fresh start replaces the saved interview of this survey and site (Collect asked first)
        if (fresh) await dropDraft(key);
        const saved = fresh ? undefined : await loadDraft(key);
        const opened: DraftEntry = saved ?? {
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
        if (!saved) await writeDraft(opened);
        latest.current = opened;
        setDraft(opened);
        if (fresh) {
          // from now on this address resumes the interview: a reload must not start another
          const copy = new URLSearchParams(params);
          copy.delete('new');
          setParams(copy, { replace: true });
        }
      } catch {
        setProblem('load');
      }
    })();
  }, [survey, siteId, key, surveyId, locale, params, fresh, setParams]);

  const save = (change: Partial<DraftEntry>) => {
    const current = latest.current;
    if (finished.current || !current) return;
    const next = { ...current, ...change, updatedAt: Date.now() };
    latest.current = next;
    writeDraft(next).then(
      () => setProblem((p) => (p === 'save' ? null : p)),
      () => setProblem('save'),
    );
  };

  if (!siteId) return <Navigate to="/collect" replace />;
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
  if (problem === 'load')
    return (
      <main id="main" className="page narrow">
        <p role="alert">{t('interview.loadFailed')}</p>
        <Link to="/collect">{t('nav.collect')}</Link>
      </main>
    );
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
    save({ locale: next });
  };
  return (
    <main id="main" className="page fill-page">
      <div className="fill-toolbar">
        <Field label={t('collect.respondentLanguage')} compact>
          {(id) => (
            <select id={id} value={locale} onChange={(e) => setLocale(e.target.value)}>
              {respondentLanguages(survey.locales).map((l) => (
                <option key={l} value={l} lang={l}>
                  {respondentLanguageName(l)}
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
            else {
              finished.current = true;
              void dropDraft(key);
            }
          }}
        >
          {t('collect.cancel')}
        </Link>
      </div>
      {problem === 'save' && (
        <p role="alert" className="error">
          {t('interview.saveFailed')}
        </p>
      )}
      <div lang={locale}>
        <SurveyForm
          definition={survey}
          locale={locale}
          defaultValues={draft.answers}
          initialStep={draft.step}
          focusFirstQuestion
          onDraftChange={(answers, step) => save({ locale, answers, step })}
          onSubmit={async (answers) => {
            finished.current = true;
            try {
              await enqueueSubmission({
                id: draft.submissionId,
                surveyId,
                version: survey.version,
                siteId,
                collectedAt: new Date().toISOString(),
                locale: surveyLocaleOf(locale),
                answers,
              });
            } catch (error) {
              // not queued: keep saving the draft, the form says the submit failed
              finished.current = false;
              throw error;
            }
            await dropDraft(key);
            const report = await syncOutbox(true).catch(() => null);
            setDone(report && report.sent > 0 && report.waiting === 0 ? 'sent' : 'queued');
          }}
        />
      </div>
    </main>
  );
}
