import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_OPERATORS, type BinaryOperator, type ExpressionNode } from './ast.ts';
import { evaluateExpression } from './evaluate.ts';
import { FUNCTION_NAMES } from './functions.ts';
import { parseExpression } from './parse.ts';
import { printExpression } from './print.ts';

const RUNS = 300;
const NAMES = ['a', 'b', 'services', 'visit'] as const;

/** Trees as the parser builds them (a column on each located node), so they can be compared. */
function treeArb(): fc.Arbitrary<ExpressionNode> {
  const { node } = fc.letrec<{ node: ExpressionNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer({ min: 0, max: 1000 }).map((value): ExpressionNode => ({ type: 'number', value })),
      fc
        .double({ min: 0, max: 1000, noNaN: true })
        .map((value): ExpressionNode => ({ type: 'number', value })),
      fc
        .constantFrom('', 'nsp', 'a b', "it's", '2026-01-31')
        .map((value): ExpressionNode => ({ type: 'string', value })),
      fc.constantFrom(...NAMES).map((name): ExpressionNode => ({ type: 'ref', name, column: 0 })),
      fc.constant<ExpressionNode>({ type: 'current', column: 0 }),
      fc
        .tuple(fc.constantFrom(...BINARY_OPERATORS), tie('node'), tie('node'))
        .map(([op, left, right]): ExpressionNode => ({ type: 'binary', op, left, right })),
      tie('node').map((operand): ExpressionNode => ({ type: 'negate', operand })),
      fc
        .tuple(
          fc.constantFrom('if', 'not', 'concat', 'coalesce', 'round', 'int', 'selected', 'count-selected'),
          fc.array(tie('node'), { minLength: 3, maxLength: 3 }),
        )
        .map(([name, args]): ExpressionNode => {
          const arity: Record<string, number> = {
            if: 3,
            not: 1,
            concat: 3,
            coalesce: 2,
            round: 1,
            int: 1,
            selected: 2,
          };
          return { type: 'call', name, args: args.slice(0, arity[name] ?? 1), column: 0 };
        }),
    ),
  }));
  return node;
}

/** The tree without columns, which depend on the printed text. */
function shape(node: ExpressionNode): unknown {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'column' ? undefined : value)));
}

const answersArb = fc.record(
  {
    a: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.boolean()),
    b: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 4 })),
    services: fc.oneof(fc.array(fc.constantFrom('nsp', 'ost', 'none')), fc.anything()),
    visit: fc.oneof(fc.constant('2026-12-01'), fc.string()),
  },
  { requiredKeys: [] },
);

/** A second, independent evaluator for numbers and booleans: XPath 1.0 as its spec states it. */
function reference(node: ExpressionNode, answers: Record<string, number>): number | boolean {
  const num = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 1 : 0) : v);
  const bool = (v: number | boolean) => (typeof v === 'boolean' ? v : v !== 0 && !Number.isNaN(v));
  switch (node.type) {
    case 'number':
      return node.value;
    case 'ref':
      return answers[node.name] ?? Number.NaN;
    case 'negate':
      return -num(reference(node.operand, answers));
    case 'binary': {
      const l = reference(node.left, answers);
      const r = reference(node.right, answers);
      const ops: Record<BinaryOperator, () => number | boolean> = {
        or: () => bool(l) || bool(r),
        and: () => bool(l) && bool(r),
        '=': () => (typeof l === 'boolean' || typeof r === 'boolean' ? bool(l) === bool(r) : l === r),
        '!=': () => (typeof l === 'boolean' || typeof r === 'boolean' ? bool(l) !== bool(r) : l !== r),
        '<': () => num(l) < num(r),
        '<=': () => num(l) <= num(r),
        '>': () => num(l) > num(r),
        '>=': () => num(l) >= num(r),
        '+': () => num(l) + num(r),
        '-': () => num(l) - num(r),
        '*': () => num(l) * num(r),
        div: () => num(l) / num(r),
        mod: () => num(l) % num(r),
      };
      return ops[node.op]();
    }
    default:
      throw new Error(`not in the numeric subset: ${node.type}`);
  }
}

function numericTreeArb(): fc.Arbitrary<ExpressionNode> {
  const { node } = fc.letrec<{ node: ExpressionNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.integer({ min: 0, max: 50 }).map((value): ExpressionNode => ({ type: 'number', value })),
      fc.constantFrom('a', 'b').map((name): ExpressionNode => ({ type: 'ref', name, column: 0 })),
      fc
        .tuple(fc.constantFrom(...BINARY_OPERATORS), tie('node'), tie('node'))
        .map(([op, left, right]): ExpressionNode => ({ type: 'binary', op, left, right })),
      tie('node').map((operand): ExpressionNode => ({ type: 'negate', operand })),
    ),
  }));
  return node;
}

describe('expression properties', () => {
  it('should parse a printed tree back to the same tree', () => {
    fc.assert(
      fc.property(treeArb(), (tree) => {
        const parsed = parseExpression(printExpression(tree));
        expect(parsed.success && shape(parsed.expression)).toEqual(shape(tree));
      }),
      { numRuns: RUNS },
    );
  });

  it('should never throw on any answers, current value or day', () => {
    fc.assert(
      fc.property(treeArb(), answersArb, fc.anything(), fc.string(), (tree, answers, current, today) => {
        const value = evaluateExpression(tree, { answers, current, today });
        expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
      }),
      { numRuns: RUNS },
    );
  });

  it('should compute numbers and booleans as an independent XPath evaluator does', () => {
    fc.assert(
      fc.property(
        numericTreeArb(),
        fc.integer({ min: -20, max: 20 }),
        fc.integer({ min: -20, max: 20 }),
        (tree, a, b) => {
          expect(evaluateExpression(tree, { answers: { a, b } })).toStrictEqual(reference(tree, { a, b }));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('should give a located error, never a throw, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (source) => {
        const result = parseExpression(source);
        if (!result.success) {
          expect(result.error.column).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeLessThanOrEqual(source.length + 1);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('should offer every function the docs list', () => {
    expect(FUNCTION_NAMES).toEqual(
      expect.arrayContaining([
        'if',
        'concat',
        'coalesce',
        'round',
        'int',
        'number',
        'string-length',
        'selected',
        'count-selected',
        'regex',
        'today',
        'date',
      ]),
    );
  });
});
