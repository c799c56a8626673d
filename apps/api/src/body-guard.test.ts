import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyProblems, hasTooManyNodes, MAX_BODY_DEPTH, MAX_BODY_NODES } from './body-guard.ts';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

describe('bodyProblems', () => {
  it('should pass any storable, shallow JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!text.includes('\\u0000') && !/\p{Cs}/u.test(text));
        expect(bodyProblems(value)).toBeNull();
      }),
    );
  });

  it('should name the path of a NUL character or a lone surrogate, in values and keys', () => {
    expect(bodyProblems({ answers: { comment: 'a\u0000b' } })).toHaveProperty(['answers.comment']);
    expect(bodyProblems({ list: ['ok', '\uD800'] })).toHaveProperty(['list.1']);
    expect(Object.keys(bodyProblems({ 'k\uDC00': 1 }) ?? {})).toEqual(['k\uFFFD']);
    // a surrogate pair is one well-formed character
    expect(bodyProblems({ emoji: '\uD83D\uDE00' })).toBeNull();
  });

  it('should refuse nesting deeper than the limit without overflowing the stack', () => {
    expect(bodyProblems(nested(MAX_BODY_DEPTH - 1))).toBeNull();
    expect(bodyProblems(nested(MAX_BODY_DEPTH + 1))).not.toBeNull();
    expect(bodyProblems(nested(200_000))).not.toBeNull();
  });
});

describe('hasTooManyNodes', () => {
  it('should count every value, nested or not, up to the limit', () => {
    expect(hasTooManyNodes(new Array(MAX_BODY_NODES - 1).fill(0))).toBe(false);
    expect(hasTooManyNodes(new Array(MAX_BODY_NODES).fill(0))).toBe(true);
    expect(hasTooManyNodes({ a: [1, 2, { b: 'c' }] }, 6)).toBe(false);
    expect(hasTooManyNodes({ a: [1, 2, { b: 'c' }] }, 5)).toBe(true);
    expect(hasTooManyNodes(nested(200_000))).toBe(true);
  });

  it('should pass any small JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(hasTooManyNodes(value)).toBe(false);
      }),
    );
  });
});
