import type { ExpressionNode } from './ast.ts';

const STRENGTH: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  '=': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  div: 6,
  mod: 6,
};
const UNARY = 7;

function strength(node: ExpressionNode): number {
  if (node.type === 'binary') return STRENGTH[node.op] ?? 0;
  if (node.type === 'negate') return UNARY;
  return 8;
}

function quote(text: string): string {
  return text.includes("'") ? `"${text}"` : `'${text}'`;
}

function numberText(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  // an exponent would not parse back: write the same digits out as a plain decimal
  const [, sign = '', first = '', rest = '', exponent = '0'] = match;
  const digits = first + rest;
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Print a tree back as expression text, with only the parentheses it needs; parsing the text gives
 * the same tree back (operators are left-associative, so a right operand of equal strength is
 * parenthesized).
 */
export function printExpression(node: ExpressionNode): string {
  switch (node.type) {
    case 'number':
      return numberText(node.value);
    case 'string':
      return quote(node.value);
    case 'ref':
      return `\${${node.name}}`;
    case 'current':
      return '.';
    case 'name':
      return node.name;
    case 'negate': {
      const inner = printExpression(node.operand);
      return strength(node.operand) < UNARY ? `-(${inner})` : `-${inner}`;
    }
    case 'binary': {
      const own = STRENGTH[node.op] ?? 0;
      const left = printExpression(node.left);
      const right = printExpression(node.right);
      return `${strength(node.left) < own ? `(${left})` : left} ${node.op} ${strength(node.right) <= own ? `(${right})` : right}`;
    }
    case 'call':
      if (node.name === 'position' && node.args.length === 0) return 'position(..)';
      return `${node.name}(${node.args.map(printExpression).join(', ')})`;
  }
}
