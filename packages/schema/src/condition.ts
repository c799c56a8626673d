import type { Comparison, ConditionScalar } from './condition-schema.ts';
import { evaluateExpression, type RepeatContext } from './expression/evaluate.ts';
import { parseExpression } from './expression/parse.ts';
import { expressionReferences } from './expression/references.ts';
import { toBoolean } from './expression/values.ts';

// The zod schemas of conditions live in condition-schema.ts: evaluating a condition (on every
// collect screen) needs no zod.
export type { Comparison, ConditionScalar };

/** Operators that compare one answer with a value. */
export const COMPARISON_OPERATORS = [
  'eq',
  'neq',
  'in',
  'notIn',
  'gt',
  'gte',
  'lt',
  'lte',
  'answered',
  'selected',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/**
 * A condition written as an expression (docs/expressions.md), for what comparisons cannot say:
 * arithmetic, `count-selected(${q}) > 1`, `regex()`; true when its value is (a non-zero number,
 * a non-empty text). Forms imported from XLSForm keep such `relevant` expressions this way.
 */
export interface ExpressionCondition {
  expression: string;
}

/** A `showIf` condition: a JSON tree of comparisons joined by `all`, `any` and `not`; data, never code. */
export type Condition =
  | Comparison
  | ExpressionCondition
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Answers as stored: an object keyed by item id. */
export type AnswerValue = string | number | readonly string[] | Readonly<Record<string, string>>;
export type AnswerRecord = Readonly<Record<string, unknown>>;

/**
 * An answer the object holds itself: a question or row id such as `constructor` never reads
 * Object.prototype. Answers are JSON, so a function or Object.prototype itself can only come from
 * the prototype; checking the value first keeps the common read a plain property access.
 */
export function ownAnswer(record: object, key: string): unknown {
  const value = (record as Record<string, unknown>)[key];
  if (typeof value === 'function' || value === Object.prototype)
    return Object.hasOwn(record, key) ? value : undefined;
  return value;
}

/** Read the answer a comparison refers to (`q` or `matrix.row`); undefined when unanswered. */
export function answerAt(answers: AnswerRecord, question: string): unknown {
  const dot = question.indexOf('.');
  if (dot < 0) return ownAnswer(answers, question);
  const row = ownAnswer(answers, question.slice(0, dot));
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return undefined;
  return ownAnswer(row, question.slice(dot + 1));
}

export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function numeral(value: string): number | undefined {
  return value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : undefined;
}

function order(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' && typeof b === 'string') {
    const n = numeral(b);
    return n === undefined ? undefined : a - n;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return undefined;
}

/** Equality of an answer and a condition value, either way round: `"4"` matches `4`, `"true"` matches `true`. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b !== 'string') return same(b, a);
  if (typeof a === 'number' && typeof b === 'string') return a === numeral(b);
  if (typeof a === 'boolean' && typeof b === 'string') return String(a) === b;
  return a === b;
}

function list(value: Comparison['value']): readonly ConditionScalar[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value as ConditionScalar];
}

function compare(c: Comparison, answers: AnswerRecord): boolean {
  const answer = answerAt(answers, c.question);
  if (c.op === 'answered') return isAnswered(answer);
  if (!isAnswered(answer)) return false;
  const values = list(c.value);
  if (Array.isArray(answer)) {
    // multi choice: eq/in/selected mean "includes", neq/notIn "includes none of"
    const hit = values.some((v) => answer.some((a) => same(a, v)));
    switch (c.op) {
      case 'eq':
      case 'in':
      case 'selected':
        return hit;
      case 'neq':
      case 'notIn':
        return !hit;
      default:
        return false;
    }
  }
  switch (c.op) {
    case 'eq':
    case 'selected':
      return same(answer, values[0]);
    case 'neq':
      return !same(answer, values[0]);
    case 'in':
      return values.some((v) => same(answer, v));
    case 'notIn':
      return !values.some((v) => same(answer, v));
    default: {
      const diff = order(answer, values[0]);
      if (diff === undefined) return false;
      if (c.op === 'gt') return diff > 0;
      if (c.op === 'gte') return diff >= 0;
      if (c.op === 'lt') return diff < 0;
      return diff <= 0;
    }
  }
}

/** An expression condition's value; one that does not parse (a draft kolo refuses) is false. */
function holds(
  source: string,
  answers: AnswerRecord,
  today: string | undefined,
  context: RepeatContext | undefined,
): boolean {
  const parsed = parseExpression(source);
  return parsed.success && toBoolean(evaluateExpression(parsed.expression, { ...context, answers, today }));
}

/**
 * Evaluate a `showIf` condition against answers. No condition means always shown. `today` is the
 * day `today()` returns in an expression condition (the day of collection, on the server);
 * `context` says which repeat instance is evaluated (answers then being its `instanceAnswers`).
 * @example evaluateCondition({ question: 'age', op: 'gte', value: 18 }, { age: 20 }) // true
 */
export function evaluateCondition(
  condition: Condition | undefined,
  answers: AnswerRecord,
  today?: string,
  context?: RepeatContext,
): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, today, context));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, today, context));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, today, context);
  if ('expression' in condition) return holds(condition.expression, answers, today, context);
  return compare(condition, answers);
}

/** Every leaf of a condition tree (comparison or expression), in order, with its path below the condition. */
export function conditionLeaves(
  condition: Condition,
  path = '',
): Array<{ leaf: Comparison | ExpressionCondition; path: string }> {
  if ('all' in condition) return condition.all.flatMap((c, i) => conditionLeaves(c, `${path}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => conditionLeaves(c, `${path}.any[${i}]`));
  if ('not' in condition) return conditionLeaves(condition.not, `${path}.not`);
  return [{ leaf: condition, path }];
}

/** Every comparison in a condition tree, in order, with its path below the condition (expressions left out). */
export function comparisonsOf(
  condition: Condition,
  path = '',
): Array<{ comparison: Comparison; path: string }> {
  return conditionLeaves(condition, path).flatMap(({ leaf, path: at }) =>
    'expression' in leaf ? [] : [{ comparison: leaf, path: at }],
  );
}

/**
 * The questions a condition reads, in order, each once: those its comparisons name (`matrix.row`
 * as written) and the `${name}`s of its expressions.
 */
export function conditionQuestions(condition: Condition): string[] {
  const names = new Set<string>();
  for (const { leaf } of conditionLeaves(condition)) {
    if (!('expression' in leaf)) {
      names.add(leaf.question);
      continue;
    }
    const parsed = parseExpression(leaf.expression);
    if (!parsed.success) continue;
    for (const ref of expressionReferences(parsed.expression)) if (ref.kind === 'ref') names.add(ref.name);
  }
  return [...names];
}
