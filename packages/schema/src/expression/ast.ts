/**
 * The parsed form of an expression: plain JSON data (no functions, no classes), so it can be
 * cached, compared, printed back and evaluated by the same code in the browser and on the server.
 */

/** Operators between two operands, loosest first: `or`, `and`, equality, order, sums, products. */
export const BINARY_OPERATORS = [
  'or',
  'and',
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  'div',
  'mod',
] as const;
export type BinaryOperator = (typeof BINARY_OPERATORS)[number];

/** One node of an expression tree; `column` (1-based) points into the source for located errors. */
export type ExpressionNode =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  /** `${name}`: the answer to an item, or a calculated value. */
  | { readonly type: 'ref'; readonly name: string; readonly column: number }
  /** `.`: the answer being checked, in a constraint. */
  | { readonly type: 'current'; readonly column: number }
  /** A bare name: a property of the choice being filtered (`name` is its value), in a choice filter. */
  | { readonly type: 'name'; readonly name: string; readonly column: number }
  | { readonly type: 'negate'; readonly operand: ExpressionNode }
  | {
      readonly type: 'binary';
      readonly op: BinaryOperator;
      readonly left: ExpressionNode;
      readonly right: ExpressionNode;
    }
  | {
      readonly type: 'call';
      readonly name: string;
      readonly args: readonly ExpressionNode[];
      readonly column: number;
    };

/** A located problem in an expression's text, e.g. `col 14: unknown function 'sum2'`. */
export interface ExpressionError {
  /** 1-based position in the expression text. */
  readonly column: number;
  readonly message: string;
}

/** Render an expression error the way staff read it. */
export function formatExpressionError(error: ExpressionError): string {
  return `col ${error.column}: ${error.message}`;
}
