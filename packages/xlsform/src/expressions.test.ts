// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import type { Condition } from '@kolo/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsToConstraint, constraintToBounds } from './constraint.ts';
import { parseExpression } from './expression-parser.ts';
import { conditionToRelevant, relevantToCondition } from './relevant.ts';

const reader = {
  refer: (name: string) => name.replace(/^m_/, 'm.'),
  keywordOf: (name: string) => ({ age: 'integer', single: 'select_one', multi: 'select_multiple' })[name],
};
const convert = (text: string) => relevantToCondition(text, reader);
const context = {
  nameOf: (ref: string) => ref.replace('.', '_'),
  isDate: (ref: string) => ref === 'day',
  isMulti: (ref: string) => ref === 'multi',
};

describe('relevant expressions', () => {
  it('should convert the common subset: =, !=, comparisons, and, or, not(), selected(), parentheses', () => {
    expect(convert(`\${single} = 'a'`)).toEqual({
      ok: true,
      value: { question: 'single', op: 'eq', value: 'a' },
    });
    expect(convert(`\${x} != 3`)).toEqual({ ok: true, value: { question: 'x', op: 'neq', value: 3 } });
    expect(convert(`10 < \${age} and \${day} <= date('2025-01-31')`)).toEqual({
      ok: true,
      value: {
        all: [
          { question: 'age', op: 'gt', value: 10 },
          { question: 'day', op: 'lte', value: '2025-01-31' },
        ],
      },
    });
    expect(convert(`selected(\${multi}, 'b') or not(\${x} = '' )`)).toEqual({
      ok: true,
      value: {
        any: [
          { question: 'multi', op: 'selected', value: 'b' },
          { not: { not: { question: 'x', op: 'answered' } } },
        ],
      },
    });
    expect(convert(`\${a} = 'x' and (\${b} = 'y' and \${c} = 'z')`)).toEqual({
      ok: true,
      value: {
        all: [
          { question: 'a', op: 'eq', value: 'x' },
          {
            all: [
              { question: 'b', op: 'eq', value: 'y' },
              { question: 'c', op: 'eq', value: 'z' },
            ],
          },
        ],
      },
    });
  });

  it('should read ODK habits the way their authors mean them', () => {
    // selected() on a select_one, a number written as text, curly quotes from a spreadsheet, a matrix row
    expect(convert(`selected(\${single}, 'a')`)).toMatchObject({ value: { op: 'eq', value: 'a' } });
    expect(convert(`\${age} >= '18'`)).toMatchObject({ value: { op: 'gte', value: 18 } });
    expect(convert(`\${x} = ‘yes’`)).toMatchObject({ value: { value: 'yes' } });
    expect(convert(`\${m_r1} = 'agree'`)).toMatchObject({ value: { question: 'm.r1' } });
    expect(convert(`count-selected(\${multi}) > 0`)).toEqual({
      ok: true,
      value: { question: 'multi', op: 'answered' },
    });
    expect(convert(`\${x} = true()`)).toMatchObject({ value: { value: true } });
  });

  it('should keep what comparisons cannot say whole, as an expression condition', () => {
    expect(convert(`\${a} + 1 > 2`)).toEqual({ ok: true, value: { expression: `\${a} + 1 > 2` } });
    expect(convert(`regex(\${a}, '^x')`)).toEqual({ ok: true, value: { expression: `regex(\${a}, '^x')` } });
    expect(convert(`\${a} = \${b}`)).toEqual({ ok: true, value: { expression: `\${a} = \${b}` } });
    expect(convert(`\${counter} mod \${skip} = 0 and \${m_r} = '1'`)).toEqual({
      ok: true,
      value: { expression: `\${counter} mod \${skip} = 0 and \${m.r} = '1'` },
    });
    expect(convert(`count-selected(\${multi}) > 1`)).toEqual({
      ok: true,
      value: { expression: `count-selected(\${multi}) > 1` },
    });
  });

  it('should write an expression condition back with its XLSForm names, in parentheses when joined', () => {
    const condition: Condition = {
      all: [{ question: 'single', op: 'eq', value: 'a' }, { expression: '${x} mod 2 = 0 or ${m.r} > 1' }],
    };
    expect(conditionToRelevant(condition, context, reader).text).toBe(
      "${single} = 'a' and (${x} mod 2 = 0 or ${m_r} > 1)",
    );
  });

  it('should refuse what kolo cannot read, naming the part and where it is', () => {
    expect(convert('answered')).toMatchObject({ ok: false });
    expect(convert('false')).toEqual({ ok: true, value: { expression: 'false()' } });
    expect(convert('. > 1')).toMatchObject({ ok: false });
    expect(convert('position(.) < 3')).toMatchObject({ ok: false });
    expect(convert('position(..) < 3')).toEqual({ ok: true, value: { expression: 'position(..) < 3' } });
    expect(convert(`\${a} = 'x' and`)).toMatchObject({
      ok: false,
      message: 'the expression ends too early',
      at: 14,
    });
    expect(convert(`(((\${a} = 1)`)).toMatchObject({ ok: false, message: 'expected ")" but found the end' });
    expect(convert("/data/a = '1'")).toMatchObject({ ok: false, at: 0 });
    expect(convert(`\${a} = 1 # 2`)).toMatchObject({ ok: false, message: 'unexpected "#"', at: 9 });
  });

  it('should write conditions that read back the same, and say when they would not', () => {
    const exact: Condition = {
      all: [
        { question: 'age', op: 'gte', value: 18 },
        {
          any: [
            { question: 'day', op: 'lt', value: '2025-01-01' },
            { not: { question: 'x', op: 'answered' } },
          ],
        },
      ],
    };
    expect(conditionToRelevant(exact, context, reader)).toEqual({
      text: `\${age} >= 18 and (\${day} < date('2025-01-01') or not(\${x} != ''))`,
      exact: true,
    });
    const inList: Condition = { question: 'x', op: 'in', value: ['a', 'b'] };
    expect(conditionToRelevant(inList, context, reader)).toEqual({
      text: `(\${x} = 'a' or \${x} = 'b')`,
      exact: false,
    });
    expect(conditionToRelevant({ all: [inList] }, context, reader).exact).toBe(false);
    expect(conditionToRelevant({ question: 'multi', op: 'eq', value: 'a' }, context, reader).text).toBe(
      `selected(\${multi}, 'a')`,
    );
    expect(conditionToRelevant({ question: 'x', op: 'eq', value: "don't" }, context, reader)).toEqual({
      text: `\${x} = "don't"`,
      exact: true,
    });
  });

  it('should never throw on any text, only answer ok or not', () => {
    const pieces = fc.constantFrom(
      `\${a}`,
      '(',
      ')',
      ' and ',
      ' or ',
      'not(',
      "'x'",
      '1',
      '=',
      '!=',
      '<',
      '.',
      ',',
      '-',
      'selected(',
      '"',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(typeof parseExpression(text).ok).toBe('boolean');
          expect(typeof convert(text).ok).toBe('boolean');
          expect(constraintToBounds(text, 'integer').problems).toBeInstanceOf(Array);
        },
      ),
      { numRuns: 2000 },
    );
    expect(parseExpression('('.repeat(5000))).toMatchObject({
      ok: false,
      message: 'the expression is nested too deeply',
    });
    expect(parseExpression('-'.repeat(5000))).toMatchObject({ ok: false });
  });
});

describe('constraints', () => {
  it('should read bounds from the constraints teams write', () => {
    expect(constraintToBounds('. >= 0 and . <= 120', 'integer')).toEqual({
      bounds: { min: 0, max: 120 },
      problems: [],
    });
    expect(constraintToBounds('(. > 0) and (. < 10)', 'integer').bounds).toEqual({ min: 1, max: 9 });
    expect(constraintToBounds('120 >= . and . >= -5.5', 'decimal').bounds).toEqual({ min: -5.5, max: 120 });
    expect(constraintToBounds(". >= date('2024-01-01')", 'date').bounds).toEqual({ min: '2024-01-01' });
    expect(constraintToBounds('string-length(.) <= 200', 'text').bounds).toEqual({ maxLength: 200 });
    expect(constraintToBounds('count-selected(.) < 4', 'multi').bounds).toEqual({ maxSelections: 3 });
  });

  it('should keep the parts it can and report the others', () => {
    const result = constraintToBounds(". >= 0 and regex(., '[0-9]+') and . <= today()", 'integer');
    expect(result.bounds).toEqual({ min: 0 });
    expect(result.problems.map((p) => p.at)).toEqual([11, 34]);
    expect(constraintToBounds('. > 0.5', 'decimal').problems[0]?.message).toContain(
      'cannot be kept on a decimal',
    );
    expect(constraintToBounds('. >= 1 or . <= 5', 'integer').problems).toHaveLength(1);
  });

  it('should write bounds that read back the same', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
          { nil: undefined },
        ),
        fc.option(fc.integer(), { nil: undefined }),
        (min, max) => {
          fc.pre(min !== undefined || max !== undefined);
          const bounds = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
          const text = boundsToConstraint(bounds, 'decimal');
          expect(constraintToBounds(text, 'decimal')).toEqual({ bounds, problems: [] });
        },
      ),
    );
  });
});
