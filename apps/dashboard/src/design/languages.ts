import { isSerbianLatin, toSerbianLatin } from '@kolo/schema';

/**
 * Languages a survey can be written in, named in their own language. Serbian is written once,
 * in Cyrillic (`sr`); readers of `sr-Latn` get those texts transliterated, so `sr-Latn` is never
 * offered as a language of its own.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  ky: 'Кыргызча',
  kk: 'Қазақша',
  ro: 'Română',
  sr: 'Српски',
  hu: 'Magyar',
  ka: 'ქართული',
  tg: 'Тоҷикӣ',
  uz: 'Oʻzbekcha',
  be: 'Беларуская',
  hy: 'Հայերեն',
  az: 'Azərbaycanca',
};

/** A language's own name, or its code when kolo does not know it. */
export function languageName(code: string): string {
  const serbian = LANGUAGE_NAMES.sr ?? 'sr';
  // an imported survey may carry an `sr-Latn` column: name it, in its script
  if (isSerbianLatin(code)) return `${toSerbianLatin(serbian)} (latinica)`;
  return LANGUAGE_NAMES[code] ?? code;
}

/** The language a new survey starts in for someone using the screens in `appLanguage`. */
export function defaultSurveyLanguage(appLanguage: string): string {
  if (isSerbianLatin(appLanguage)) return 'sr';
  return appLanguage in LANGUAGE_NAMES ? appLanguage : 'en';
}
