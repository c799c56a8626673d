import { describe, expect, it } from 'vitest';
import { answerAt, type Condition, comparisonsOf, evaluateCondition, isAnswered } from './condition.ts';

const answers = {
  service: 'nsp',
  visits: 3,
  last_visit: '2024-05-01',
  received: ['syringes', 'naloxone'],
  aspects: { hours: '4' },
  respect: '4',
  comment: '',
  none: [],
};

describe('evaluateCondition', () => {
  it('should show an item that has no condition', () => {
    expect(evaluateCondition(undefined, {})).toBe(true);
  });

  it.each<[Condition, boolean]>([
    [{ question: 'service', op: 'eq', value: 'nsp' }, true],
    [{ question: 'service', op: 'eq', value: 'ost' }, false],
    [{ question: 'service', op: 'neq', value: 'ost' }, true],
    [{ question: 'service', op: 'neq', value: 'nsp' }, false],
    [{ question: 'service', op: 'in', value: ['ost', 'nsp'] }, true],
    [{ question: 'service', op: 'in', value: ['ost', 'dic'] }, false],
    [{ question: 'service', op: 'notIn', value: ['ost', 'dic'] }, true],
    [{ question: 'service', op: 'notIn', value: ['nsp'] }, false],
    [{ question: 'visits', op: 'gt', value: 2 }, true],
    [{ question: 'visits', op: 'gt', value: 3 }, false],
    [{ question: 'visits', op: 'gte', value: 3 }, true],
    [{ question: 'visits', op: 'gte', value: 4 }, false],
    [{ question: 'visits', op: 'lt', value: 4 }, true],
    [{ question: 'visits', op: 'lt', value: 3 }, false],
    [{ question: 'visits', op: 'lte', value: 3 }, true],
    [{ question: 'visits', op: 'lte', value: 2 }, false],
    [{ question: 'visits', op: 'eq', value: 3 }, true],
    [{ question: 'visits', op: 'in', value: [1, 3] }, true],
    [{ question: 'last_visit', op: 'gt', value: '2024-04-30' }, true],
    [{ question: 'last_visit', op: 'lt', value: '2024-04-30' }, false],
    [{ question: 'last_visit', op: 'gte', value: '2024-05-01' }, true],
    [{ question: 'last_visit', op: 'lte', value: '2024-05-01' }, true],
    [{ question: 'service', op: 'answered' }, true],
    [{ question: 'comment', op: 'answered' }, false],
    [{ question: 'none', op: 'answered' }, false],
    [{ question: 'received', op: 'answered' }, true],
    [{ question: 'aspects', op: 'answered' }, true],
  ])('should evaluate %j as %s', (condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it('should treat a multi-choice answer as "includes" for eq, in and selected', () => {
    const has = (op: 'eq' | 'in' | 'selected', value: string | string[]) =>
      evaluateCondition({ question: 'received', op, value }, answers);
    expect(has('selected', 'naloxone')).toBe(true);
    expect(has('selected', 'condoms')).toBe(false);
    expect(has('eq', 'syringes')).toBe(true);
    expect(has('eq', 'condoms')).toBe(false);
    expect(has('in', ['condoms', 'naloxone'])).toBe(true);
    expect(has('in', ['condoms', 'nothing'])).toBe(false);
  });

  it('should treat a multi-choice answer as "includes none of" for neq and notIn', () => {
    expect(evaluateCondition({ question: 'received', op: 'neq', value: 'condoms' }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'received', op: 'neq', value: 'syringes' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'received', op: 'notIn', value: ['condoms', 'x'] }, answers)).toBe(
      true,
    );
    expect(evaluateCondition({ question: 'received', op: 'notIn', value: ['naloxone'] }, answers)).toBe(
      false,
    );
    expect(evaluateCondition({ question: 'received', op: 'gt', value: 'a' }, answers)).toBe(false);
  });

  it('should make every operator but "answered" false for an unanswered question', () => {
    for (const op of ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'selected'] as const) {
      const value = op === 'in' || op === 'notIn' ? ['x'] : 'x';
      expect(evaluateCondition({ question: 'missing', op, value }, answers)).toBe(false);
      expect(evaluateCondition({ question: 'comment', op, value }, answers)).toBe(false);
      expect(evaluateCondition({ question: 'none', op, value }, answers)).toBe(false);
    }
    expect(evaluateCondition({ question: 'missing', op: 'answered' }, answers)).toBe(false);
    expect(evaluateCondition({ not: { question: 'missing', op: 'answered' } }, answers)).toBe(true);
  });

  it('should read a matrix row with "matrix.row"', () => {
    expect(evaluateCondition({ question: 'aspects.hours', op: 'eq', value: '4' }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'aspects.hours', op: 'in', value: ['1', '2'] }, answers)).toBe(
      false,
    );
    expect(evaluateCondition({ question: 'aspects.privacy', op: 'answered' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'aspects.privacy', op: 'neq', value: '4' }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'service.hours', op: 'answered' }, answers)).toBe(false);
  });

  it('should match a choice code written as a number', () => {
    expect(evaluateCondition({ question: 'respect', op: 'eq', value: 4 }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'respect', op: 'in', value: [1, 4] }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'respect', op: 'neq', value: 4 }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'aspects.hours', op: 'eq', value: 4 }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'visits', op: 'eq', value: '3' }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'visits', op: 'eq', value: '' }, { visits: 0 })).toBe(false);
  });

  it('should join comparisons with all, any and not', () => {
    const yes: Condition = { question: 'service', op: 'eq', value: 'nsp' };
    const no: Condition = { question: 'service', op: 'eq', value: 'ost' };
    expect(evaluateCondition({ all: [yes, yes] }, answers)).toBe(true);
    expect(evaluateCondition({ all: [yes, no] }, answers)).toBe(false);
    expect(evaluateCondition({ any: [no, yes] }, answers)).toBe(true);
    expect(evaluateCondition({ any: [no, no] }, answers)).toBe(false);
    expect(evaluateCondition({ not: no }, answers)).toBe(true);
    expect(evaluateCondition({ not: { any: [no, { all: [yes, { not: no }] }] } }, answers)).toBe(false);
  });
});

describe('isAnswered', () => {
  it('should count empty strings, lists and objects as unanswered', () => {
    expect([undefined, null, '', [], {}].map(isAnswered)).toEqual([false, false, false, false, false]);
    expect(['x', 0, ['a'], { r: '1' }].map(isAnswered)).toEqual([true, true, true, true]);
  });
});

describe('answerAt', () => {
  it('should read an item or a matrix row', () => {
    expect(answerAt(answers, 'service')).toBe('nsp');
    expect(answerAt(answers, 'aspects.hours')).toBe('4');
    expect(answerAt(answers, 'received.0')).toBeUndefined();
    expect(answerAt(answers, 'nothing.row')).toBeUndefined();
  });
});

describe('comparisonsOf', () => {
  it('should list every comparison with its path below the condition', () => {
    const a: Condition = { question: 'a', op: 'answered' };
    const b: Condition = { question: 'b', op: 'eq', value: 'x' };
    expect(comparisonsOf({ any: [a, { not: { all: [a, b] } }] })).toEqual([
      { comparison: a, path: '.any[0]' },
      { comparison: a, path: '.any[1].not.all[0]' },
      { comparison: b, path: '.any[1].not.all[1]' },
    ]);
    expect(comparisonsOf(a)).toEqual([{ comparison: a, path: '' }]);
  });
});
