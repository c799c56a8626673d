import { COMPARISON_OPERATORS, type Condition, evaluateCondition } from '@kolo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ConditionModel,
  type ConditionRow,
  conditionModel,
  conditionOf,
  isComplex,
} from './condition-model.ts';

const QUESTIONS = ['a', 'b', 'c', 'm.r1'] as const;
const scalar = fc.oneof(
  fc.constantFrom('yes', 'no', '1', '2', 'x'),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
);
const row: fc.Arbitrary<ConditionRow> = fc.oneof(
  fc.record({ question: fc.constantFrom(...QUESTIONS), op: fc.constant('answered' as const) }),
  fc.record({
    question: fc.constantFrom(...QUESTIONS),
    op: fc.constantFrom(...COMPARISON_OPERATORS.filter((op) => op !== 'answered')),
    value: fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 3 })),
  }),
);
const model: fc.Arbitrary<ConditionModel> = fc.record({
  join: fc.constantFrom('all' as const, 'any' as const),
  rows: fc.array(row, { minLength: 1, maxLength: 4 }),
});
const answers = fc.record(
  {
    a: fc.oneof(fc.constantFrom('yes', 'no', '1'), fc.integer({ min: -3, max: 3 })),
    b: fc.array(fc.constantFrom('yes', 'no', '1', '2', 'x'), { maxLength: 3 }),
    c: fc.constantFrom('x', '2', ''),
    m: fc.record({ r1: fc.constantFrom('1', '2', 'yes') }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe('condition editor mapping', () => {
  it('should read back exactly the rows it wrote (editor -> schema -> editor)', () => {
    fc.assert(
      fc.property(model, (m) => {
        const condition = conditionOf(m);
        expect(condition).toBeDefined();
        const back = conditionModel(condition);
        expect(isComplex(back)).toBe(false);
        // one "all" row is written as a bare comparison and read back as one "all" row
        expect(back).toEqual(m);
      }),
    );
  });

  it('should keep the meaning of every simple condition it reads (schema -> editor -> schema)', () => {
    const simple: fc.Arbitrary<Condition> = fc.oneof(
      row.map((r) => r as Condition),
      fc.array(row, { minLength: 1, maxLength: 3 }).map((all) => ({ all }) as Condition),
      fc.array(row, { minLength: 1, maxLength: 3 }).map((any) => ({ any }) as Condition),
    );
    fc.assert(
      fc.property(simple, answers, (condition, sample) => {
        const m = conditionModel(condition);
        if (isComplex(m)) throw new Error('a simple condition was read as complex');
        const written = conditionOf(m);
        expect(evaluateCondition(written, sample)).toBe(evaluateCondition(condition, sample));
        expect(conditionModel(written)).toEqual(m);
      }),
    );
  });

  it('should keep a condition too complex for rows as it is, never dropping it', () => {
    const nested: Condition = {
      all: [{ any: [{ question: 'a', op: 'eq', value: 'yes' }] }, { question: 'b', op: 'answered' }],
    };
    const negated: Condition = { not: { question: 'a', op: 'eq', value: 'no' } };
    expect(conditionModel(nested)).toEqual({ complex: nested });
    expect(conditionModel(negated)).toEqual({ complex: negated });
  });

  it('should write no condition for no rows, and read none as no rows', () => {
    expect(conditionOf({ join: 'any', rows: [] })).toBeUndefined();
    expect(conditionModel(undefined)).toEqual({ join: 'all', rows: [] });
  });
});
