import { resolveText } from '@kolo/schema';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '../api/client.ts';
import { apiErrorText } from '../i18n/api-error.ts';
import { Field } from '../layout/field.tsx';
import {
  createSurvey,
  type ImportNote,
  type ImportResult,
  importXlsForm,
  loadLibrary,
} from './design-api.ts';
import { ImportReport } from './import-report.tsx';
import { defaultSurveyLanguage, LANGUAGE_NAMES } from './languages.ts';

const SURVEY_ID = /^[a-z][a-z0-9-]{0,62}$/;
type Mode = 'scratch' | 'library' | 'xlsform';

function IdField({
  value,
  onChange,
  optional,
}: {
  value: string;
  onChange: (id: string) => void;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const hint = useId();
  const bad = value !== '' && !SURVEY_ID.test(value);
  return (
    <Field label={optional ? t('design.start.idOptional') : t('design.start.id')}>
      {(id) => (
        <>
          <input
            id={id}
            className="code"
            value={value}
            required={!optional}
            autoCapitalize="off"
            spellCheck={false}
            aria-invalid={bad || undefined}
            aria-describedby={hint}
            onChange={(e) => onChange(e.target.value.trim())}
          />
          <span id={hint} className={bad ? 'error hint' : 'note hint'}>
            {t('design.start.idHint')}
          </span>
        </>
      )}
    </Field>
  );
}

/** Start a survey: from scratch, as a copy of a library survey, or from an XLSForm workbook. */
export function StartSurvey() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = useId();
  const [mode, setMode] = useState<Mode>('scratch');
  const [id, setId] = useState('');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState(() => defaultSurveyLanguage(i18n.language));
  const [source, setSource] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [media, setMedia] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [report, setReport] = useState<readonly ImportNote[] | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const library = useQuery({ queryKey: ['library'], queryFn: loadLibrary, enabled: mode === 'library' });
  const chosen = library.data?.surveys.find((s) => s.id === source) ?? library.data?.surveys[0];

  const fail = (caught: unknown) => {
    if (caught instanceof ApiRequestError && caught.status === 409) setError(t('design.start.taken'));
    else if (caught instanceof ApiRequestError && (caught.status === 429 || caught.status === 503))
      setError(apiErrorText(t, caught));
    else if (caught instanceof ApiRequestError) {
      const notes = (caught.body as { report?: ImportNote[] } | undefined)?.report;
      if (notes?.length) setReport(notes);
      setError(t('design.start.failed', { reason: caught.message }));
    } else setError(t('design.start.offline'));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    setReport(null);
    setImported(null);
    try {
      if (mode === 'scratch') {
        await createSurvey({
          id,
          version: 1,
          locales: [language],
          title: { [language]: title.trim() },
          sections: [
            { id: 'section_1', title: { [language]: t('design.section.newTitle', { n: 1 }) }, items: [] },
          ],
        });
        navigate(`/design/${id}`);
      } else if (mode === 'library' && chosen) {
        await createSurvey({ ...chosen.definition, id, version: 1 });
        navigate(`/design/${id}`);
      } else if (mode === 'xlsform' && file) {
        const result = await importXlsForm(file, id, media);
        // the survey list shows the new draft at once, not after a reload
        void queryClient.invalidateQueries({ queryKey: ['surveys'] });
        setImported(result);
        setReport(result.report);
      }
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(false);
    }
  };

  const ready =
    (mode === 'scratch' && SURVEY_ID.test(id) && title.trim() !== '') ||
    (mode === 'library' && SURVEY_ID.test(id) && chosen !== undefined) ||
    (mode === 'xlsform' && file !== null && (id === '' || SURVEY_ID.test(id)));

  return (
    <section className="panel start-survey" aria-labelledby="start-title">
      <h2 id="start-title">{t('design.start.title')}</h2>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <fieldset className="segmented wrap">
          <legend>{t('design.start.how')}</legend>
          {(['scratch', 'library', 'xlsform'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={name}
                value={m}
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                  setError('');
                  setReport(null);
                  setImported(null);
                }}
              />
              {t(`design.start.${m}`)}
            </label>
          ))}
        </fieldset>
        {mode === 'library' ? (
          <Field label={t('design.start.librarySurvey')}>
            {(fieldId) => (
              <select
                id={fieldId}
                value={chosen?.id ?? ''}
                onChange={(e) => setSource(e.target.value)}
                disabled={!library.data}
              >
                {library.data?.surveys.map((s) => (
                  <option key={s.id} value={s.id}>
                    {resolveText(s.definition.title, i18n.language)} ({s.id})
                  </option>
                )) ?? <option value="">{t('app.loading')}</option>}
              </select>
            )}
          </Field>
        ) : null}
        {mode === 'xlsform' ? (
          <Field label={t('design.start.file')}>
            {(fieldId) => (
              <input
                id={fieldId}
                type="file"
                accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        ) : null}
        {mode === 'xlsform' ? (
          <Field label={t('designLookups.importMedia')}>
            {(fieldId) => (
              <>
                <input
                  id={fieldId}
                  type="file"
                  multiple
                  accept=".csv,text/csv"
                  aria-describedby={`${fieldId}-hint`}
                  onChange={(e) => setMedia([...(e.target.files ?? [])])}
                />
                <span id={`${fieldId}-hint`} className="note">
                  {t('designLookups.importMediaHint')}
                </span>
              </>
            )}
          </Field>
        ) : null}
        <IdField value={id} onChange={setId} optional={mode === 'xlsform'} />
        {mode === 'scratch' ? (
          <>
            <Field label={t('design.start.surveyTitle')}>
              {(fieldId) => (
                <input id={fieldId} value={title} required onChange={(e) => setTitle(e.target.value)} />
              )}
            </Field>
            <Field label={t('design.start.language')}>
              {(fieldId) => (
                <select id={fieldId} value={language} onChange={(e) => setLanguage(e.target.value)}>
                  {Object.entries(LANGUAGE_NAMES).map(([code, label]) => (
                    <option key={code} value={code}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : null}
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready || busy} aria-busy={busy || undefined}>
            {t(`design.start.submit.${mode}`)}
          </button>
        </div>
      </form>
      {report ? <ImportReport notes={report} /> : null}
      {imported ? (
        <div className="actions">
          <p role="status" className="success">
            {t('design.start.imported', { id: imported.id, n: imported.errors.length })}
          </p>
          <button type="button" className="primary" onClick={() => navigate(`/design/${imported.id}`)}>
            {t('design.start.openDraft')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
