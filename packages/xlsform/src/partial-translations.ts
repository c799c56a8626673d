import { localeChain } from '@kolo/schema';
import { languageHeader } from './languages.ts';
import type { NoteList } from './notes.ts';

/** Keys whose values are translated texts in a definition (as the schema's translation check reads them). */
const TEXT_KEYS = new Set([
  'title',
  'description',
  'label',
  'hint',
  'minLabel',
  'maxLabel',
  'unit',
  'constraintMessage',
]);

const isText = (value: unknown): value is Record<string, string> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((v) => typeof v === 'string');

/** Every translated text of a draft (conditions hold answer values, not texts). */
function textsOf(value: unknown, found: Array<Record<string, string>> = [], key?: string) {
  if (Array.isArray(value)) {
    for (const v of value) textsOf(v, found);
    return found;
  }
  if (value === null || typeof value !== 'object') return found;
  if (key !== undefined && TEXT_KEYS.has(key) && isText(value)) {
    found.push(value);
    return found;
  }
  for (const [k, v] of Object.entries(value)) if (k !== 'showIf') textsOf(v, found, k);
  return found;
}

/**
 * Partial translation is normal in Kobo: a text without a language shows the next language in
 * its fallback chain (then the default language, then any). The draft gets that text, so it is
 * complete, and one warning per language says how many texts are still to be translated.
 */
export function fillPartialTranslations(
  definition: Record<string, unknown>,
  locales: readonly string[],
  notes: NoteList,
  names: Readonly<Record<string, string>> | undefined,
): void {
  const [first] = locales;
  if (locales.length < 2 || first === undefined) return;
  const texts = textsOf(definition);
  const missing = new Map<string, number>();
  for (const text of texts) {
    if (Object.keys(text).length === 0) continue;
    for (const locale of locales) {
      if (text[locale] !== undefined) continue;
      const chain = [...localeChain(locale).filter((l) => l !== locale), first, ...locales];
      const from = chain.find((l) => text[l] !== undefined) ?? Object.keys(text)[0];
      const fallback = from === undefined ? undefined : text[from];
      if (fallback === undefined) continue;
      text[locale] = fallback;
      missing.set(locale, (missing.get(locale) ?? 0) + 1);
    }
  }
  for (const [locale, count] of missing) {
    const language = languageHeader(locale, names);
    notes.warning(
      { sheet: '' },
      'partial_translation',
      `${count} of ${texts.length} texts have no ${language} translation; they show the ${languageHeader(first, names)} text (or the nearest language) until they are translated in the builder`,
    );
  }
}
