import { expect, it } from 'vitest';
import {
  checkScripts,
  WRITTEN_LANGUAGES,
  type WrittenLanguage,
} from '../../accountability/messages-check.ts';
import { flattenMessages as flatten, type MessageTree } from '../../i18n/message-tree.ts';

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const placeholders = (value: string) => [...value.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').sort();
/** The example expressions are code, the same in every language. */
const examples = (value: string) => [...value.matchAll(/\$\{\w+\}/g)].map((m) => m[0]).sort();

/**
 * The checks of a builder message set that quotes expressions (`${age}`): every written language,
 * the keys of English, its placeholders and example expressions kept, every text translated.
 */
export function checkExpressionMessages(sets: Readonly<Record<WrittenLanguage, MessageTree>>): void {
  const english = flatten(sets.en);
  const others = Object.entries(sets)
    .filter(([code]) => code !== 'en')
    .map(([code, tree]) => [code, flatten(tree)] as const);

  it('should have a message set for every written app language', () => {
    expect(Object.keys(sets).sort()).toEqual([...WRITTEN_LANGUAGES].sort());
  });

  checkScripts(sets);

  it.each(others)('should give %s exactly the keys of English', (_code, messages) => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(others)(
    'should keep placeholders and examples in %s and translate every text',
    (_code, messages) => {
      for (const [key, value] of messages) {
        const source = english.get(key) ?? '';
        expect(value.trim(), key).not.toBe('');
        expect(placeholders(value), key).toEqual(placeholders(source));
        expect(examples(value), key).toEqual(examples(source));
        expect(value, key).not.toBe(source);
      }
    },
  );
}
