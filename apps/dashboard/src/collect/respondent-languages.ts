import { isSerbianLatin, SERBIAN_LATIN } from '@kolo/schema/forms';

/** Names of the languages a respondent may answer in, each in itself. */
const NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  ky: 'Кыргызча',
  ro: 'Română',
  sr: 'Српски (ћирилица)',
  [SERBIAN_LATIN]: 'Srpski (latinica)',
};

/** A respondent's language by name, in that language; the code when kolo has no name for it. */
export function respondentLanguageName(code: string): string {
  return NAMES[code] ?? code;
}

/**
 * The languages an interview can be held in: the survey's, and Serbian in Latin script right
 * after Serbian (the survey keeps Serbian once, in Cyrillic; the form reads it transliterated).
 * @example respondentLanguages(['en', 'sr']) // ['en', 'sr', 'sr-Latn']
 */
export function respondentLanguages(locales: readonly string[]): string[] {
  return locales.flatMap((l) => (l === 'sr' ? [l, SERBIAN_LATIN] : [l]));
}

/**
 * The survey language an interview is recorded in: Serbian for either script, since the answers
 * are the same and the server knows the survey's languages only.
 */
export function surveyLocaleOf(locale: string): string {
  return isSerbianLatin(locale) ? 'sr' : locale;
}

/**
 * The language an interview starts in: the one picked for the respondent, else the monitor's own
 * when the survey has it, else the survey's first.
 * @example respondentLocaleOf(['en', 'uk'], '', 'uk') // 'uk'
 */
export function respondentLocaleOf(offered: readonly string[], picked: string, uiLanguage: string): string {
  if (offered.includes(picked)) return picked;
  if (offered.includes(uiLanguage)) return uiLanguage;
  return offered[0] ?? 'en';
}
