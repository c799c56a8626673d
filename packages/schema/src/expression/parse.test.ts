// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { describe, expect, it } from 'vitest';
import { formatExpressionError } from './ast.ts';
import { parseExpression } from './parse.ts';
import { printExpression } from './print.ts';

function errorOf(source: string): string {
  const result = parseExpression(source);
  if (result.success) throw new Error(`"${source}" parsed`);
  return formatExpressionError(result.error);
}

describe('parseExpression', () => {
  it('should parse XLSForm operators with XPath precedence', () => {
    const result = parseExpression("${a} + 2 * 3 > 7 and not(${b} = 'x') or . < 1");
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(printExpression(result.expression)).toBe("${a} + 2 * 3 > 7 and not(${b} = 'x') or . < 1");
    expect(result.expression).toMatchObject({ type: 'binary', op: 'or' });
  });

  it('should read div, mod, and, or as operators and a dash inside a function name', () => {
    const result = parseExpression('count-selected(${s}) mod 2 div 1');
    expect(result.success && printExpression(result.expression)).toBe('count-selected(${s}) mod 2 div 1');
  });

  it('should locate an unknown function by column', () => {
    expect(errorOf('${a} + round(2) + sum2(${b})')).toBe("col 19: unknown function 'sum2'");
  });

  it('should locate a wrong number of arguments', () => {
    expect(errorOf('if(${a} > 1, 2)')).toBe('col 1: if() takes 3 arguments');
    expect(errorOf('today(1)')).toBe('col 1: today() takes no arguments');
  });

  it('should explain unsupported paths, unclosed text and a missing value', () => {
    expect(errorOf('../age > 3')).toMatch(/^col 1: relative paths/);
    expect(errorOf('/data/age > 3')).toMatch(/^col 1: paths and "\/"/);
    expect(errorOf("${a} = 'yes")).toBe("col 8: text starting here has no closing '");
    expect(errorOf('${a} + ')).toBe('col 8: the expression ends too early: a value is missing');
    expect(errorOf('${a} ${b}')).toMatch(/^col 6: expected an operator or the end/);
    expect(errorOf('')).toBe('col 1: the expression is empty');
  });

  it('should refuse nesting deep enough to exhaust the stack', () => {
    expect(errorOf(`${'('.repeat(100)}1${')'.repeat(100)}`)).toMatch(/nested more than 64 deep/);
    expect(errorOf(`${'-'.repeat(100)}1`)).toMatch(/nested more than 64 deep/);
  });

  it('should give back plain data with no prototype tricks', () => {
    const result = parseExpression('${constructor} + __proto__');
    expect(result.success && JSON.parse(JSON.stringify(result.expression))).toEqual(
      result.success && result.expression,
    );
  });
});
