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

/**
 * The completeness checks of a screen's own message set (en the reference; uk, ru, pl, ky typed
 * against it): same keys (plural forms aside), same placeholders, nothing empty or left in English, Cyrillic where it
 * should be, Ukrainian and Russian letters kept apart, and a string for every key `used` names.
 */
export function checkMessages(
  sets: Readonly<Record<'en' | 'uk' | 'ru' | 'pl' | 'ky', Tree>>,
  used: readonly string[],
): void {
  const english = flatten(sets.en);
  const others = (['uk', 'ru', 'pl', 'ky'] as const).map((code) => [code, flatten(sets[code])] as const);

  it.each(others)('should give %s exactly the keys of English', (_code, messages) => {
    expect(stems(messages)).toEqual(stems(english));
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

  it.each(others.filter(([code]) => code !== 'pl'))('should write %s mostly in Cyrillic', (_c, messages) => {
    for (const [key, value] of messages)
      expect(cyrillicShare(value), `${key}: ${value}`).toBeGreaterThanOrEqual(0.5);
  });

  it('should keep Ukrainian and Russian letters apart', () => {
    for (const [key, value] of flatten(sets.uk)) expect(value, key).not.toMatch(/[ыэъёЫЭЪЁ]/);
    for (const [key, value] of flatten(sets.ru)) expect(value, key).not.toMatch(/[іїєґІЇЄҐ]/);
  });

  it('should have an English string for every key the screens use', () => {
    for (const key of used) expect(english.has(key) || english.has(`${key}_other`), key).toBe(true);
  });
}

/** The keys under `prefix.` that source texts name literally, as `t('prefix.key'` or `` t(`prefix.key_${`` stems. */
export function keysUsed(texts: readonly string[], prefix: string): string[] {
  const literal = new RegExp(`t\\('${prefix}\\.([\\w.]+)'`, 'g');
  return [...new Set(texts.flatMap((text) => [...text.matchAll(literal)].map((m) => m[1] ?? '')))];
}
