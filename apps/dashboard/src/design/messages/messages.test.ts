// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkScripts,
  LATIN_SCRIPT_LANGUAGES,
  WRITTEN_LANGUAGES,
  type WrittenLanguage,
} from '../../accountability/messages-check.ts';
import { en as appEnglish } from '../../i18n/en.ts';
import { flattenMessages as flatten } from '../../i18n/message-tree.ts';
import { IMPORT_NOTE_CODES, SURVEY_ERROR_CODES, SURVEY_WARNING_CODES } from '../machine-messages.ts';
import { DESIGN_MESSAGES } from './index.ts';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
const cyrillicShare = (value: string) => {
  const letters = value.replace(PLACEHOLDER, '').match(/\p{L}/gu) ?? [];
  return letters.length === 0
    ? 1
    : letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length / letters.length;
};

const english = flatten(DESIGN_MESSAGES.en);
const others = Object.entries(DESIGN_MESSAGES)
  .filter(([code]) => code !== 'en')
  .map(([code, tree]) => [code, flatten(tree)] as const);

/** Every `design.*` key the builder's sources name literally. */
function keysUsedInSources(): string[] {
  const folder = fileURLToPath(new URL('..', import.meta.url));
  const files = readdirSync(folder).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'));
  const used = files.flatMap((f) =>
    [...readFileSync(`${folder}${f}`, 'utf8').matchAll(/t\('design\.([\w.]+)'/g)].map((m) => m[1] ?? ''),
  );
  return [...new Set(used)];
}

describe("the builder's messages", () => {
  it('should have a message set for every written app language', () => {
    expect(Object.keys(DESIGN_MESSAGES).sort()).toEqual([...WRITTEN_LANGUAGES].sort());
  });

  it.each(others)('should give %s exactly the keys of English', (_code, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(others)(
    'should keep the placeholders of English in %s and leave nothing empty or untranslated',
    (_code, messages) => {
      for (const [key, value] of messages) {
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(english.get(key) ?? ''));
        if (value.replace(PLACEHOLDER, '').match(/\p{L}/u)) expect(value, key).not.toBe(english.get(key));
      }
    },
  );

  it.each(others.filter(([code]) => !LATIN_SCRIPT_LANGUAGES.includes(code as WrittenLanguage)))(
    'should write %s mostly in Cyrillic',
    (_code, messages) => {
      for (const [key, value] of messages)
        expect(cyrillicShare(value), `${key}: ${value}`).toBeGreaterThanOrEqual(0.5);
    },
  );

  checkScripts(DESIGN_MESSAGES);

  it('should keep Ukrainian and Russian letters apart', () => {
    for (const [key, value] of flatten(DESIGN_MESSAGES.uk)) expect(value, key).not.toMatch(/[ыэъёЫЭЪЁ]/);
    for (const [key, value] of flatten(DESIGN_MESSAGES.ru)) expect(value, key).not.toMatch(/[іїєґІЇЄҐ]/);
  });

  it('should have a string for every key the builder uses, and not clash with the app shell', () => {
    const shell = new Set(Object.keys(appEnglish.design));
    for (const key of keysUsedInSources())
      expect(english.has(key) || shell.has(key), `design.${key}`).toBe(true);
    for (const key of shell) expect(english.has(key), `design.${key} is the shell's`).toBe(false);
  });
});

describe('the sentences for machine messages', () => {
  it.each(Object.entries(DESIGN_MESSAGES))('should have a sentence for every code in %s', (_code, tree) => {
    const messages = flatten(tree);
    for (const code of [...SURVEY_ERROR_CODES, ...SURVEY_WARNING_CODES])
      expect(messages.get(`problem.${code}`)?.trim(), `problem.${code}`).toBeTruthy();
    for (const code of IMPORT_NOTE_CODES)
      expect(messages.get(`importNote.${code}`)?.trim(), `importNote.${code}`).toBeTruthy();
    expect([...messages.keys()].filter((k) => k.startsWith('problem.')).length).toBe(
      SURVEY_ERROR_CODES.length + SURVEY_WARNING_CODES.length,
    );
    expect([...messages.keys()].filter((k) => k.startsWith('importNote.')).length).toBe(
      IMPORT_NOTE_CODES.length,
    );
  });
});
