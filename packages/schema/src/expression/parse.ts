import type { BinaryOperator, ExpressionError, ExpressionNode } from './ast.ts';
import { FUNCTIONS } from './functions.ts';

/** The longest expression accepted: a real form's longest is a few hundred characters. */
export const EXPRESSION_MAX_LENGTH = 4000;
/** Deepest nesting accepted, so evaluating can never exhaust the stack. */
const MAX_DEPTH = 64;

type Token =
  | { kind: 'number'; value: number; column: number }
  | { kind: 'string'; value: string; column: number }
  | { kind: 'ref'; name: string; column: number }
  | { kind: 'name'; name: string; column: number }
  | { kind: 'symbol'; symbol: string; column: number }
  | { kind: 'end'; column: number };

class ParseFailure {
  constructor(readonly error: ExpressionError) {}
}

function fail(column: number, message: string): never {
  throw new ParseFailure({ column, message });
}

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_.:-]/;
const SYMBOLS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '*', '(', ')', ',', '.'];

/** Whether the tokens so far end in `position(`, where `..` is the instance being answered. */
function isPositionArgument(tokens: readonly Token[]): boolean {
  const open = tokens.at(-1);
  const name = tokens.at(-2);
  return open?.kind === 'symbol' && open.symbol === '(' && name?.kind === 'name' && name.name === 'position';
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    const column = i + 1;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      const match = /^(\d+\.?\d*|\.\d+)/.exec(source.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'number', value: Number(match[0]), column });
      i += match[0].length;
    } else if (ch === "'" || ch === '"') {
      const end = source.indexOf(ch, i + 1);
      if (end < 0) fail(column, `text starting here has no closing ${ch}`);
      tokens.push({ kind: 'string', value: source.slice(i + 1, end), column });
      i = end + 1;
    } else if (ch === '$' && source[i + 1] === '{') {
      const end = source.indexOf('}', i + 2);
      if (end < 0) fail(column, `"\${" has no closing "}"`);
      const name = source.slice(i + 2, end).trim();
      if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) fail(column, `"\${${name}}" is not a question name`);
      tokens.push({ kind: 'ref', name, column });
      i = end + 1;
    } else if (NAME_START.test(ch)) {
      let end = i + 1;
      while (end < source.length && NAME_PART.test(source[end] as string)) end += 1;
      tokens.push({ kind: 'name', name: source.slice(i, end), column });
      i = end;
    } else if (source.startsWith('..', i) && isPositionArgument(tokens)) {
      // `position(..)`: the instance number inside a repeat, the one relative path XLSForms need
      tokens.push({ kind: 'symbol', symbol: '..', column });
      i += 2;
    } else if (source.startsWith('..', i)) {
      fail(column, `relative paths ("..") are not supported: name the question as \${name}`);
    } else if (ch === '/') {
      fail(column, `paths and "/" are not supported: divide with "div", name a question as \${name}`);
    } else {
      const symbol = SYMBOLS.find((s) => source.startsWith(s, i));
      if (!symbol) fail(column, `unexpected character '${ch}'`);
      tokens.push({ kind: 'symbol', symbol, column });
      i += symbol.length;
    }
  }
  tokens.push({ kind: 'end', column: source.length + 1 });
  return tokens;
}

/** Binary operators by binding strength, loosest first (XPath 1.0's order). */
const LEVELS: ReadonlyArray<readonly BinaryOperator[]> = [
  ['or'],
  ['and'],
  ['=', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', 'div', 'mod'],
];
const WORD_OPERATORS = new Set(['or', 'and', 'div', 'mod']);

class Parser {
  private index = 0;
  private depth = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private operatorAt(token: Token, level: readonly BinaryOperator[]): BinaryOperator | undefined {
    const text = token.kind === 'symbol' ? token.symbol : token.kind === 'name' ? token.name : undefined;
    if (text === undefined || (token.kind === 'name' && !WORD_OPERATORS.has(text))) return undefined;
    return level.find((op) => op === text);
  }

  private expect(symbol: string, what: string): void {
    const token = this.next();
    if (token.kind !== 'symbol' || token.symbol !== symbol)
      fail(token.column, `expected ${what}, found ${describe(token)}`);
  }

  parseAll(): ExpressionNode {
    const node = this.binary(0);
    const rest = this.peek();
    if (rest.kind !== 'end') fail(rest.column, `expected an operator or the end, found ${describe(rest)}`);
    return node;
  }

  private binary(level: number): ExpressionNode {
    const ops = LEVELS[level];
    if (!ops) return this.unary();
    let left = this.binary(level + 1);
    for (let op = this.operatorAt(this.peek(), ops); op; op = this.operatorAt(this.peek(), ops)) {
      this.next();
      left = { type: 'binary', op, left, right: this.binary(level + 1) };
    }
    return left;
  }

  private unary(): ExpressionNode {
    const token = this.peek();
    if (token.kind === 'symbol' && token.symbol === '-') {
      this.next();
      return this.nested(token.column, () => ({ type: 'negate', operand: this.unary() }));
    }
    return this.primary();
  }

  private nested(column: number, parse: () => ExpressionNode): ExpressionNode {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) fail(column, `nested more than ${MAX_DEPTH} deep: split the expression`);
    const node = parse();
    this.depth -= 1;
    return node;
  }

  private primary(): ExpressionNode {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value };
      case 'string':
        return { type: 'string', value: token.value };
      case 'ref':
        return { type: 'ref', name: token.name, column: token.column };
      case 'name':
        return this.nameOrCall(token);
      case 'symbol':
        if (token.symbol === '.') return { type: 'current', column: token.column };
        if (token.symbol === '(') {
          return this.nested(token.column, () => {
            const inner = this.binary(0);
            this.expect(')', '")"');
            return inner;
          });
        }
        return fail(token.column, `expected a value, found ${describe(token)}`);
      case 'end':
        return fail(token.column, 'the expression ends too early: a value is missing');
    }
  }

  private nameOrCall(token: Extract<Token, { kind: 'name' }>): ExpressionNode {
    const after = this.peek();
    if (after.kind !== 'symbol' || after.symbol !== '(') {
      if (WORD_OPERATORS.has(token.name)) fail(token.column, `expected a value, found '${token.name}'`);
      return { type: 'name', name: token.name, column: token.column };
    }
    const spec = FUNCTIONS.get(token.name);
    if (!spec) fail(token.column, `unknown function '${token.name}'`);
    this.next();
    const parent = this.peek();
    if (parent.kind === 'symbol' && parent.symbol === '..') {
      this.next();
      this.expect(')', `")" after position(..`);
      return { type: 'call', name: token.name, args: [], column: token.column };
    }
    return this.nested(token.column, () => {
      const args: ExpressionNode[] = [];
      if (!(this.peek().kind === 'symbol' && (this.peek() as { symbol: string }).symbol === ')')) {
        args.push(this.binary(0));
        while (this.peek().kind === 'symbol' && (this.peek() as { symbol: string }).symbol === ',') {
          this.next();
          args.push(this.binary(0));
        }
      }
      this.expect(')', `"," or ")" in ${token.name}()`);
      if (args.length < spec.min || args.length > spec.max)
        fail(token.column, `${token.name}() takes ${arity(spec)}`);
      return { type: 'call', name: token.name, args, column: token.column };
    });
  }
}

function arity(spec: { min: number; max: number }): string {
  const n = (k: number) => `${k} argument${k === 1 ? '' : 's'}`;
  if (spec.min === spec.max) return spec.min === 0 ? 'no arguments' : n(spec.min);
  if (spec.max === Number.POSITIVE_INFINITY) return `at least ${n(spec.min)}`;
  return `${spec.min} to ${n(spec.max)}`;
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end';
    case 'number':
      return `${token.value}`;
    case 'string':
      return `'${token.value}'`;
    case 'ref':
      return `\${${token.name}}`;
    case 'name':
      return `'${token.name}'`;
    case 'symbol':
      return `'${token.symbol}'`;
  }
}

/** The outcome of {@link parseExpression}: the tree, or the first located problem. */
export type ParseExpressionResult =
  | { readonly success: true; readonly expression: ExpressionNode }
  | { readonly success: false; readonly error: ExpressionError };

const cache = new Map<string, ParseExpressionResult>();
const CACHE_SIZE = 2000;

/**
 * Parse an expression written in XLSForm's syntax into a tree; never throws. Results are cached by
 * text, so each expression of a survey is parsed once however often it is evaluated.
 * @example parseExpression("${age} >= 18 and selected(${services}, 'nsp')")
 */
export function parseExpression(source: string): ParseExpressionResult {
  const hit = cache.get(source);
  if (hit) return hit;
  let result: ParseExpressionResult;
  if (source.length > EXPRESSION_MAX_LENGTH) {
    result = {
      success: false,
      error: {
        column: EXPRESSION_MAX_LENGTH + 1,
        message: `longer than ${EXPRESSION_MAX_LENGTH} characters`,
      },
    };
  } else if (source.trim() === '') {
    result = { success: false, error: { column: 1, message: 'the expression is empty' } };
  } else {
    try {
      result = { success: true, expression: new Parser(tokenize(source)).parseAll() };
    } catch (error) {
      if (!(error instanceof ParseFailure)) throw error;
      result = { success: false, error: error.error };
    }
  }
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(source, result);
  return result;
}
