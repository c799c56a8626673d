import { expect, it } from 'vitest';
import { flattenMessages as flatten, type MessageTree as Tree } from '../i18n/message-tree.ts';

/** A key without its i18next plural suffix: languages differ in which plural forms they need. */
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const stems = (messages: Map<string, string>) => [...new Set([...messages.keys()].map(stem))].sort();

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
const cyrillicShare = (value: string) => {
  const letters = value.replace(PLACEHOLDER, '').match(/\p{L}/gu) ?? [];
  return letters.length === 0
    ? 1
    : letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length;
};

/** The app languages written by hand: every one but `sr-Latn`, which is transliterated from `sr`. */
export const WRITTEN_LANGUAGES = ['en', 'uk', 'ru', 'pl', 'ky', 'ro', 'sr'] as const;

/** A language written by hand, with a message file of its own. */
export type WrittenLanguage = (typeof WRITTEN_LANGUAGES)[number];

/** The written languages in Latin script; the others are written in Cyrillic. */
export const LATIN_SCRIPT_LANGUAGES: readonly WrittenLanguage[] = ['en', 'pl', 'ro'];

/**
 * The checks of the writing itself, shared by every message set: Serbian in Cyrillic only, never a
 * Latin letter inside a word (sr-Latn is derived from it); Romanian with comma-below ș and ț, never
 * the cedilla look-alikes ş and ţ that break search and sorting.
 */
export function checkScripts(sets: Readonly<Partial<Record<WrittenLanguage, Tree>>>): void {
  it('should write Serbian in Cyrillic without a Latin letter inside a word', () => {
    for (const [key, value] of flatten(sets.sr ?? {}))
      expect(value.replace(PLACEHOLDER, ''), key).not.toMatch(
        /\p{Script=Cyrillic}[A-Za-z]|[A-Za-z]\p{Script=Cyrillic}/u,
      );
  });

  it('should write Romanian with ș and ț (comma below), never ş or ţ (cedilla)', () => {
    for (const [key, value] of flatten(sets.ro ?? {})) expect(value, key).not.toMatch(/[şţŞŢ]/);
  });
}

/**
 * The completeness checks of a screen's own message set (en the reference; the other written
 * languages typed against it): every written language present, same keys, every plural form each
 * language needs (CLDR), same placeholders, nothing empty or left in English, Cyrillic where it
 * should be, Ukrainian and Russian letters kept apart, and a string for every key `used` names.
 */
export function checkMessages(sets: Readonly<Record<WrittenLanguage, Tree>>, used: readonly string[]): void {
  const english = flatten(sets.en);
  const others = WRITTEN_LANGUAGES.filter((code) => code !== 'en').map(
    (code) => [code, flatten(sets[code] ?? {})] as const,
  );

  it('should have a message set for every written app language', () => {
    expect(Object.keys(sets).sort()).toEqual([...WRITTEN_LANGUAGES].sort());
  });

  it.each(others)('should give %s exactly the keys of English', (_code, messages) => {
    expect(stems(messages)).toEqual(stems(english));
  });

  it.each(others)('should give %s every plural form its language needs', (code, messages) => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    // a plural in English has `_one` and `_other`; a key like `category_other` alone is no plural
    const bases = [...english.keys()]
      .filter((k) => k.endsWith('_other') && english.has(`${stem(k)}_one`))
      .map(stem);
    const needed = new Set(bases.flatMap((base) => categories.map((c) => `${base}_${c}`)));
    for (const key of needed) expect(messages.has(key), key).toBe(true);
    const plural = [...messages.keys()].filter((k) => bases.includes(stem(k)));
    expect(plural.filter((k) => !needed.has(k))).toEqual([]);
  });

  it.each(others)(
    'should keep the placeholders of English in %s and translate every string',
    (_c, messages) => {
      for (const [key, value] of messages) {
        const reference = english.get(key) ?? english.get(`${stem(key)}_other`) ?? '';
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(reference));
        if (/\p{L}{3}/u.test(value.replace(PLACEHOLDER, ''))) expect(value, key).not.toBe(reference);
      }
    },
  );

  it.each(others.filter(([code]) => !LATIN_SCRIPT_LANGUAGES.includes(code)))(
    'should write %s mostly in Cyrillic',
    (_c, messages) => {
      for (const [key, value] of messages)
        expect(cyrillicShare(value), `${key}: ${value}`).toBeGreaterThanOrEqual(0.5);
    },
  );

  it('should keep Ukrainian and Russian letters apart', () => {
    for (const [key, value] of flatten(sets.uk)) expect(value, key).not.toMatch(/[ыэъёЫЭЪЁ]/);
    for (const [key, value] of flatten(sets.ru)) expect(value, key).not.toMatch(/[іїєґІЇЄҐ]/);
  });

  it('should have an English string for every key the screens use', () => {
    for (const key of used) expect(english.has(key) || english.has(`${key}_other`), key).toBe(true);
  });

  checkScripts(sets);
}

/** The keys under `prefix.` that source texts name literally, as `t('prefix.key'` or `` t(`prefix.key_${`` stems. */
export function keysUsed(texts: readonly string[], prefix: string): string[] {
  const literal = new RegExp(`t\\('${prefix}\\.([\\w.]+)'`, 'g');
  return [...new Set(texts.flatMap((text) => [...text.matchAll(literal)].map((m) => m[1] ?? '')))];
}
