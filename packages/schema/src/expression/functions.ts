import { pulldataFrom, type SurveyLookups } from './lookup-table.ts';
import { dateOf, daysOf, type ExpressionValue, toBoolean, toList, toNumber, toText } from './values.ts';

/** What a function may read besides its arguments. */
export interface FunctionContext {
  /** Today's date, `YYYY-MM-DD`: passed in so the browser and the server agree on one day. */
  readonly today: string;
  /** The survey's lookup tables, what `pulldata()` reads; none means every lookup reads ''. */
  readonly lookups?: SurveyLookups | undefined;
}

interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  readonly call: (args: readonly ExpressionValue[], context: FunctionContext) => ExpressionValue;
}

/** The longest text `regex()` looks at: free text is capped far below this anyway. */
const REGEX_INPUT_MAX = 10_000;
const patterns = new Map<string, RegExp | null>();

/** A whole-text match, as ODK's `regex()`; an invalid pattern matches nothing. */
function matchesPattern(text: string, pattern: string): boolean {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    compiled = compilePattern(pattern);
    if (patterns.size > 500) patterns.clear();
    patterns.set(pattern, compiled);
  }
  return compiled !== null && text.length <= REGEX_INPUT_MAX && compiled.test(text);
}

function compilePattern(pattern: string): RegExp | null {
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return null;
  }
}

/**
 * Why a `regex()` pattern is refused in a draft, or undefined when it is fine: it must compile,
 * and a repeated group may not itself repeat (`(a+)+`), the shape that can take seconds to fail.
 */
export function patternProblem(pattern: string): string | undefined {
  if (compilePattern(pattern) === null) return `'${pattern}' is not a valid regular expression`;
  if (/\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/.test(pattern))
    return `'${pattern}' repeats a group that itself repeats, which can hang the check: simplify it`;
  return undefined;
}

function round(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** Math.trunc(digits);
  // XPath rounds half up (towards positive infinity)
  return Math.floor(value * factor + 0.5) / factor;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDate(value: ExpressionValue, format: string): string {
  const days = typeof value === 'number' ? value : daysOf(toText(value).slice(0, 10));
  const date = days === undefined ? '' : dateOf(days);
  if (date === '') return '';
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return format.replace(/%([Yymnde%])/g, (_, code: string) => {
    switch (code) {
      case 'Y':
        return pad(y, 4);
      case 'y':
        return pad(y % 100);
      case 'm':
        return pad(m);
      case 'n':
        return String(m);
      case 'd':
        return pad(d);
      case 'e':
        return String(d);
      default:
        return '%';
    }
  });
}

const numeric = (f: (n: number) => number): FunctionSpec => ({
  min: 1,
  max: 1,
  call: ([a = '']) => f(toNumber(a)),
});

/**
 * The functions expressions may call: XLSForm's common ones. A name not here is a located error
 * when the expression is parsed, so a typo is caught in the builder, not on a phone.
 */
export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map<string, FunctionSpec>([
  ['if', { min: 3, max: 3, call: ([c = '', a = '', b = '']) => (toBoolean(c) ? a : b) }],
  ['not', { min: 1, max: 1, call: ([a = '']) => !toBoolean(a) }],
  ['true', { min: 0, max: 0, call: () => true }],
  ['false', { min: 0, max: 0, call: () => false }],
  ['boolean', { min: 1, max: 1, call: ([a = '']) => toBoolean(a) }],
  ['number', { min: 1, max: 1, call: ([a = '']) => toNumber(a) }],
  ['string', { min: 1, max: 1, call: ([a = '']) => toText(a) }],
  ['concat', { min: 0, max: Number.POSITIVE_INFINITY, call: (args) => args.map(toText).join('') }],
  [
    'coalesce',
    {
      min: 2,
      max: Number.POSITIVE_INFINITY,
      call: (args) => args.find((a) => toText(a) !== '') ?? '',
    },
  ],
  ['string-length', { min: 1, max: 1, call: ([a = '']) => [...toText(a)].length }],
  ['contains', { min: 2, max: 2, call: ([a = '', b = '']) => toText(a).includes(toText(b)) }],
  ['starts-with', { min: 2, max: 2, call: ([a = '', b = '']) => toText(a).startsWith(toText(b)) }],
  ['ends-with', { min: 2, max: 2, call: ([a = '', b = '']) => toText(a).endsWith(toText(b)) }],
  [
    'substr',
    {
      min: 2,
      max: 3,
      call: ([a = '', start = 0, end]) => {
        const chars = [...toText(a)];
        const from = Math.max(0, Math.trunc(toNumber(start)) || 0);
        const to = end === undefined ? chars.length : Math.trunc(toNumber(end)) || 0;
        return chars.slice(from, Math.max(from, to)).join('');
      },
    },
  ],
  ['regex', { min: 2, max: 2, call: ([a = '', p = '']) => matchesPattern(toText(a), toText(p)) }],
  ['selected', { min: 2, max: 2, call: ([list = '', v = '']) => toList(list).includes(toText(v).trim()) }],
  // over a repeat the evaluator passes one argument per instance: the choices made in all of them
  [
    'count-selected',
    { min: 1, max: 1, call: (args) => args.reduce<number>((n, list) => n + toList(list).length, 0) },
  ],
  [
    'selected-at',
    { min: 2, max: 2, call: ([list = '', i = 0]) => toList(list)[Math.trunc(toNumber(i))] ?? '' },
  ],
  ['round', { min: 1, max: 2, call: ([a = '', d = 0]) => round(toNumber(a), toNumber(d) || 0) }],
  ['int', numeric(Math.trunc)],
  ['floor', numeric(Math.floor)],
  ['ceiling', numeric(Math.ceil)],
  ['abs', numeric(Math.abs)],
  ['sqrt', numeric(Math.sqrt)],
  ['exp', numeric(Math.exp)],
  ['exp10', numeric((n) => 10 ** n)],
  ['log', numeric(Math.log)],
  ['log10', numeric(Math.log10)],
  ['sin', numeric(Math.sin)],
  ['cos', numeric(Math.cos)],
  ['tan', numeric(Math.tan)],
  ['asin', numeric(Math.asin)],
  ['acos', numeric(Math.acos)],
  ['atan', numeric(Math.atan)],
  ['atan2', { min: 2, max: 2, call: ([y = '', x = '']) => Math.atan2(toNumber(y), toNumber(x)) }],
  ['pi', { min: 0, max: 0, call: () => Math.PI }],
  // XPath sums the nodes it is given; outside repeats each `${name}` is one answer
  [
    'sum',
    {
      min: 1,
      max: Number.POSITIVE_INFINITY,
      call: (args) => args.reduce<number>((s, a) => s + toNumber(a), 0),
    },
  ],
  ['pow', { min: 2, max: 2, call: ([a = '', b = '']) => toNumber(a) ** toNumber(b) }],
  // over a repeat with no answered instance there is nothing to compare: NaN, as XPath
  [
    'min',
    {
      min: 1,
      max: Number.POSITIVE_INFINITY,
      call: (args) => (args.length === 0 ? Number.NaN : Math.min(...args.map(toNumber))),
    },
  ],
  [
    'max',
    {
      min: 1,
      max: Number.POSITIVE_INFINITY,
      call: (args) => (args.length === 0 ? Number.NaN : Math.max(...args.map(toNumber))),
    },
  ],
  // the evaluator passes one argument per instance of a repeat (`count(${partners})`)
  ['count', { min: 1, max: 1, call: (args) => args.length }],
  [
    'join',
    {
      min: 2,
      max: Number.POSITIVE_INFINITY,
      call: ([separator = '', ...values]) => values.map(toText).join(toText(separator)),
    },
  ],
  // `position(..)`: the evaluator answers it from the instance being evaluated; 1 outside a repeat
  ['position', { min: 0, max: 0, call: () => 1 }],
  // `indexed-repeat(${item}, ${section}, n)`: the evaluator reads instance n itself
  ['indexed-repeat', { min: 3, max: 3, call: () => '' }],
  ['today', { min: 0, max: 0, call: (_, context) => context.today }],
  [
    'date',
    {
      min: 1,
      max: 1,
      call: ([a = '']) => {
        if (typeof a === 'number') return dateOf(a);
        const days = daysOf(toText(a).trim().slice(0, 10));
        return days === undefined ? '' : dateOf(days);
      },
    },
  ],
  ['format-date', { min: 2, max: 2, call: ([d = '', f = '']) => formatDate(d, toText(f)) }],
  ['once', { min: 1, max: 1, call: ([a = '']) => a }],
  // `pulldata('table', 'column', 'key column', key)`: a value from the survey's lookup table
  [
    'pulldata',
    {
      min: 4,
      max: 4,
      call: ([table = '', column = '', keyColumn = '', key = ''], context) =>
        pulldataFrom(context.lookups, toText(table), toText(column), toText(keyColumn), toText(key)),
    },
  ],
]);

/** The names of the functions an expression may call, for the builder's help and the docs. */
export const FUNCTION_NAMES: readonly string[] = [...FUNCTIONS.keys()];
