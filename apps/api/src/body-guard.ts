/** Deepest nesting a JSON body may have; a survey definition with nested conditions needs about 20. */
export const MAX_BODY_DEPTH = 64;

/**
 * Most values (objects, arrays, strings, numbers...) a JSON body may hold. A full batch of 500
 * long submissions holds about 60,000; walking a 5 MB body of two million tiny values took seconds.
 */
export const MAX_BODY_NODES = 100_000;

/**
 * Whether a parsed JSON body holds more than `max` values, counted without recursion and
 * stopping as soon as the count passes `max`, so a huge body costs no more than a body at the limit.
 * @example hasTooManyNodes(new Array(200_000).fill(0)) // true
 */
export function hasTooManyNodes(body: unknown, max = MAX_BODY_NODES): boolean {
  let count = 1;
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    count += children.length;
    if (count > max) return true;
    for (const child of children) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return false;
}

const BAD_TEXT = 'text may not hold a NUL character or a broken Unicode character';
const TOO_DEEP = `nested deeper than ${MAX_BODY_DEPTH} levels`;

/**
 * What in a parsed JSON body the server could not handle, keyed by path; null when nothing.
 * PostgreSQL text and jsonb refuse the NUL character and a lone UTF-16 surrogate (keys count as
 * text too), and recursive code (parsing, hashing, storing) must not meet unbounded nesting.
 * Walks without recursion, so a deep body cannot overflow the stack here either.
 * @example bodyProblems({ answers: { comment: 'a\u0000b' } }) // { 'answers.comment': [BAD_TEXT] }
 */
export function bodyProblems(body: unknown): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  // with the u flag a surrogate pair is one code point: only a lone surrogate is a Cs code point
  const bad = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);
  const printable = (path: string) =>
    path.replaceAll('\u0000', '\uFFFD').replace(/\p{Cs}/gu, '\uFFFD') || '(body)';
  const stack: Array<[unknown, string, number]> = [[body, '', 0]];
  let found = 0;
  while (stack.length > 0 && found < 20) {
    const [value, path, depth] = stack.pop() as [unknown, string, number];
    if (typeof value === 'string') {
      if (bad(value)) {
        errors[printable(path)] = [BAD_TEXT];
        found += 1;
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      errors[printable(path)] = [TOO_DEEP];
      found += 1;
      continue;
    }
    const entries: Array<[string, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [String(i), v])
      : Object.entries(value);
    for (const [key, v] of entries) {
      const at = path ? `${path}.${key}` : key;
      if (bad(key)) {
        errors[printable(at)] = [BAD_TEXT];
        found += 1;
      } else stack.push([v, at, depth + 1]);
    }
  }
  return found > 0 ? errors : null;
}

/** The batch route, whose items are checked one by one (see `bodyProblems`) rather than as one body. */
export const BATCH_PATH = '/api/submissions/batch';

/**
 * What of a body the guard checks as a whole: everything, except a batch's items, which the batch
 * route checks one at a time so that one broken submission is set aside and the others are stored.
 */
export function batchEnvelope(path: string, body: unknown): unknown {
  if (path !== BATCH_PATH || body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const { submissions } = body as { submissions?: unknown };
  if (!Array.isArray(submissions)) return body;
  return { ...body, submissions: [] };
}
