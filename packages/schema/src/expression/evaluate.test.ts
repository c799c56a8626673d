// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import { describe, expect, it } from 'vitest';
import { type ExpressionScope, evaluateExpression } from './evaluate.ts';
import { parseExpression } from './parse.ts';
import type { ExpressionValue } from './values.ts';

function run(source: string, scope: Partial<ExpressionScope> = {}): ExpressionValue {
  const parsed = parseExpression(source);
  if (!parsed.success) throw new Error(parsed.error.message);
  return evaluateExpression(parsed.expression, { answers: {}, today: '2026-12-06', ...scope });
}

describe('evaluateExpression', () => {
  it('should compute arithmetic with XPath precedence, div and mod', () => {
    expect(run('1 + 2 * 3')).toBe(7);
    expect(run('(1 + 2) * 3')).toBe(9);
    expect(run('7 div 2')).toBe(3.5);
    expect(run('7 mod 3')).toBe(1);
    expect(run('-2 - -3')).toBe(1);
  });

  it('should read answers by ${name}, an unanswered one as empty text', () => {
    expect(run('${birth_year} + 1', { answers: { birth_year: 1990 } })).toBe(1991);
    expect(run("${missing} = ''")).toBe(true);
    expect(run("coalesce(${missing}, 'none')")).toBe('none');
  });

  it('should never read an inherited property as an answer', () => {
    expect(run("${constructor} = ''")).toBe(true);
    expect(run("${__proto__} = ''")).toBe(true);
    expect(run("${toString} = ''", { answers: {} })).toBe(true);
  });

  it('should treat a multi-choice answer with selected() and count-selected()', () => {
    const answers = { services: ['nsp', 'ost'] };
    expect(run("selected(${services}, 'ost')", { answers })).toBe(true);
    expect(run("selected(${services}, 'arv')", { answers })).toBe(false);
    expect(run('count-selected(${services})', { answers })).toBe(2);
    expect(run("selected('a b', 'b')")).toBe(true);
  });

  it('should check the current answer with . and regex() as a whole match', () => {
    expect(run("regex(., '[0-9]{9}')", { current: '123456789' })).toBe(true);
    expect(run("regex(., '[0-9]{9}')", { current: '1234567890' })).toBe(false);
    expect(run("not(selected(., 'none') and count-selected(.) > 1)", { current: ['none', 'nsp'] })).toBe(
      false,
    );
    expect(run('. < 18 or . > 65', { current: 70 })).toBe(true);
  });

  it('should do date arithmetic on days', () => {
    expect(run('today() - ${visit}', { answers: { visit: '2026-12-01' } })).toBe(5);
    expect(run('date(today() - 30)')).toBe('2026-11-06');
    expect(run('${d} <= today()', { answers: { d: '2026-12-07' } })).toBe(false);
    expect(run('int((today() - ${dob}) div 365.25)', { answers: { dob: '1990-06-15' } })).toBe(36);
    expect(run("format-date(today(), '%Y') - ${birth_year}", { answers: { birth_year: 1990 } })).toBe(36);
  });

  it('should round half up, truncate with int() and convert with number() and string()', () => {
    expect(run('round(2.5)')).toBe(3);
    expect(run('round(-2.5)')).toBe(-2);
    expect(run('round(3.14159, 2)')).toBe(3.14);
    expect(run('int(-3.7)')).toBe(-3);
    expect(run("number('12.5') + 1")).toBe(13.5);
    expect(run("string-length(concat('ab', 12))")).toBe(4);
    expect(run("if(${a} > 1, 'big', 'small')", { answers: { a: 5 } })).toBe('big');
  });

  it('should compare like XPath: numbers as numbers, text as text', () => {
    expect(run("'10' = 10")).toBe(true);
    expect(run("'abc' = 'abc'")).toBe(true);
    expect(run("'2' < '10'")).toBe(true);
    expect(run("${x} = 'yes'", { answers: { x: 'yes' } })).toBe(true);
  });

  it('should make a value of what makes no sense instead of throwing', () => {
    expect(run("'abc' + 1")).toBeNaN();
    expect(run('1 div 0')).toBe(Number.POSITIVE_INFINITY);
    expect(run("regex('a', '(')")).toBe(false);
    expect(run("date('2026-02-30')")).toBe('');
    expect(run('${m} + 1', { answers: { m: { row: 'x' } } })).toBeNaN();
  });

  it('should read a choice property by a bare name and the value by name', () => {
    const choice = { value: 'bishkek', properties: { country: 'kg' } };
    expect(run('country = ${country}', { answers: { country: 'kg' }, choice })).toBe(true);
    expect(run("name = 'bishkek'", { choice })).toBe(true);
    expect(run("constructor = ''", { choice })).toBe(true);
  });

  it('should sum its values like sum() over one answer (a form without repeats has one of each)', () => {
    expect(run('sum(${a})', { answers: { a: 4 } })).toBe(4);
    expect(run('sum(${a}, ${b}, 1)', { answers: { a: 4, b: '2' } })).toBe(7);
    expect(run('sum(${a})')).toBeNaN();
  });

  it('should compute the maths functions ODK knows (sqrt, exp, log, trigonometry, pi)', () => {
    expect(run('sqrt(16)')).toBe(4);
    expect(run('round(15 div (sqrt(cos(atan(${slope} div 100)))), 2)', { answers: { slope: 0 } })).toBe(15);
    expect(run('exp(0) + exp10(2) + log10(1000) + log(1)')).toBe(104);
    expect(run('round(pi() * 100)')).toBe(314);
    expect(run('round(sin(0) + cos(0) + tan(0) + asin(1) * 2 - acos(-1) + atan2(0, 1), 6)')).toBe(1);
    expect(run('sqrt(-1)')).toBeNaN();
  });
});
