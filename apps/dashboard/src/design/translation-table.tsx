import { LocaleCode, localizedTexts } from '@kolo/schema';
import { REVIEWED_LANGUAGES, reviewStatus } from '@kolo/surveys';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../layout/field.tsx';
import { useBuilder } from './builder-context.tsx';
import { describePath } from './describe-path.ts';
import { LANGUAGE_NAMES, languageName } from './languages.ts';

/** DOM id of one translation cell, to focus it from the problems list. */
export function translationCellId(path: string, locale: string): string {
  return `tr-${path}-${locale}`;
}

/** Every text of the survey side by side, one column per language; missing ones marked and counted. */
export function TranslationTable() {
  const { t } = useTranslation();
  const { definition, dispatch } = useBuilder();
  const [adding, setAdding] = useState('');
  const texts = localizedTexts(definition);
  const { locales } = definition;
  const missing = (locale: string) => texts.filter(({ text }) => !text[locale]?.trim()).length;
  const suggestions = Object.keys(LANGUAGE_NAMES).filter((l) => !locales.includes(l));
  const canAdd = LocaleCode.safeParse(adding).success && !locales.includes(adding);
  return (
    <section aria-labelledby="translations-title">
      <h2 id="translations-title">{t('design.translations.title')}</h2>
      <ReviewNote />
      <ul className="locale-list">
        {locales.map((locale) => {
          const gaps = missing(locale);
          return (
            <li key={locale} className={gaps > 0 ? 'locale-chip has-missing' : 'locale-chip'}>
              <span>
                <strong>{languageName(locale)}</strong> ({locale}) ·{' '}
                {gaps > 0
                  ? t('design.translations.missingCount', { n: gaps })
                  : t('design.translations.complete')}{' '}
                · <ReviewBadge locale={locale} />
              </span>
              <button
                type="button"
                className="small danger"
                disabled={locales.length < 2}
                onClick={() => {
                  if (window.confirm(t('design.translations.removeConfirm', { name: languageName(locale) })))
                    dispatch({ type: 'removeLocale', locale });
                }}
              >
                {t('design.translations.remove', { name: languageName(locale) })}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="add-item">
        <Field label={t('design.translations.add')} compact>
          {(id) => (
            <>
              <input
                id={id}
                list={`${id}-list`}
                className="code narrow"
                value={adding}
                onChange={(e) => setAdding(e.target.value.trim())}
              />
              <datalist id={`${id}-list`}>
                {suggestions.map((l) => (
                  <option key={l} value={l}>
                    {languageName(l)}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <button
          type="button"
          disabled={!canAdd}
          onClick={() => {
            dispatch({ type: 'addLocale', locale: adding });
            setAdding('');
          }}
        >
          {t('design.translations.addButton')}
        </button>
      </div>
      <div className="table-scroll">
        <table className="translation-table">
          <caption className="visually-hidden">{t('design.translations.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('design.translations.text')}</th>
              {locales.map((l) => (
                <th key={l} scope="col" lang={l}>
                  {languageName(l)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {texts.map(({ path, text }) => {
              const where = describePath(definition, path, t);
              return (
                <tr key={path}>
                  <th scope="row">{where}</th>
                  {locales.map((locale) => {
                    const value = text[locale] ?? '';
                    const gap = !value.trim();
                    return (
                      <td key={locale} className={gap ? 'missing' : undefined}>
                        <textarea
                          id={translationCellId(path, locale)}
                          rows={1}
                          className={gap ? 'tr-cell missing' : 'tr-cell'}
                          lang={locale}
                          aria-label={`${where} (${languageName(locale)})`}
                          aria-invalid={gap || undefined}
                          value={value}
                          onChange={(e) => dispatch({ type: 'setText', path, locale, value: e.target.value })}
                        />
                        {gap ? <span className="missing-tag">{t('design.missing')}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Whether a native speaker from the community has reviewed kolo's texts in `locale`. */
function ReviewBadge({ locale }: { locale: string }) {
  const { t } = useTranslation();
  const status = reviewStatus(locale);
  if (status === 'source')
    return <span className="review-status">{t('design.translations.reviewSource')}</span>;
  if (status === 'reviewed') {
    const date = REVIEWED_LANGUAGES.find((l) => l.locale === locale.split('-')[0])?.reviewedOn ?? '';
    return <span className="review-status">{t('design.translations.reviewed', { date })}</span>;
  }
  return <span className="review-status not-reviewed">{t('design.translations.notReviewed')}</span>;
}

/** Which library languages a community member has reviewed, so staff know what to have checked. */
function ReviewNote() {
  const { t } = useTranslation();
  const reviewed = REVIEWED_LANGUAGES.filter((l) => l.status === 'reviewed').map((l) =>
    languageName(l.locale),
  );
  return (
    <p className="note">
      {reviewed.length > 0
        ? t('design.translations.reviewNote', { languages: reviewed.join(', ') })
        : t('design.translations.reviewNone')}
    </p>
  );
}
