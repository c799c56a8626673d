/**
 * Values an expression computes with, as in XPath 1.0 (what XLSForm uses): text, numbers, true or
 * false, and a multi-choice answer as a list of codes. An unanswered question is the empty text.
 * Every conversion is total: a value that makes no sense becomes NaN or '' (errors are values),
 * so evaluating never throws, whatever a respondent typed.
 */
export type ExpressionValue = string | number | boolean | readonly string[];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when the text is not a real date. */
export function daysOf(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const time = Date.UTC(y, m - 1, d);
  const date = new Date(time);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return time / DAY_MS;
}

/** The `YYYY-MM-DD` date a number of days since 1970-01-01 falls on; '' when out of range. */
export function dateOf(days: number): string {
  if (!Number.isFinite(days)) return '';
  const date = new Date(Math.floor(days) * DAY_MS);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1 || year > 9999) return '';
  return date.toISOString().slice(0, 10);
}

/** XPath `number()`: a date counts its days since 1970-01-01 so dates can be subtracted. */
export function toNumber(value: ExpressionValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const text = (typeof value === 'string' ? value : value.join(' ')).trim();
  if (DECIMAL.test(text)) return Number(text);
  return daysOf(text) ?? Number.NaN;
}

/** XPath `string()`: whole numbers without decimals, a list joined by spaces, NaN as ''. */
export function toText(value: ExpressionValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return Number.isNaN(value) ? '' : value > 0 ? 'Infinity' : '-Infinity';
    return Object.is(value, -0) ? '0' : String(value);
  }
  return value.join(' ');
}

/** XPath `boolean()`: a non-zero number, a non-empty text or a list with something chosen. */
export function toBoolean(value: ExpressionValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return value.length > 0;
}

/** A multi-choice answer's codes: a list as is, a text split on spaces (XLSForm stores it so). */
export function toList(value: ExpressionValue): readonly string[] {
  if (Array.isArray(value)) return value;
  const text = toText(value as string | number | boolean).trim();
  return text === '' ? [] : text.split(/\s+/);
}

/** An answer as stored (JSON) read as an expression value; anything else is unanswered (''). */
export function fromAnswer(answer: unknown): ExpressionValue {
  switch (typeof answer) {
    case 'string':
    case 'boolean':
      return answer;
    case 'number':
      return Number.isFinite(answer) ? answer : Number.NaN;
    case 'object':
      if (Array.isArray(answer)) return answer.filter((v): v is string => typeof v === 'string');
      return '';
    default:
      return '';
  }
}
