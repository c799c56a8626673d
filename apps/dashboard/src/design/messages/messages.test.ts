// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en as appEnglish } from '../../i18n/en.ts';
import { DESIGN_MESSAGES } from './index.ts';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of flatten(value, path)) out.set(p, v);
  }
  return out;
}

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

  it.each(others.filter(([code]) => code !== 'pl'))(
    'should write %s mostly in Cyrillic',
    (_code, messages) => {
      for (const [key, value] of messages)
        expect(cyrillicShare(value), `${key}: ${value}`).toBeGreaterThanOrEqual(0.5);
    },
  );

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
