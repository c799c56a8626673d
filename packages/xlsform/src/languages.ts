/** Names written in XLSForm language headers (`label::Українська (uk)`), by locale code. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  ky: 'Кыргызча',
  kk: 'Қазақша',
  tg: 'Тоҷикӣ',
  uz: 'Oʻzbekcha',
  be: 'Беларуская',
  hy: 'Հայերեն',
  ka: 'ქართული',
  az: 'Azərbaycanca',
  ro: 'Română',
  pl: 'Polski',
  sr: 'Српски',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  'pt-BR': 'Português (Brasil)',
  de: 'Deutsch',
};

/** Names teams write without a code, in English or in the language itself, lower-cased. */
const NAME_TO_CODE: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name.toLowerCase(), code] as const),
  ['ukrainian', 'uk'],
  ['russian', 'ru'],
  ['kyrgyz', 'ky'],
  ['kazakh', 'kk'],
  ['tajik', 'tg'],
  ['uzbek', 'uz'],
  ['belarusian', 'be'],
  ['armenian', 'hy'],
  ['georgian', 'ka'],
  ['azerbaijani', 'az'],
  ['romanian', 'ro'],
  ['polish', 'pl'],
  ['serbian', 'sr'],
  ['french', 'fr'],
  ['spanish', 'es'],
  ['portuguese', 'pt'],
  ['german', 'de'],
  ['українська мова', 'uk'],
  ['русский язык', 'ru'],
]);

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** `pt_br`, `PT-BR` and `pt-BR` alike as kolo's `pt-BR`; undefined when it is no locale code. */
export function normalizeLocale(text: string): string | undefined {
  const match = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}))?$/.exec(text.trim());
  if (!match) return undefined;
  const code = `${match[1]?.toLowerCase()}${match[2] ? `-${match[2].toUpperCase()}` : ''}`;
  return LOCALE.test(code) ? code : undefined;
}

/**
 * The locale code of an XLSForm language: `English (en)`, `Русский (ru)`, `en`, or a known name
 * such as `English` or `Українська`. Undefined when it names no language kolo can tell.
 * @example languageCode('Українська (uk)') // 'uk'
 */
export function languageCode(language: string): string | undefined {
  const text = language.trim();
  const coded = /\(([^()]+)\)\s*$/.exec(text);
  if (coded?.[1]) return normalizeLocale(coded[1]);
  return NAME_TO_CODE.get(text.toLowerCase()) ?? normalizeLocale(text);
}

/** The language as Kobo writes it in a header: `English (en)`; a code kolo has no name for stays `xx (xx)`. */
export function languageHeader(locale: string): string {
  return `${LANGUAGE_NAMES[locale] ?? locale} (${locale})`;
}
