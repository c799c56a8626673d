import { resolveText, SurveyVersionAnswer } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestErrorMessage } from '../api/client.ts';
import { answer, kolo, parsedAnswer } from '../api/kolo.ts';
import { Field } from '../layout/field.tsx';
import { defaultQuestionIds, questionOptions } from './question-options.ts';
import {
  createReport,
  QUESTIONS_MAX,
  REPORT_LANGUAGES,
  type ReportLanguage,
  type ReportRequest,
  type ReportScope,
  recentQuarters,
} from './reports-api.ts';

type Level = ReportScope['level'];
const NARRATIVE = ['introduction', 'keyMessages', 'recommendations'] as const;
const LANGUAGE_NAMES: Record<ReportLanguage, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  ky: 'Кыргызча',
  ro: 'Română',
  sr: 'Српски (ћирилица)',
  'sr-Latn': 'Srpski (latinica)',
};

/** The form staff fill to make a report: survey, period, scope, language, their text and the charts. */
export function ReportForm() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const quarters = useMemo(() => recentQuarters(new Date()), []);
  const surveys = useQuery({
    queryKey: ['surveys'],
    queryFn: () => answer(kolo.api.surveys.$get()),
  });
  const sites = useQuery({ queryKey: ['sites'], queryFn: () => answer(kolo.api.sites.$get()) });
  const published = (surveys.data?.surveys ?? []).filter((s) => s.version !== null);
  const [surveyId, setSurveyId] = useState('');
  const chosenSurvey = surveyId || published[0]?.id || '';
  const survey = useQuery({
    queryKey: ['survey', chosenSurvey],
    queryFn: () =>
      parsedAnswer(SurveyVersionAnswer, kolo.api.surveys[':id'].$get({ param: { id: chosenSurvey } })),
    enabled: chosenSurvey !== '',
  });
  const [custom, setCustom] = useState(false);
  const [quarter, setQuarter] = useState(quarters[1] ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [level, setLevel] = useState<Level>('network');
  const [place, setPlace] = useState('');
  const [language, setLanguage] = useState<ReportLanguage>(
    (REPORT_LANGUAGES as readonly string[]).includes(i18n.language)
      ? (i18n.language as ReportLanguage)
      : 'en',
  );
  const [title, setTitle] = useState('');
  const [narrative, setNarrative] = useState<Record<(typeof NARRATIVE)[number], string>>({
    introduction: '',
    keyMessages: '',
    recommendations: '',
  });
  const [questions, setQuestions] = useState<string[]>([]);
  const [status, setStatus] = useState<{ kind: 'making' | 'made' | 'failed'; message?: string } | null>(null);
  const definition = survey.data?.definition;
  useEffect(() => {
    if (definition) setQuestions(defaultQuestionIds(definition));
  }, [definition]);
  const options = definition ? questionOptions(definition, i18n.language) : [];
  const siteList = (sites.data?.sites ?? []).filter((s) => s.active);
  const places: Array<{ value: string; label: string }> =
    level === 'country'
      ? [...new Set(siteList.map((s) => s.country))].sort().map((c) => ({ value: c, label: c }))
      : level === 'region'
        ? [...new Set(siteList.map((s) => `${s.country}|${s.city}`))]
            .sort()
            .map((v) => ({ value: v, label: `${v.split('|')[1]} (${v.split('|')[0]})` }))
        : level === 'site'
          ? siteList.map((s) => ({ value: s.id, label: `${s.name}, ${s.city}` }))
          : [];
  const chosenPlace = place || places[0]?.value || '';
  const scope = (): ReportScope => {
    if (level === 'country') return { level, country: chosenPlace };
    if (level === 'region') {
      const [country = '', city = ''] = chosenPlace.split('|');
      return { level, country, city };
    }
    if (level === 'site') return { level, siteId: chosenPlace };
    return { level: 'network' };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (questions.length > QUESTIONS_MAX) {
      setStatus({ kind: 'failed', message: t('reports.tooMany', { max: QUESTIONS_MAX }) });
      return;
    }
    setStatus({ kind: 'making' });
    const text = Object.fromEntries(
      NARRATIVE.filter((k) => narrative[k].trim()).map((k) => [k, narrative[k]]),
    );
    const request: ReportRequest = {
      surveyId: chosenSurvey,
      language,
      period: custom ? { from, to } : { quarter },
      scope: scope(),
      narrative: text,
      questions,
      ...(title.trim() ? { title: title.trim() } : {}),
    };
    try {
      await createReport(request);
      setStatus({ kind: 'made' });
      void client.invalidateQueries({ queryKey: ['reports'] });
    } catch (e) {
      const message = requestErrorMessage(e);
      setStatus({ kind: 'failed', message: t('reports.failed', { message }) });
    }
  };
  const toggle = (id: string, on: boolean) =>
    setQuestions((current) => (on ? [...current, id] : current.filter((q) => q !== id)));

  return (
    <section aria-labelledby="reports-make">
      <h2 id="reports-make">{t('reports.make')}</h2>
      <form onSubmit={submit} className="stack card reports-form">
        <Field label={t('reports.survey')}>
          {(id) => (
            <select id={id} value={chosenSurvey} onChange={(e) => setSurveyId(e.target.value)} required>
              {published.map((s) => (
                <option key={s.id} value={s.id}>
                  {resolveText(s.title, i18n.language)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('reports.period')}</legend>
          <div className="reports-row">
            <label className="inline">
              <input type="radio" name="period" checked={!custom} onChange={() => setCustom(false)} />
              {t('reports.quarter')}
            </label>
            <label className="inline">
              <input type="radio" name="period" checked={custom} onChange={() => setCustom(true)} />
              {t('reports.customPeriod')}
            </label>
          </div>
          {custom ? (
            <div className="reports-row">
              <Field label={t('reports.from')}>
                {(id) => (
                  <input
                    id={id}
                    type="date"
                    value={from}
                    required
                    onChange={(e) => setFrom(e.target.value)}
                  />
                )}
              </Field>
              <Field label={t('reports.to')}>
                {(id) => (
                  <input id={id} type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
                )}
              </Field>
            </div>
          ) : (
            <Field label={t('reports.quarter')}>
              {(id) => (
                <select id={id} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
                  {quarters.map((q) => (
                    <option key={q} value={q}>
                      {q.replace('-', ' ')}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        </fieldset>
        <div className="reports-row">
          <Field label={t('reports.scope')}>
            {(id) => (
              <select
                id={id}
                value={level}
                onChange={(e) => {
                  setLevel(e.target.value as Level);
                  setPlace('');
                }}
              >
                <option value="network">{t('reports.scopeNetwork')}</option>
                <option value="country">{t('reports.scopeCountry')}</option>
                <option value="region">{t('reports.scopeCity')}</option>
                <option value="site">{t('reports.scopeSite')}</option>
              </select>
            )}
          </Field>
          {level !== 'network' && (
            <Field
              label={t(
                level === 'country'
                  ? 'reports.country'
                  : level === 'region'
                    ? 'reports.city'
                    : 'reports.site',
              )}
            >
              {(id) => (
                <select id={id} value={chosenPlace} onChange={(e) => setPlace(e.target.value)} required>
                  {places.map((p) => (
                    <option key={p.value} value={p.value}>
                      {p.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('reports.language')}>
            {(id) => (
              <select
                id={id}
                value={language}
                onChange={(e) => setLanguage(e.target.value as ReportLanguage)}
              >
                {REPORT_LANGUAGES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {LANGUAGE_NAMES[code]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('reports.reportTitle')}>
          {(id) => <input id={id} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <p className="hint">{t('reports.reportTitleHint')}</p>
        <fieldset>
          <legend>{t('reports.narrative')}</legend>
          <p className="hint">{t('reports.narrativeHint')}</p>
          {NARRATIVE.map((key) => (
            <Field key={key} label={t(`reports.${key}`)}>
              {(id) => (
                <textarea
                  id={id}
                  rows={4}
                  maxLength={8000}
                  lang={language}
                  value={narrative[key]}
                  onChange={(e) => setNarrative((n) => ({ ...n, [key]: e.target.value }))}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('reports.questions')}</legend>
          <p className="hint">
            {t('reports.questionsHint')}{' '}
            {t('reports.selectedCount', { count: questions.length, max: QUESTIONS_MAX })}
          </p>
          <div className="reports-questions">
            {options.map((o) => (
              <label key={o.id} className="inline">
                <input
                  type="checkbox"
                  checked={questions.includes(o.id)}
                  onChange={(e) => toggle(o.id, e.target.checked)}
                />
                {o.label}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="primary" disabled={status?.kind === 'making' || chosenSurvey === ''}>
          {status?.kind === 'making' ? t('reports.making') : t('reports.submit')}
        </button>
        {status?.kind === 'made' && (
          <p role="status" className="success">
            {t('reports.made')}
          </p>
        )}
        {status?.kind === 'failed' && (
          <p role="alert" className="error">
            {status.message}
          </p>
        )}
      </form>
    </section>
  );
}
