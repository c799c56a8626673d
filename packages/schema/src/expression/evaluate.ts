import { ownAnswer } from '../condition.ts';
import type { BinaryOperator, ExpressionNode } from './ast.ts';
import { FUNCTIONS } from './functions.ts';
import type { SurveyLookups } from './lookup-table.ts';
import { type ExpressionValue, fromAnswer, toBoolean, toNumber, toText } from './values.ts';

/** A choice as a choice filter sees it: `name` is its value, other bare names its properties. */
export interface ChoiceInScope {
  readonly value: string;
  readonly properties?: Readonly<Record<string, string>> | undefined;
}

/** What an expression reads: answers by item id, `.` and the choice a filter is testing. */
export interface ExpressionScope {
  /** Answers (and calculated values) by item id; read own properties only. */
  readonly answers: Readonly<Record<string, unknown>>;
  /** The answer being checked (`.`), in a constraint. */
  readonly current?: unknown;
  /** The choice being tested, in a choice filter. */
  readonly choice?: ChoiceInScope | undefined;
  /** Today as `YYYY-MM-DD`; defaults to the UTC date now. */
  readonly today?: string | undefined;
  /** The 1-based number of the repeat instance being evaluated, what `position(..)` returns. */
  readonly position?: number | undefined;
  /**
   * The repeat section of each item asked in one (item id -> section id), so `sum(${item})` finds
   * its instances; without it they are found by looking through the answers' lists.
   */
  readonly repeats?: ReadonlyMap<string, string> | undefined;
  /** The survey's lookup tables (`definition.lookups`), what `pulldata()` reads. */
  readonly lookups?: SurveyLookups | undefined;
}

/**
 * Where an expression is evaluated, for callers that pass answers and a day: the repeat instance
 * and layout, and the survey's lookup tables.
 */
export type RepeatContext = Pick<ExpressionScope, 'position' | 'repeats' | 'lookups'>;

/** Functions that, given `${item}` of a repeat (or `${section}`), read it in every instance. */
export const AGGREGATE_FUNCTIONS: ReadonlySet<string> = new Set([
  'sum',
  'min',
  'max',
  'join',
  'count',
  'count-selected',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The instances of a repeat section's answer (a list of records), or undefined for any other value. */
export function instancesOf(value: unknown): readonly Record<string, unknown>[] | undefined {
  return Array.isArray(value) && value.every(isRecord) ? value : undefined;
}

/** The instances holding a repeat item: by the scope's layout, else the list where it is answered. */
function listHolding(name: string, scope: ExpressionScope): readonly Record<string, unknown>[] | undefined {
  const section = scope.repeats?.get(name);
  if (section !== undefined) return instancesOf(ownAnswer(scope.answers, section)) ?? [];
  if (scope.repeats) return undefined;
  for (const value of Object.values(scope.answers)) {
    const records = instancesOf(value);
    if (records?.some((r) => Object.hasOwn(r, name))) return records;
  }
  return undefined;
}

/**
 * What an aggregate reads from `${name}`: one value per instance of a repeat (unanswered ones
 * left out, except for `count`, which counts instances), one blank per instance of a section, or
 * the single answer. Inside an instance its own items are plain answers, as in XLSForm.
 */
function nodesOf(name: string, scope: ExpressionScope, counting: boolean): ExpressionValue[] {
  const { answers } = scope;
  if (Object.hasOwn(answers, name)) {
    const value = answers[name];
    const records = instancesOf(value);
    return records ? records.map(() => '') : [fromAnswer(value)];
  }
  const records = listHolding(name, scope);
  if (!records) return [''];
  const values = records.map((r) => fromAnswer(ownAnswer(r, name)));
  return counting ? values : values.filter((v) => v !== '' && !(Array.isArray(v) && v.length === 0));
}

function indexedRepeat(
  args: readonly ExpressionNode[],
  scope: ExpressionScope,
  today: string,
): ExpressionValue {
  const [item, section, index] = args;
  if (item?.type !== 'ref' || section?.type !== 'ref' || !index) return '';
  const n = toNumber(evaluate(index, scope, today));
  const records = instancesOf(ownAnswer(scope.answers, section.name)) ?? [];
  const record = Number.isInteger(n) && n >= 1 ? records[n - 1] : undefined;
  return record ? fromAnswer(ownAnswer(record, item.name)) : '';
}

/** Today's UTC date as `YYYY-MM-DD`, what `today()` returns unless the scope gives one. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

function equal(a: ExpressionValue, b: ExpressionValue): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBoolean(a) === toBoolean(b);
  if (typeof a === 'number' || typeof b === 'number') return toNumber(a) === toNumber(b);
  return toText(a) === toText(b);
}

function binary(op: BinaryOperator, left: ExpressionValue, right: () => ExpressionValue): ExpressionValue {
  switch (op) {
    case 'or':
      return toBoolean(left) || toBoolean(right());
    case 'and':
      return toBoolean(left) && toBoolean(right());
    case '=':
      return equal(left, right());
    case '!=':
      return !equal(left, right());
    case '<':
      return toNumber(left) < toNumber(right());
    case '<=':
      return toNumber(left) <= toNumber(right());
    case '>':
      return toNumber(left) > toNumber(right());
    case '>=':
      return toNumber(left) >= toNumber(right());
    case '+':
      return toNumber(left) + toNumber(right());
    case '-':
      return toNumber(left) - toNumber(right());
    case '*':
      return toNumber(left) * toNumber(right());
    case 'div':
      return toNumber(left) / toNumber(right());
    case 'mod':
      return toNumber(left) % toNumber(right());
  }
}

function evaluate(node: ExpressionNode, scope: ExpressionScope, today: string): ExpressionValue {
  switch (node.type) {
    case 'number':
    case 'string':
      return node.value;
    case 'ref':
      return fromAnswer(ownAnswer(scope.answers, node.name));
    case 'current':
      return fromAnswer(scope.current);
    case 'name': {
      const choice = scope.choice;
      if (!choice) return '';
      if (node.name === 'name') return choice.value;
      return choice.properties && Object.hasOwn(choice.properties, node.name)
        ? (choice.properties[node.name] ?? '')
        : '';
    }
    case 'negate':
      return -toNumber(evaluate(node.operand, scope, today));
    case 'binary':
      return binary(node.op, evaluate(node.left, scope, today), () => evaluate(node.right, scope, today));
    case 'call': {
      const spec = FUNCTIONS.get(node.name);
      if (!spec) return '';
      if (node.name === 'position') return scope.position ?? 1;
      if (node.name === 'indexed-repeat') return indexedRepeat(node.args, scope, today);
      if (AGGREGATE_FUNCTIONS.has(node.name)) {
        const counting = node.name === 'count';
        return spec.call(
          node.args.flatMap((arg) =>
            arg.type === 'ref' ? nodesOf(arg.name, scope, counting) : [evaluate(arg, scope, today)],
          ),
          { today, lookups: scope.lookups },
        );
      }
      if (node.name === 'if') {
        const [test, then, otherwise] = node.args;
        if (!test || !then || !otherwise) return '';
        return evaluate(toBoolean(evaluate(test, scope, today)) ? then : otherwise, scope, today);
      }
      return spec.call(
        node.args.map((arg) => evaluate(arg, scope, today)),
        { today, lookups: scope.lookups },
      );
    }
  }
}

/**
 * Evaluate a parsed expression; never throws: a value that makes no sense is NaN or ''.
 * @example evaluateExpression(parsed, { answers: { birth_year: 1990 }, today: '2026-12-06' })
 */
export function evaluateExpression(node: ExpressionNode, scope: ExpressionScope): ExpressionValue {
  return evaluate(node, scope, scope.today ?? todayUtc());
}
