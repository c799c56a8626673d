import { ownAnswer } from '../condition.ts';
import type { BinaryOperator, ExpressionNode } from './ast.ts';
import { FUNCTIONS } from './functions.ts';
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
      if (node.name === 'if') {
        const [test, then, otherwise] = node.args;
        if (!test || !then || !otherwise) return '';
        return evaluate(toBoolean(evaluate(test, scope, today)) ? then : otherwise, scope, today);
      }
      return spec.call(
        node.args.map((arg) => evaluate(arg, scope, today)),
        { today },
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
