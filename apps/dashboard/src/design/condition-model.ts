import type { Comparison, ComparisonOperator, Condition, ConditionScalar } from '@kolo/schema';

/** One "show this question when <question> <operator> <value>" row of the condition editor. */
export interface ConditionRow {
  readonly question: string;
  readonly op: ComparisonOperator;
  readonly value?: ConditionScalar | ConditionScalar[];
}

/** What the condition editor shows: rows joined by "all" or "any". No rows means "always shown". */
export interface ConditionModel {
  readonly join: 'all' | 'any';
  readonly rows: readonly ConditionRow[];
}

/** A condition the editor cannot show as rows (nested groups, `not`): kept as it is, read-only. */
export interface ComplexCondition {
  readonly complex: Condition;
}

export const EMPTY_CONDITION: ConditionModel = { join: 'all', rows: [] };

function isComparison(condition: Condition): condition is Comparison {
  return 'question' in condition && 'op' in condition;
}

function toRow(c: Comparison): ConditionRow {
  return c.value === undefined
    ? { question: c.question, op: c.op }
    : { question: c.question, op: c.op, value: c.value };
}

/**
 * Read a `showIf` into editor rows: none, one comparison, or one `all`/`any` group of comparisons.
 * Anything deeper comes back as `{ complex }` so it is shown read-only, never dropped.
 * @example conditionModel({ question: 'visited', op: 'eq', value: 'yes' }) // { join: 'all', rows: [...] }
 */
export function conditionModel(condition: Condition | undefined): ConditionModel | ComplexCondition {
  if (condition === undefined) return EMPTY_CONDITION;
  if (isComparison(condition)) return { join: 'all', rows: [toRow(condition)] };
  if ('all' in condition && condition.all.every(isComparison))
    return { join: 'all', rows: condition.all.filter(isComparison).map(toRow) };
  if ('any' in condition && condition.any.every(isComparison))
    return { join: 'any', rows: condition.any.filter(isComparison).map(toRow) };
  return { complex: condition };
}

/**
 * Write editor rows as a `showIf`: nothing for no rows, a bare comparison for one "all" row,
 * otherwise an `all` or `any` group (so the editor reads back exactly what it wrote).
 */
export function conditionOf(model: ConditionModel): Condition | undefined {
  const comparisons: Comparison[] = model.rows.map((row) =>
    row.value === undefined
      ? { question: row.question, op: row.op }
      : { question: row.question, op: row.op, value: row.value },
  );
  const [first] = comparisons;
  if (first === undefined) return undefined;
  if (comparisons.length === 1 && model.join === 'all') return first;
  return model.join === 'all' ? { all: comparisons } : { any: comparisons };
}

export function isComplex(model: ConditionModel | ComplexCondition): model is ComplexCondition {
  return 'complex' in model;
}
