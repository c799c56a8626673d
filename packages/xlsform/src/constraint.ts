import { type CompareOp, type Expr, parseExpression } from './expression-parser.ts';
import { literalOf } from './relevant.ts';

/** The bounds a constraint can give, by the kind of question it is on. */
export type ConstraintTarget = 'integer' | 'decimal' | 'date' | 'text' | 'multi' | 'other';

/** Bounds read from a constraint: `min`/`max` of a number or date, `maxLength`, `maxSelections`. */
export interface Bounds {
  min?: number | string;
  max?: number | string;
  maxLength?: number;
  maxSelections?: number;
}

export interface ConstraintResult {
  readonly bounds: Bounds;
  /** Parts that could not be converted, each with a message and its offset. */
  readonly problems: ReadonlyArray<{ readonly message: string; readonly at: number }>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = {
  '=': '=',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

const unwrap = (expr: Expr): Expr => (expr.type === 'group' ? unwrap(expr.expr) : expr);

/** The conjuncts of `a and (b and c)`. */
function conjuncts(expr: Expr): Expr[] {
  const inner = unwrap(expr);
  return inner.type === 'and' ? inner.items.flatMap(conjuncts) : [inner];
}

/** What the left side measures: the answer itself (`.`), its length or its count of choices. */
function subject(expr: Expr): 'self' | 'length' | 'count' | undefined {
  const inner = unwrap(expr);
  if (inner.type === 'self') return 'self';
  if (inner.type !== 'call' || inner.args.length !== 1 || unwrap(inner.args[0] as Expr).type !== 'self')
    return undefined;
  if (inner.name === 'string-length') return 'length';
  if (inner.name === 'count-selected') return 'count';
  return undefined;
}

function apply(part: Expr, target: ConstraintTarget, bounds: Bounds): string | undefined {
  if (part.type !== 'compare') return 'only comparisons joined with "and" can be converted';
  let { op, left, right } = part;
  if (subject(left) === undefined && subject(right) !== undefined) {
    [left, right] = [right, left];
    op = FLIPPED[op];
  }
  const what = subject(left);
  const value = literalOf(right);
  if (what === undefined || value === undefined)
    return 'compare "." (or string-length(.), count-selected(.)) with a number or a date';
  if (op === '=' || op === '!=') return `"${op}" gives no bounds: use >= and <=`;
  const upper = op === '<' || op === '<=';
  const strict = op === '<' || op === '>';
  if (what === 'self' && (target === 'integer' || target === 'decimal')) {
    if (typeof value !== 'number') return 'a number question is bounded by numbers';
    if (strict && target === 'decimal') return `"${op}" cannot be kept on a decimal: use >= or <=`;
    const bound = strict ? (upper ? value - 1 : value + 1) : value;
    if (upper) bounds.max = bound;
    else bounds.min = bound;
    return undefined;
  }
  if (what === 'self' && target === 'date') {
    if (typeof value !== 'string' || !ISO_DATE.test(value))
      return "a date question is bounded by date('YYYY-MM-DD')";
    if (strict) return `"${op}" cannot be kept on a date: use >= or <=`;
    if (upper) bounds.max = value;
    else bounds.min = value;
    return undefined;
  }
  const counted = (what === 'length' && target === 'text') || (what === 'count' && target === 'multi');
  if (counted && upper && typeof value === 'number' && Number.isInteger(value)) {
    const limit = op === '<' ? value - 1 : value;
    if (limit < 1) return 'the limit must allow at least one';
    if (target === 'text') bounds.maxLength = limit;
    else bounds.maxSelections = limit;
    return undefined;
  }
  return `this constraint does not fit a ${target === 'other' ? 'question of this type' : `${target} question`}`;
}

/**
 * Read bounds from an XLSForm constraint such as `. >= 0 and . <= 120`,
 * `string-length(.) <= 200` or `count-selected(.) <= 3`; unsupported parts are reported.
 * @example constraintToBounds('. >= 0 and . <= 120', 'integer') // { bounds: { min: 0, max: 120 }, problems: [] }
 */
export function constraintToBounds(text: string, target: ConstraintTarget): ConstraintResult {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { bounds: {}, problems: [{ message: parsed.message, at: parsed.at }] };
  const bounds: Bounds = {};
  const problems: Array<{ message: string; at: number }> = [];
  for (const part of conjuncts(parsed.expr)) {
    const problem = apply(part, target, bounds);
    if (problem) problems.push({ message: problem, at: part.at });
  }
  return { bounds, problems };
}

/** Write bounds as an XLSForm constraint; empty when there are none. */
export function boundsToConstraint(bounds: Bounds, target: ConstraintTarget): string {
  const parts: string[] = [];
  const value = (v: number | string) => (typeof v === 'number' ? String(v) : `date('${v}')`);
  if (target === 'text' && bounds.maxLength !== undefined)
    parts.push(`string-length(.) <= ${bounds.maxLength}`);
  if (target === 'multi' && bounds.maxSelections !== undefined)
    parts.push(`count-selected(.) <= ${bounds.maxSelections}`);
  if (bounds.min !== undefined) parts.push(`. >= ${value(bounds.min)}`);
  if (bounds.max !== undefined) parts.push(`. <= ${value(bounds.max)}`);
  return parts.join(' and ');
}
