import { SurveyForm } from '@kolo/forms';
import type { SurveyDefinition } from '@kolo/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { languageName } from './languages.ts';

/** A definition that settles: the last valid one, updated once typing pauses (so the form is not rebuilt per keystroke). */
function useSettled(valid: SurveyDefinition | undefined, delay = 400): SurveyDefinition | undefined {
  const [settled, setSettled] = useState(valid);
  useEffect(() => {
    if (!valid) return;
    const timer = setTimeout(() => setSettled(valid), delay);
    return () => clearTimeout(timer);
  }, [valid, delay]);
  return settled ?? valid;
}

/**
 * The survey as a monitor will see it, drawn by the real `@kolo/forms` renderer, in any of its
 * languages and optionally in a 360 px phone frame. Answers are checked but never sent.
 */
export function PreviewPane({
  valid,
  hasErrors,
}: {
  valid: SurveyDefinition | undefined;
  hasErrors: boolean;
}) {
  const { t } = useTranslation();
  const definition = useSettled(valid);
  const [locale, setLocale] = useState('');
  const [phone, setPhone] = useState(false);
  const [submitted, setSubmitted] = useState<Record<string, unknown> | null>(null);
  const [run, setRun] = useState(0);
  const locales = definition?.locales ?? [];
  const shown = locales.includes(locale) ? locale : (locales[0] ?? 'en');
  // a changed definition starts the preview afresh
  useEffect(() => {
    if (definition) setRun((n) => n + 1);
  }, [definition]);
  return (
    <section className="preview-pane" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('design.preview.title')}</h2>
      <div className="actions">
        <Field label={t('design.preview.language')} compact>
          {(id) => (
            <select
              id={id}
              value={shown}
              onChange={(e) => setLocale(e.target.value)}
              disabled={locales.length === 0}
            >
              {locales.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={phone} onChange={(e) => setPhone(e.target.checked)} />
          {t('design.preview.phone')}
        </label>
        <button
          type="button"
          className="small"
          onClick={() => {
            setRun((n) => n + 1);
            setSubmitted(null);
          }}
        >
          {t('design.preview.restart')}
        </button>
      </div>
      {hasErrors ? (
        <p className="note">{definition ? t('design.preview.stale') : t('design.preview.invalid')}</p>
      ) : null}
      {definition ? (
        <div
          className={phone ? 'preview-frame phone' : 'preview-frame'}
          data-testid="preview-frame"
          lang={shown}
        >
          {submitted ? (
            <div className="preview-done" role="status">
              <p className="success">{t('design.preview.submitted')}</p>
              <pre>{JSON.stringify(submitted, null, 2)}</pre>
              <button type="button" onClick={() => setSubmitted(null)}>
                {t('design.preview.again')}
              </button>
            </div>
          ) : (
            <SurveyForm
              key={run}
              definition={definition}
              locale={shown}
              headingLevel={3}
              onSubmit={(answers) => setSubmitted(answers)}
              submitLabel={t('design.preview.submit')}
            />
          )}
        </div>
      ) : null}
    </section>
  );
}
