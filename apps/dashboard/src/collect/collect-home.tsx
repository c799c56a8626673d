import { loadFormMessages } from '@kolo/forms';
import { resolveText } from '@kolo/schema/forms';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import type { DraftEntry } from '../offline/cache.ts';
import { useOfflineReady } from '../offline/offline-ready.ts';
import { useCollectData } from './collect-data.ts';
import { warmCollectSideScreens } from './collect-screens.ts';
import { draftKey, listDrafts } from './drafts.ts';
import { type LastChoices, readLastChoices, rememberChoice } from './last-choices.ts';
import { registerObservationMessages } from './observation-messages/register.ts';
import { respondentLanguageName, respondentLanguages, respondentLocaleOf } from './respondent-languages.ts';

registerObservationMessages();

/** Choose the site, survey and respondent's language, then start or resume an interview. */
export function CollectHome() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, isLoading, error, refetch } = useCollectData();
  const offlineReady = useOfflineReady();
  const [siteId, setSiteId] = useState('');
  const [surveyId, setSurveyId] = useState('');
  const [locale, setLocale] = useState('');
  const [drafts, setDrafts] = useState<DraftEntry[]>([]);
  const [last, setLast] = useState<LastChoices | null>(null);

  useEffect(() => {
    void listDrafts()
      .then(setDrafts)
      .catch(() => setDrafts([]));
    void readLastChoices().then(setLast);
  }, []);
  useEffect(() => {
    // the outbox and the problem report, so they open offline even before the app is installed
    if (data) warmCollectSideScreens().catch(() => {});
  }, [data]);
  useEffect(() => {
    if (!data || !last) return;
    const known = (id: string | undefined) => data.sites.some((s) => s.id === id);
    if (!surveyId && data.surveys.length > 0) {
      const remembered = data.surveys.find((s) => s.id === last.surveyId);
      setSurveyId(remembered?.id ?? data.surveys[0]?.id ?? '');
      return;
    }
    if (!siteId) {
      // the site this monitor last worked at for this survey, so it is not picked for every interview
      const remembered = last.sites[surveyId];
      if (known(remembered)) setSiteId(remembered ?? '');
      else if (data.sites.length === 1) setSiteId(data.sites[0]?.id ?? '');
    }
  }, [data, last, siteId, surveyId]);

  const survey = data?.surveys.find((s) => s.id === surveyId);
  const locales = respondentLanguages(survey?.locales ?? []);
  const respondentLocale = respondentLocaleOf(locales, locale, i18n.language);
  useEffect(() => {
    // the form's words in the respondent's language, fetched while the monitor is still choosing
    // (on a slow network that round trip is then not paid after "Start"); a failure is retried there
    loadFormMessages(respondentLocale).catch(() => {});
  }, [respondentLocale]);

  if (isLoading)
    return (
      <main id="main" className="page">
        {t('app.loading')}
      </main>
    );
  if (error || !data) {
    return (
      <main id="main" className="page">
        <p role="alert">{apiErrorText(t, error)}</p>
        <button type="button" onClick={() => void refetch()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  const draft = drafts.find((d) => d.key === draftKey(surveyId, siteId));
  const start = (resume: boolean) => {
    if (!resume && draft && !window.confirm(t('interview.replaceConfirm'))) return;
    void rememberChoice(surveyId, siteId);
    const params = new URLSearchParams({
      site: siteId,
      lang: resume && draft ? draft.locale : respondentLocale,
    });
    if (!resume) params.set('new', '1');
    navigate(`/collect/${surveyId}?${params.toString()}`);
  };
  return (
    <main id="main" className="page narrow">
      <h1>{t('collect.title')}</h1>
      {data.fromDevice && <p className="note">{t('collect.availableOffline')}</p>}
      {!offlineReady && (
        <p className="note" role="status">
          {t('collect.gettingReady')}
        </p>
      )}
      {data.sites.length === 0 && <p role="alert">{t('collect.noSites')}</p>}
      {data.surveys.length === 0 && <p role="alert">{t('collect.noSurveys')}</p>}
      <div className="stack">
        <Field label={t('collect.site')}>
          {(id) => (
            <select id={id} value={siteId} onChange={(e) => setSiteId(e.target.value)} required>
              <option value="">{t('collect.chooseSite')}</option>
              {data.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} · {s.city}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('collect.survey')}>
          {(id) => (
            <select
              id={id}
              value={surveyId}
              onChange={(e) => {
                setSurveyId(e.target.value);
                const remembered = last?.sites[e.target.value];
                if (remembered && data.sites.some((s) => s.id === remembered)) setSiteId(remembered);
              }}
              required
            >
              <option value="">{t('collect.chooseSurvey')}</option>
              {data.surveys.map((s) => (
                <option key={s.id} value={s.id}>
                  {resolveText(s.title, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('collect.respondentLanguage')}>
          {(id) => (
            <select id={id} value={respondentLocale} onChange={(e) => setLocale(e.target.value)}>
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {respondentLanguageName(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft && (
          <button
            type="button"
            className="primary"
            disabled={!siteId || !surveyId}
            onClick={() => start(true)}
          >
            {t('collect.resume')}
          </button>
        )}
        <button
          type="button"
          className={draft ? '' : 'primary'}
          disabled={!siteId || !surveyId}
          onClick={() => start(false)}
        >
          {t('collect.start')}
        </button>
        <Link className="button" to={`/collect/observe${siteId ? `?site=${siteId}` : ''}`}>
          {t('observe.report')}
        </Link>
      </div>
    </main>
  );
}
