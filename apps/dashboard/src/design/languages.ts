/** Languages kolo's communities work in, named in their own language. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  pl: 'Polski',
  ky: 'Кыргызча',
  kk: 'Қазақша',
  ro: 'Română',
  sr: 'Srpski',
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
  return LANGUAGE_NAMES[code] ?? code;
}
