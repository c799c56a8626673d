import { type Token, tokenize } from './expression-tokens.ts';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** The syntax tree of an XLSForm expression (the XPath subset teams write in `relevant` and `constraint`). */
export type Expr =
  | { readonly type: 'or' | 'and'; readonly items: readonly Expr[]; readonly at: number }
  /** Parentheses, kept so `a and (b and c)` stays two levels. */
  | { readonly type: 'group'; readonly expr: Expr; readonly at: number }
  | {
      readonly type: 'compare';
      readonly op: CompareOp;
      readonly left: Expr;
      readonly right: Expr;
      readonly at: number;
    }
  | { readonly type: 'arithmetic'; readonly op: string; readonly at: number }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly at: number }
  | { readonly type: 'ref'; readonly name: string; readonly at: number }
  | { readonly type: 'self'; readonly at: number }
  | { readonly type: 'string'; readonly value: string; readonly at: number }
  | { readonly type: 'number'; readonly value: number; readonly at: number };

export type ParseExpressionResult =
  | { readonly ok: true; readonly expr: Expr }
  | { readonly ok: false; readonly message: string; readonly at: number };

/** Longer expressions are refused: no form needs them, and they only cost time. */
const MAX_LENGTH = 10_000;
const MAX_DEPTH = 64;
const COMPARE_OPS: readonly string[] = ['=', '!=', '<', '<=', '>', '>='];

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly at: number,
  ) {}
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): Expr {
    const expr = this.or();
    const next = this.peek();
    if (next.kind !== 'end') throw new SyntaxFailure(`unexpected ${describe(next)}`, next.at);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? { kind: 'end', at: 0 };
  }

  private take(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'name' && token.value === word;
  }

  private isSymbol(symbol: string): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.value === symbol;
  }

  private expect(symbol: string): void {
    const token = this.take();
    if (token.kind !== 'symbol' || token.value !== symbol)
      throw new SyntaxFailure(`expected "${symbol}" but found ${describe(token)}`, token.at);
  }

  private joined(type: 'or' | 'and', next: () => Expr): Expr {
    const first = next();
    const items = [first];
    while (this.isWord(type)) {
      this.take();
      items.push(next());
    }
    return items.length === 1 ? first : { type, items, at: first.at };
  }

  private nested<T>(work: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_DEPTH)
      throw new SyntaxFailure('the expression is nested too deeply', this.peek().at);
    const result = work();
    this.depth -= 1;
    return result;
  }

  private or(): Expr {
    return this.nested(() => this.joined('or', () => this.and()));
  }

  private and(): Expr {
    return this.joined('and', () => this.compare());
  }

  private compare(): Expr {
    const left = this.additive();
    const token = this.peek();
    if (token.kind !== 'symbol' || !COMPARE_OPS.includes(token.value)) return left;
    this.take();
    const right = this.additive();
    const after = this.peek();
    if (after.kind === 'symbol' && COMPARE_OPS.includes(after.value))
      throw new SyntaxFailure('comparisons cannot be chained: join them with "and"', after.at);
    return { type: 'compare', op: token.value as CompareOp, left, right, at: left.at };
  }

  private additive(): Expr {
    let expr = this.multiplicative();
    while (this.isSymbol('+') || this.isSymbol('-')) {
      const op = this.take();
      this.multiplicative();
      expr = { type: 'arithmetic', op: op.kind === 'symbol' ? op.value : '+', at: expr.at };
    }
    return expr;
  }

  private multiplicative(): Expr {
    let expr = this.unary();
    while (this.isSymbol('*') || this.isWord('div') || this.isWord('mod')) {
      const op = this.take();
      this.unary();
      expr = {
        type: 'arithmetic',
        op: op.kind === 'symbol' || op.kind === 'name' ? op.value : '*',
        at: expr.at,
      };
    }
    return expr;
  }

  private unary(): Expr {
    const token = this.peek();
    if (token.kind === 'symbol' && token.value === '-') {
      this.take();
      const next = this.peek();
      if (next.kind === 'number') {
        this.take();
        return { type: 'number', value: -next.value, at: token.at };
      }
      this.nested(() => this.unary());
      return { type: 'arithmetic', op: '-', at: token.at };
    }
    return this.primary();
  }

  private primary(): Expr {
    const token = this.take();
    switch (token.kind) {
      case 'ref':
        return { type: 'ref', name: token.name, at: token.at };
      case 'string':
        return { type: 'string', value: token.value, at: token.at };
      case 'number':
        return { type: 'number', value: token.value, at: token.at };
      case 'name': {
        if (!this.isSymbol('('))
          throw new SyntaxFailure(`"${token.value}" is not a question: write \${${token.value}}`, token.at);
        this.take();
        const args: Expr[] = [];
        // `position(..)`: the number of the repeat instance being answered
        if (token.value === 'position' && this.isSymbol('..')) {
          this.take();
          this.expect(')');
          return { type: 'call', name: token.value, args, at: token.at };
        }
        if (!this.isSymbol(')')) {
          args.push(this.or());
          while (this.isSymbol(',')) {
            this.take();
            args.push(this.or());
          }
        }
        this.expect(')');
        return { type: 'call', name: token.value, args, at: token.at };
      }
      case 'symbol': {
        if (token.value === '.') return { type: 'self', at: token.at };
        if (token.value === '(') {
          const expr = this.or();
          this.expect(')');
          return { type: 'group', expr, at: token.at };
        }
        throw new SyntaxFailure(`unexpected ${describe(token)}`, token.at);
      }
      case 'end':
        throw new SyntaxFailure('the expression ends too early', token.at);
    }
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end';
    case 'ref':
      return `\${${token.name}}`;
    case 'string':
      return `'${token.value}'`;
    case 'number':
      return token.text;
    default:
      return `"${token.value}"`;
  }
}

/**
 * Parse an XLSForm expression into a syntax tree: `${q}` references, `.`, texts, numbers,
 * comparisons, `and`/`or`, parentheses and function calls. Errors are data, with their offset.
 * @example parseExpression("${age} >= 18 and selected(${services}, 'ost')")
 */
export function parseExpression(text: string): ParseExpressionResult {
  if (text.length > MAX_LENGTH)
    return { ok: false, message: `the expression is over ${MAX_LENGTH} characters`, at: 0 };
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  try {
    return { ok: true, expr: new Parser(tokens.tokens).parse() };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, message: error.message, at: error.at };
    throw error;
  }
}
