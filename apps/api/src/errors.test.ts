import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, issueMap } from './errors.ts';

describe('issueMap', () => {
  it('should key each message by its dotted path, the whole input by its root name', () => {
    const result = z
      .strictObject({
        answers: z.object({ age: z.number().min(18, 'too young') }),
        extra: z.never().optional(),
      })
      .safeParse({ answers: { age: 3 }, other: 1 });
    expect(result.success).toBe(false);
    expect(issueMap(result.error?.issues ?? [])).toEqual({
      'answers.age': ['too young'],
      '(body)': [expect.stringContaining('other')],
    });
    expect(issueMap([{ path: [], message: 'not an object' }], '(item)')).toEqual({
      '(item)': ['not an object'],
    });
  });

  it('should keep every message, none lost when several share a path', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ path: fc.array(fc.string()), message: fc.string() })), (issues) => {
        const map = issueMap(issues);
        expect(Object.values(map).flat().length).toBe(issues.length);
      }),
    );
  });
});

describe('ApiError', () => {
  it('should carry the error that caused it', () => {
    const cause = new Error('database said no');
    expect(new ApiError(422, 'invalid', 'x', undefined, { cause }).cause).toBe(cause);
  });
});
