import type { ExpressionNode } from './ast.ts';

/** Something an expression reads, with where it is written. */
export interface ExpressionReference {
  readonly kind: 'ref' | 'current' | 'name';
  /** The item id of `${name}`, the property of a bare name, '.' for the current answer. */
  readonly name: string;
  readonly column: number;
}

/** Every `${}` reference, `.` and bare name in an expression, in the order written. */
export function expressionReferences(node: ExpressionNode): ExpressionReference[] {
  const found: ExpressionReference[] = [];
  const visit = (n: ExpressionNode): void => {
    switch (n.type) {
      case 'ref':
      case 'name':
        found.push({ kind: n.type, name: n.name, column: n.column });
        return;
      case 'current':
        found.push({ kind: 'current', name: '.', column: n.column });
        return;
      case 'negate':
        visit(n.operand);
        return;
      case 'binary':
        visit(n.left);
        visit(n.right);
        return;
      case 'call':
        n.args.forEach(visit);
        return;
      default:
        return;
    }
  };
  visit(node);
  return found;
}

/** Every function call in an expression, for checks on particular functions (`regex`). */
export function expressionCalls(node: ExpressionNode): Array<Extract<ExpressionNode, { type: 'call' }>> {
  const found: Array<Extract<ExpressionNode, { type: 'call' }>> = [];
  const visit = (n: ExpressionNode): void => {
    if (n.type === 'call') {
      found.push(n);
      n.args.forEach(visit);
    } else if (n.type === 'negate') visit(n.operand);
    else if (n.type === 'binary') {
      visit(n.left);
      visit(n.right);
    }
  };
  visit(node);
  return found;
}
