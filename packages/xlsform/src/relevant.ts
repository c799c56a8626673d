import {
  type Comparison,
  type Condition,
  expressionReferences,
  parseExpression as parseKoloExpression,
} from '@kolo/schema';
import { deepEqual } from './deep-equal.ts';
import { renameReferences } from './expression-names.ts';
import { type CompareOp, type Expr, parseExpression } from './expression-parser.ts';

type Scalar = string | number | boolean;
export type ConvertResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string; readonly at: number };

const OPS: Readonly<Record<CompareOp, Comparison['op']>> = {
  '=': 'eq',
  '!=': 'neq',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
};
const FLIPPED: Readonly<Record<CompareOp, CompareOp>> = {
  '=': '=',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

class Unsupported {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

/** A literal value: a text, a number, `date('2024-01-31')`, `true()` or `false()`; else undefined. */
export function literalOf(expr: Expr): Scalar | undefined {
  if (expr.type === 'string' || expr.type === 'number') return expr.value;
  if (expr.type === 'group') return literalOf(expr.expr);
  if (expr.type !== 'call') return undefined;
  if ((expr.name === 'true' || expr.name === 'false') && expr.args.length === 0) return expr.name === 'true';
  const [arg] = expr.args;
  if (expr.name === 'date' && expr.args.length === 1 && arg?.type === 'string') return arg.value;
  return undefined;
}

const unwrap = (expr: Expr): Expr => (expr.type === 'group' ? unwrap(expr.expr) : expr);

/** `count-selected(${q})` or `string-length(${q})`: the question it measures. */
function measured(expr: Expr): string | undefined {
  const inner = unwrap(expr);
  if (inner.type !== 'call' || inner.args.length !== 1) return undefined;
  if (inner.name !== 'count-selected' && inner.name !== 'string-length') return undefined;
  const arg = inner.args[0] && unwrap(inner.args[0]);
  return arg?.type === 'ref' ? arg.name : undefined;
}

/** How names are read: what `${name}` refers to, and the XLSForm type of the question (to fit values to it). */
export interface ReferenceReader {
  refer(name: string): string;
  keywordOf?(name: string): string | undefined;
  /** The kolo code of an XLSForm choice name of the question `name` (codes kolo had to change). */
  choiceCode?(name: string, value: string): string;
}

const NUMBER_TYPES = new Set(['integer', 'decimal', 'range', 'int']);

/** A number question compared with '18' means 18. */
function fitted(reader: ReferenceReader, name: string, value: Scalar): Scalar {
  const keyword = reader.keywordOf?.(name);
  if (typeof value === 'string' && reader.choiceCode && keyword?.startsWith('select'))
    return reader.choiceCode(name, value);
  if (
    typeof value === 'string' &&
    keyword &&
    NUMBER_TYPES.has(keyword) &&
    value.trim() !== '' &&
    Number.isFinite(Number(value))
  )
    return Number(value);
  return value;
}

function comparison(expr: Extract<Expr, { type: 'compare' }>, reader: ReferenceReader): Condition {
  const refer = reader.refer;
  let { op, left, right } = expr;
  for (const side of [left, right]) {
    const inner = unwrap(side);
    if (inner.type === 'arithmetic')
      throw new Unsupported(`arithmetic ("${inner.op}") is not supported`, inner.at);
  }
  if (unwrap(left).type !== 'ref' && unwrap(right).type === 'ref') {
    [left, right] = [right, left];
    op = FLIPPED[op];
  }
  const counted = measured(left);
  const value = literalOf(right);
  if (counted !== undefined && typeof value === 'number') {
    // count-selected(${q}) > 0, string-length(${q}) = 0 and the like: whether it is answered
    const question = refer(counted);
    const answered = { question, op: 'answered' as const };
    if ((op === '>' && value === 0) || (op === '>=' && value === 1) || (op === '!=' && value === 0))
      return answered;
    if ((op === '=' || op === '<=') && value === 0) return { not: answered };
    if (op === '<' && value === 1) return { not: answered };
  }
  const ref = unwrap(left);
  if (ref.type !== 'ref')
    throw new Unsupported(`a comparison must have a question (\${name}) on one side`, expr.at);
  if (value === undefined)
    throw new Unsupported(
      `\${${ref.name}} can only be compared with a text, a number or date('YYYY-MM-DD')`,
      expr.at,
    );
  const question = refer(ref.name);
  if (value === '' && (op === '=' || op === '!=')) {
    const answered: Condition = { question, op: 'answered' };
    return op === '!=' ? answered : { not: answered };
  }
  return { question, op: OPS[op], value: fitted(reader, ref.name, value) };
}

function convert(expr: Expr, reader: ReferenceReader): Condition {
  switch (expr.type) {
    case 'group':
      return convert(expr.expr, reader);
    case 'or':
      return { any: expr.items.map((item) => convert(item, reader)) };
    case 'and':
      return { all: expr.items.map((item) => convert(item, reader)) };
    case 'compare':
      return comparison(expr, reader);
    case 'call': {
      const [first, second] = expr.args;
      if (expr.name === 'not' && expr.args.length === 1 && first) return { not: convert(first, reader) };
      if (expr.name === 'selected' && expr.args.length === 2 && first && second) {
        const ref = unwrap(first);
        const value = literalOf(second);
        // selected() on a select_one is ODK's way to test its one answer: kolo's "eq"
        const keyword = ref.type === 'ref' ? reader.keywordOf?.(ref.name) : undefined;
        const single = keyword === 'select_one' || keyword === 'calculate';
        if (ref.type === 'ref' && value !== undefined)
          return {
            question: reader.refer(ref.name),
            op: single ? 'eq' : 'selected',
            value: fitted(reader, ref.name, value),
          };
        throw new Unsupported(`selected() needs a question and a choice: selected(\${q}, 'code')`, expr.at);
      }
      throw new Unsupported(`${expr.name}() is not supported here`, expr.at);
    }
    case 'ref':
      throw new Unsupported(`\${${expr.name}} alone is no condition: compare it with a value`, expr.at);
    case 'self':
      throw new Unsupported('"." (this question) cannot be used in relevant', expr.at);
    case 'arithmetic':
      throw new Unsupported(`arithmetic ("${expr.op}") is not supported`, expr.at);
    default:
      throw new Unsupported(`a bare value is no condition`, expr.at);
  }
}

/**
 * Turn an XLSForm `relevant` expression into a kolo `showIf` condition. `refer` maps an XLSForm
 * name to the question it stands for (`matrix.row` for a matrix row).
 * @example relevantToCondition("${visited} = 'yes' and ${age} >= 18", { refer: (n) => n })
 */
export function relevantToCondition(text: string, reader: ReferenceReader): ConvertResult<Condition> {
  // a bare `true` / `false`: what its author meant
  const word = /^\s*(true|false)\s*$/i.exec(text)?.[1]?.toLowerCase();
  if (word !== undefined) return { ok: true, value: { expression: `${word}()` } };
  const parsed = parseExpression(text);
  if (!parsed.ok) return { ok: false, message: parsed.message, at: parsed.at };
  try {
    return { ok: true, value: convert(parsed.expr, reader) };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    // arithmetic, count-selected(${q}) > 1, regex(), mod...: kept whole as an expression condition
    const expression = renameReferences(text, reader.refer);
    const kolo = parseKoloExpression(expression);
    // only `${name}`s: a bare name or `.` means nothing in a condition
    if (kolo.success && expressionReferences(kolo.expression).every((ref) => ref.kind === 'ref'))
      return { ok: true, value: { expression } };
    return { ok: false, message: error.message, at: error.at };
  }
}

/** What the renderer needs to know about the questions a condition names. */
export interface RenderContext {
  /** The XLSForm name of a question (`matrix.row` gives the row's name). */
  nameOf(question: string): string;
  /** Whether the question is a date (values are written `date('...')`). */
  isDate(question: string): boolean;
  /** Whether the question takes several answers (values are tested with `selected()`). */
  isMulti(question: string): boolean;
  /** The XLSForm choice name of a kolo code of the question (its original code, if it had one). */
  codeOf?(question: string, value: string): string;
}

/** A value as XPath writes it; a text holding both kinds of quote cannot be written exactly. */
export function renderLiteral(value: unknown, date = false): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true()' : 'false()';
  const text = String(value ?? '');
  const quoted = text.includes("'") ? `"${text}"` : `'${text}'`;
  return date ? `date(${quoted})` : quoted;
}

function renderComparison(c: Comparison, context: RenderContext): string {
  const ref = `\${${context.nameOf(c.question)}}`;
  const date = context.isDate(c.question);
  const code = (v: unknown) => (typeof v === 'string' && context.codeOf ? context.codeOf(c.question, v) : v);
  const values = (Array.isArray(c.value) ? c.value : [c.value]).map(code);
  const one = (v: unknown, op: '=' | '!=') =>
    context.isMulti(c.question) && op === '='
      ? `selected(${ref}, ${renderLiteral(v)})`
      : `${ref} ${op} ${renderLiteral(v, date)}`;
  switch (c.op) {
    case 'answered':
      return `${ref} != ''`;
    case 'selected':
      return `selected(${ref}, ${renderLiteral(values[0])})`;
    case 'in':
      return `(${values.map((v) => one(v, '=')).join(' or ')})`;
    case 'notIn':
      return `not(${values.map((v) => one(v, '=')).join(' or ')})`;
    case 'eq':
      return one(values[0], '=');
    case 'neq':
      return context.isMulti(c.question) ? `not(${one(values[0], '=')})` : one(values[0], '!=');
    default: {
      const op = Object.entries(OPS).find(([, name]) => name === c.op)?.[0] ?? '=';
      return `${ref} ${op} ${renderLiteral(values[0], date)}`;
    }
  }
}

function render(condition: Condition, context: RenderContext, nested: boolean): string {
  if ('all' in condition || 'any' in condition) {
    const [parts, word] = 'all' in condition ? [condition.all, ' and '] : [condition.any, ' or '];
    const text = parts.map((c) => render(c, context, true)).join(word);
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if ('not' in condition) return `not(${render(condition.not, context, false)})`;
  if ('expression' in condition) {
    const text = renameReferences(condition.expression, context.nameOf);
    return nested ? `(${text})` : text;
  }
  return renderComparison(condition, context);
}

/**
 * Write a `showIf` condition as an XLSForm `relevant` expression. `exact` says whether reading
 * it back gives the same condition; when it does not (`in` lists, one-item `all`, texts with both
 * quotes), the exporter keeps the condition's JSON beside it.
 */
export function conditionToRelevant(
  condition: Condition,
  context: RenderContext,
  reader: ReferenceReader,
): { text: string; exact: boolean } {
  const text = render(condition, context, false);
  const back = relevantToCondition(text, reader);
  return { text, exact: back.ok && deepEqual(back.value, condition) };
}
