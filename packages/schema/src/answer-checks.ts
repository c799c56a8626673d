import type { Item, SurveyDefinition } from './definition.ts';
import { allowedValues } from './walk.ts';

/**
 * The checks of one answer's value, in plain TypeScript: no zod, because they run on every phone's
 * collect screens (zod core was the largest part of that download) and on every submission.
 * They give exactly the issues, codes, messages and order the zod/mini schemas they replace gave,
 * English messages included (`compile.properties.test.ts` holds them to that, zod as the oracle).
 */

/** One problem with a value: `path` inside it (a matrix row, a list position), `code` as zod's. */
export interface ValueIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/** The issues of one value, none when it is valid. */
export type ValueCheck = (value: unknown) => readonly ValueIssue[];

/** Longest free text kept when an item sets no `maxLength`. */
export const DEFAULT_TEXT_MAX = 2000;
/** Longest "please specify" text of an "other" option. */
export const OTHER_TEXT_MAX = 500;

const NONE: readonly ValueIssue[] = [];
const DATE_MESSAGE = 'must be a date written YYYY-MM-DD';
const WHOLE_NUMBER = 'must be a whole number';

/** An ISO calendar day (leap days only in leap years), the pattern zod's `z.iso.date()` used. */
const ISO_DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/** The type a value is named by in a message: `NaN`, `Infinity`, `array`, `null`, a class name. */
function typeName(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? 'number' : String(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'array';
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && 'constructor' in value && value.constructor)
        return (value.constructor as { name: string }).name;
      return 'object';
    }
    default:
      return typeof value;
  }
}

/** zod's English message for a value of the wrong type. */
export function wrongType(expected: string, value: unknown): string {
  return `Invalid input: expected ${expected}, received ${typeName(value)}`;
}

function issue(code: string, message: string, path: readonly (string | number)[] = []): ValueIssue {
  return { path, code, message };
}

/** Length in Unicode code points, as zod counted text: an emoji is one character. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** What zod's length rules measured: anything with a `length` (a wrong-type string or list too). */
function lengthOf(value: unknown): unknown {
  return value === null || value === undefined ? undefined : (value as { length?: unknown }).length;
}

/** zod's `minLength`: runs even after a wrong type when the value has a length. */
function minLength(value: unknown, min: number, message: string, out: ValueIssue[]): void {
  const units = lengthOf(value);
  if (units === undefined) return;
  const length =
    typeof value === 'string' && value.length >= min && value.length < min * 2 ? codePoints(value) : units;
  if (!((length as number) >= min)) out.push(issue('too_small', message));
}

/** zod's `maxLength` with its English message (`Too big: expected string to have <=500 characters`). */
function maxLength(value: unknown, max: number, out: ValueIssue[]): void {
  const units = lengthOf(value);
  if (units === undefined) return;
  const length = typeof value === 'string' && value.length > max ? codePoints(value) : units;
  if ((length as number) <= max) return;
  const message = Array.isArray(value)
    ? `Too big: expected array to have <=${max} items`
    : typeof value === 'string'
      ? `Too big: expected string to have <=${max} characters`
      : `Too big: expected unknown to be <=${max}`;
  out.push(issue('too_big', message));
}

/** A trimmed, non-blank text of at most `max` characters. */
function textCheck(max: number, blank: string): ValueCheck {
  return (value) => {
    const out: ValueIssue[] = [];
    if (typeof value !== 'string') {
      out.push(issue('invalid_type', wrongType('string', value)));
      minLength(value, 1, blank, out);
      maxLength(value, max, out);
      return out;
    }
    const text = value.trim();
    minLength(text, 1, blank, out);
    maxLength(text, max, out);
    return out;
  };
}

/** The "please specify" text of an "other" option. */
export const otherTextCheck: ValueCheck = textCheck(OTHER_TEXT_MAX, 'please specify "other"');

/** One code of a closed list; `invalid` is true when the value was not even text. */
function oneOf(values: readonly string[]) {
  const allowed = new Set(values);
  const message = `must be one of: ${values.join(', ')}`;
  return (value: unknown): ValueIssue | undefined => {
    if (typeof value !== 'string') return issue('invalid_type', wrongType('string', value));
    return allowed.has(value) ? undefined : issue('custom', message);
  };
}

function single(values: readonly string[]): ValueCheck {
  const check = oneOf(values);
  return (value) => {
    const found = check(value);
    return found ? [found] : NONE;
  };
}

function multi(
  definition: SurveyDefinition,
  item: Item & { kind: 'multi_choice' },
  values: readonly string[],
) {
  const check = oneOf(values);
  const exclusive = new Set(
    (item.options ?? definition.choiceLists?.[item.choices ?? ''] ?? [])
      .filter((c) => c.exclusive)
      .map((c) => c.value),
  );
  const max = item.maxSelections;
  return (value: unknown): readonly ValueIssue[] => {
    const out: ValueIssue[] = [];
    if (!Array.isArray(value)) {
      out.push(issue('invalid_type', wrongType('array', value)));
      minLength(value, 1, 'choose at least one option', out);
      return out;
    }
    // a code that is not text stops the list's own rules, as zod's element type did
    let wrongElement = false;
    // by index, not forEach: a hole in a sparse list is an element that is not text
    for (let index = 0; index < value.length; index++) {
      const found = check(value[index]);
      if (!found) continue;
      if (found.code === 'invalid_type') wrongElement = true;
      out.push(issue(found.code, found.message, [index]));
    }
    minLength(value, 1, 'choose at least one option', out);
    if (wrongElement) return out;
    if (new Set(value).size !== value.length) out.push(issue('custom', 'an option is chosen twice'));
    if (value.length !== 1 && value.some((v) => exclusive.has(v)))
      out.push(issue('custom', 'this option cannot be combined with others'));
    if (max !== undefined && !(value.length <= max)) out.push(issue('custom', `choose at most ${max}`));
    return out;
  };
}

function numberCheck(integer: boolean, min: number | undefined, max: number | undefined): ValueCheck {
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return [issue('invalid_type', wrongType('number', value))];
    const out: ValueIssue[] = [];
    if (integer) {
      if (!Number.isInteger(value)) return [issue('invalid_type', WHOLE_NUMBER)];
      if (!Number.isSafeInteger(value)) out.push(issue(value > 0 ? 'too_big' : 'too_small', WHOLE_NUMBER));
    }
    if (min !== undefined && !(value >= min))
      out.push(issue('too_small', `Too small: expected number to be >=${min}`));
    if (max !== undefined && !(value <= max))
      out.push(issue('too_big', `Too big: expected number to be <=${max}`));
    return out;
  };
}

function dateCheck(min: string | undefined, max: string | undefined): ValueCheck {
  return (value) => {
    if (typeof value !== 'string') return [issue('invalid_type', DATE_MESSAGE)];
    const out: ValueIssue[] = [];
    if (!ISO_DATE.test(value)) out.push(issue('invalid_format', DATE_MESSAGE));
    if (min !== undefined && !(value >= min)) out.push(issue('custom', `must be on or after ${min}`));
    if (max !== undefined && !(value <= max)) out.push(issue('custom', `must be on or before ${max}`));
    return out;
  };
}

function matrixCheck(rows: readonly string[], values: readonly string[]): ValueCheck {
  const check = oneOf(values);
  const known = new Set(rows);
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return [issue('invalid_type', wrongType('object', value))];
    const out: ValueIssue[] = [];
    const cells = value as Record<string, unknown>;
    for (const row of rows) {
      if (row === '__proto__') continue;
      // an absent row is fine; a row named like an Object member reads what zod read
      const cell = cells[row];
      if (cell === undefined) continue;
      const found = check(cell);
      if (found) out.push(issue(found.code, found.message, [row]));
    }
    const unknown: string[] = [];
    for (const key in cells) if (!known.has(key)) unknown.push(key);
    if (unknown.length > 0)
      out.push(
        issue(
          'unrecognized_keys',
          `Unrecognized key${unknown.length > 1 ? 's' : ''}: ${unknown.map((k) => `"${k}"`).join(', ')}`,
        ),
      );
    return out;
  };
}

/** The check of one item's answer, before conditions and `required` apply; none for notes and calculations. */
export function valueCheck(definition: SurveyDefinition, item: Item): ValueCheck | undefined {
  const values = allowedValues(definition, item) ?? [];
  switch (item.kind) {
    case 'single_choice':
    case 'likert':
    case 'yes_no':
      return single(values);
    case 'multi_choice':
      return multi(definition, item, values);
    case 'rating':
      return numberCheck(true, item.min ?? 1, item.max);
    case 'number':
      return numberCheck(Boolean(item.integer), item.min, item.max);
    case 'text':
      return textCheck(item.maxLength ?? DEFAULT_TEXT_MAX, 'must not be empty');
    case 'date':
      return dateCheck(item.min, item.max);
    case 'matrix':
      return matrixCheck(
        item.rows.map((row) => row.id),
        values,
      );
    case 'note':
    case 'calculate':
      return undefined;
  }
}
