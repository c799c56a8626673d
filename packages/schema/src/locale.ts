import type { LocalizedText } from './locale-schema.ts';
import { inLocaleScript } from './serbian-script.ts';

// No zod at run time here: resolving a text runs on every screen of a monitor's phone. The zod
// schemas `LocaleCode` and `LocalizedText` live in locale-schema.ts; only their types pass here.
export type { LocaleCode, LocalizedText } from './locale-schema.ts';

/**
 * Fallback chains for the languages kolo's communities read: a Kyrgyz speaker reads Russian
 * before English, a Belarusian or Kazakh speaker too.
 */
const DEFAULT_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  ky: ['ru', 'en'],
  kk: ['ru', 'en'],
  tg: ['ru', 'en'],
  uz: ['ru', 'en'],
  be: ['ru', 'en'],
  hy: ['ru', 'en'],
  ka: ['ru', 'en'],
  az: ['ru', 'en'],
  ro: ['en'],
  uk: ['en'],
  ru: ['en'],
  pl: ['en'],
  sr: ['en'],
};

/**
 * The ordered list of locales to try for `locale`: itself, its base language, its configured
 * fallbacks, then English.
 * @example localeChain('ky') // ['ky', 'ru', 'en']
 */
export function localeChain(
  locale: string,
  fallbacks: Readonly<Record<string, readonly string[]>> = DEFAULT_FALLBACKS,
): string[] {
  const chain: string[] = [];
  const push = (code: string) => {
    if (!chain.includes(code)) chain.push(code);
  };
  push(locale);
  const base = locale.split('-')[0] ?? locale;
  push(base);
  for (const next of fallbacks[locale] ?? fallbacks[base] ?? []) push(next);
  push('en');
  return chain;
}

/**
 * Resolve a localized text for a reader of `locale`, falling back along {@link localeChain} and
 * finally to any language the text has, so a label is never blank.
 * @example resolveText({ en: 'Yes', ru: 'Да' }, 'ky') // 'Да'
 */
export function resolveText(text: LocalizedText | undefined, locale: string): string {
  if (!text) return '';
  for (const code of localeChain(locale)) {
    const value = text[code];
    // `sr-Latn` reads the Cyrillic `sr` text in Latin script
    if (value !== undefined) return code === locale ? value : inLocaleScript(locale, value);
  }
  for (const value of Object.values(text)) return value;
  return '';
}
