import type { Comparison, ConditionScalar } from './condition-schema.ts';

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

/** A `showIf` condition: a JSON tree of comparisons joined by `all`, `any` and `not`; data, never code. */
export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

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

/**
 * Evaluate a `showIf` condition against answers. No condition means always shown.
 * @example evaluateCondition({ question: 'age', op: 'gte', value: 18 }, { age: 20 }) // true
 */
export function evaluateCondition(condition: Condition | undefined, answers: AnswerRecord): boolean {
  if (condition === undefined) return true;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  return compare(condition, answers);
}

/** Every comparison in a condition tree, in order, with its path below the condition. */
export function comparisonsOf(
  condition: Condition,
  path = '',
): Array<{ comparison: Comparison; path: string }> {
  if ('all' in condition) return condition.all.flatMap((c, i) => comparisonsOf(c, `${path}.all[${i}]`));
  if ('any' in condition) return condition.any.flatMap((c, i) => comparisonsOf(c, `${path}.any[${i}]`));
  if ('not' in condition) return comparisonsOf(condition.not, `${path}.not`);
  return [{ comparison: condition, path }];
}
