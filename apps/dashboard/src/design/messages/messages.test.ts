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

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const source = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const sources = (folder: string) =>
  readdirSync(`${root}${folder}`)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
    .map((f) => ({ file: `${folder}/${f}`, text: source(`${folder}/${f}`) }));
const literals = (text: string) => [...text.matchAll(/'(\w+)'/g)].map((m) => m[1] ?? '');
const sorted = (codes: Iterable<string>) => [...new Set(codes)].sort();

/** The members of a union of string literals, `export type Name = | 'a' | 'b';`. */
function unionOf(text: string, name: string): string[] {
  const union = new RegExp(`type ${name} =([^;]+);`).exec(text)?.[1];
  if (union === undefined) throw new Error(`no type ${name}`);
  return literals(union);
}

/** The arguments of the call whose `(` ends at `start`, as source text, split at top-level commas. */
function callArguments(text: string, start: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | undefined;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i] ?? '';
    current += c;
    if (quote) {
      if (c === '\\') current += text[++i] ?? '';
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth += 1;
    else if (')]}'.includes(c) && depth > 0) depth -= 1;
    else if ((c === ')' || c === ',') && depth === 0) {
      out.push(current.slice(0, -1).trim());
      if (c === ')') return out;
      current = '';
    }
  }
  throw new Error('unbalanced call');
}

/**
 * Every note code packages/xlsform passes to `notes.error(place, code, …)`,
 * `notes.warning(place, code, …)`, `notes.add(place, severity, code, …)` or
 * `new XlsFormError(code, …)`, with `XlsFormErrorCode`; a code chosen by `a ? 'x' : 'y'` gives both.
 */
function xlsFormNoteCodes(): string[] {
  const codes = unionOf(source('packages/xlsform/src/notes.ts'), 'XlsFormErrorCode');
  for (const { file, text } of sources('packages/xlsform/src')) {
    for (const call of text.matchAll(/\bnotes\.(error|warning|add)\(|\bnew XlsFormError\(/g)) {
      const args = callArguments(text, (call.index ?? 0) + call[0].length);
      const code = call[1] === 'add' ? args[2] : call[1] ? args[1] : args[0];
      // NoteList.error and XlsFormError pass their own `code` parameter on
      if (file.endsWith('/notes.ts') && code === 'code') continue;
      const found = literals(code?.includes('?') ? code.slice(code.indexOf('?')) : (code ?? ''));
      expect(found, `${file}: cannot read the code of ${call[0]}${args.join(', ')})`).not.toEqual([]);
      codes.push(...found);
    }
  }
  return sorted(codes);
}

describe('the sentences for machine messages', () => {
  it('should list every SurveyErrorCode', () => {
    const checks = sources('packages/schema/src').filter(({ file }) => /\/check-[\w-]+\.ts$/.test(file));
    const used = checks.flatMap(({ text }) => [...text.matchAll(/code: '(\w+)'/g)].map((m) => m[1] ?? ''));
    const declared = unionOf(source('packages/schema/src/survey-errors.ts'), 'SurveyErrorCode');
    expect(sorted(SURVEY_ERROR_CODES)).toEqual(sorted(declared));
    expect(declared).toEqual(expect.arrayContaining(used));
  });

  it('should list every lint code', () => {
    const lint = source('packages/schema/src/lint.ts');
    const used = [...lint.matchAll(/code: '(\w+)'/g)].map((m) => m[1] ?? '');
    expect(used.length).toBeGreaterThan(0);
    expect(sorted(SURVEY_WARNING_CODES)).toEqual(sorted([...unionOf(lint, 'SurveyWarningCode'), ...used]));
  });

  it('should list every XLSForm note code', () => {
    const codes = xlsFormNoteCodes();
    expect(codes.length).toBeGreaterThan(40);
    expect(sorted(IMPORT_NOTE_CODES)).toEqual(codes);
  });

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
