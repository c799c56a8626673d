// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en as appEnglish } from '../../i18n/en.ts';
import {
  flattenMessages as flatten,
  type MessageTree as Tree,
  WRITTEN_LANGUAGES,
  wrongLetters,
} from '../../i18n/message-tree.ts';
import { INSIGHTS_MESSAGES } from './index.ts';

/** A plural form's key without its CLDR category: `entries_few` and `entries_one` are both `entries`. */
const pluralBase = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
/** The English text a key is checked against: its own, or the English `_other` of a plural form. */
const englishOf = (key: string) => english.get(key) ?? english.get(`${pluralBase(key)}_other`) ?? '';
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
/** Letters of a string once placeholders and the statistical "n" are taken out. */
const words = (value: string) => value.replace(PLACEHOLDER, '').replace(/\bn\b/g, '').match(/\p{L}/gu) ?? [];
const english = flatten(INSIGHTS_MESSAGES.en);
const others = Object.entries(INSIGHTS_MESSAGES)
  .filter(([code]) => code !== 'en')
  .map(([code, tree]) => [code, flatten(tree)] as const);

/** Every `insights.*` key the Insights and share sources name literally. */
function keysUsedInSources(): string[] {
  const used: string[] = [];
  for (const folder of ['..', '../../share']) {
    const dir = fileURLToPath(new URL(`${folder}/`, import.meta.url));
    for (const f of readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && !name.includes('.test.')))
      used.push(
        ...[...readFileSync(`${dir}${f}`, 'utf8').matchAll(/t\('insights\.([\w.]+)'/g)].map(
          (m) => m[1] ?? '',
        ),
      );
  }
  return [...new Set(used)];
}

describe("Insights' and the share page's messages", () => {
  it('should be written in every app language', () => {
    expect(Object.keys(INSIGHTS_MESSAGES).sort()).toEqual([...WRITTEN_LANGUAGES].sort());
  });

  it.each(['ro', 'sr'] as const)('should write %s in its own letters', (code) => {
    expect(wrongLetters(code, INSIGHTS_MESSAGES[code])).toEqual([]);
  });

  it.each(others)(
    'should give %s exactly the keys of English (plural forms by the language’s rules)',
    (_code, messages) => {
      const bases = (keys: Iterable<string>) => [...new Set([...keys].map(pluralBase))].sort();
      expect(bases(messages.keys())).toEqual(bases(english.keys()));
      for (const key of messages.keys())
        if (pluralBase(key) !== key) expect(messages.has(`${pluralBase(key)}_other`), key).toBe(true);
    },
  );

  it.each(others)(
    'should keep the placeholders of English in %s, translated and not empty',
    (_code, messages) => {
      for (const [key, value] of messages) {
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(englishOf(key)));
        if (words(value).length > 0) expect(value, key).not.toBe(englishOf(key));
      }
    },
  );

  it.each(others.filter(([code]) => code !== 'pl' && code !== 'ro'))(
    'should write %s in Cyrillic',
    (_code, messages) => {
      for (const [key, value] of messages) {
        const letters = words(value);
        const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
        expect(letters.length === 0 || cyrillic / letters.length >= 0.5, `${key}: ${value}`).toBe(true);
      }
    },
  );

  it('should keep Ukrainian and Russian letters apart', () => {
    for (const [key, value] of flatten(INSIGHTS_MESSAGES.uk)) expect(value, key).not.toMatch(/[ыэъёЫЭЪЁ]/);
    for (const [key, value] of flatten(INSIGHTS_MESSAGES.ru)) expect(value, key).not.toMatch(/[іїєґІЇЄҐ]/);
  });

  it('should have a string for every key the screens use, and not clash with the app shell', () => {
    const shell = flatten(appEnglish.insights as unknown as Tree);
    for (const key of keysUsedInSources())
      expect(
        english.has(key) || english.has(`${key}_other`) || shell.has(key) || shell.has(`${key}_other`),
        `insights.${key}`,
      ).toBe(true);
    for (const key of shell.keys()) expect(english.has(key), `insights.${key} is the shell's`).toBe(false);
  });
});
