// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { flattenMessages as flatten, WRITTEN_LANGUAGES, wrongLetters } from '../../i18n/message-tree.ts';
import { SCORECARD_MESSAGES } from './index.ts';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
/** Strings that are the same in every language (symbols and formulas). */
const UNIVERSAL = new Set(['n', 'approx']);
const english = flatten(SCORECARD_MESSAGES.en);
const others = Object.entries(SCORECARD_MESSAGES)
  .filter(([code]) => code !== 'en')
  .map(([code, tree]) => [code, flatten(tree)] as const);

describe("the scorecard's messages", () => {
  it('should be written in every app language', () => {
    expect(Object.keys(SCORECARD_MESSAGES).sort()).toEqual([...WRITTEN_LANGUAGES].sort());
  });

  it.each(['ro', 'sr'] as const)('should write %s in its own letters', (code) => {
    expect(wrongLetters(code, SCORECARD_MESSAGES[code])).toEqual([]);
  });

  it.each(others)('should give %s exactly the keys of English', (_code, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(others)(
    'should keep the placeholders in %s and leave nothing empty or untranslated',
    (_code, messages) => {
      for (const [key, value] of messages) {
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(english.get(key) ?? ''));
        if (!UNIVERSAL.has(key)) expect(value, key).not.toBe(english.get(key));
      }
    },
  );

  it('should keep Ukrainian and Russian letters apart', () => {
    for (const [key, value] of flatten(SCORECARD_MESSAGES.uk)) expect(value, key).not.toMatch(/[ыэъёЫЭЪЁ]/);
    for (const [key, value] of flatten(SCORECARD_MESSAGES.ru)) expect(value, key).not.toMatch(/[іїєґІЇЄҐ]/);
  });

  it('should have a string for every literal key the scorecard screens use', () => {
    const folder = fileURLToPath(new URL('..', import.meta.url));
    const files = readdirSync(folder).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'));
    for (const f of files) {
      for (const m of readFileSync(`${folder}${f}`, 'utf8').matchAll(/t\('scorecard\.([\w.]+)'/g))
        expect(english.has(m[1] ?? ''), `${f}: scorecard.${m[1]}`).toBe(true);
    }
  });
});
