// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenMessages as flatten, WRITTEN_LANGUAGES, wrongLetters } from '../../i18n/message-tree.ts';
import { REPORTS_MESSAGES } from './index.ts';

/** A key without its i18next plural suffix: languages differ in which plural forms they need. */
const stem = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const stems = (messages: Map<string, string>) => [...new Set([...messages.keys()].map(stem))].sort();

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
const english = flatten(REPORTS_MESSAGES.en);
const others = Object.entries(REPORTS_MESSAGES)
  .filter(([code]) => code !== 'en')
  .map(([code, tree]) => [code, flatten(tree)] as const);

describe("the reports screen's messages", () => {
  it('should be written in every app language', () => {
    expect(Object.keys(REPORTS_MESSAGES).sort()).toEqual([...WRITTEN_LANGUAGES].sort());
  });

  it.each(['ro', 'sr'] as const)('should write %s in its own letters', (code) => {
    expect(wrongLetters(code, REPORTS_MESSAGES[code])).toEqual([]);
  });

  it.each(others)('should give %s exactly the keys of English, each filled', (_code, messages) => {
    expect(stems(messages)).toEqual(stems(english));
    for (const value of messages.values()) expect(value.trim()).not.toBe('');
  });

  it.each(others)('should keep the placeholders of English in %s', (_code, messages) => {
    for (const [key, value] of messages)
      expect(placeholders(value), key).toEqual(
        placeholders(english.get(key) ?? english.get(`${stem(key)}_other`) ?? ''),
      );
    for (const key of english.keys()) expect(messages.has(key) || stem(key) !== key, key).toBe(true);
  });

  it.each(others.filter(([code]) => code !== 'pl' && code !== 'ro'))(
    'should write %s in Cyrillic',
    (_code, messages) => {
      const words = [...messages.values()]
        .join(' ')
        .replace(PLACEHOLDER, '')
        .replace(/PDF|Word/g, '');
      const letters = words.match(/\p{L}/gu) ?? [];
      const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
      expect(cyrillic / letters.length).toBeGreaterThan(0.95);
    },
  );

  it('should have every key the screen uses', () => {
    const folder = fileURLToPath(new URL('..', import.meta.url));
    const used = readdirSync(folder)
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
      .flatMap((f) =>
        [...readFileSync(`${folder}${f}`, 'utf8').matchAll(/t\('reports\.([\w.]+)'/g)].map((m) => m[1] ?? ''),
      );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((key) => !english.has(key) && !english.has(`${key}_other`))).toEqual([]);
  });
});
