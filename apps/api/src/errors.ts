import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Stable error codes clients can act on. */
export type ApiErrorCode =
  | 'bad_request'
  | 'malformed_json'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'gone'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid'
  | 'rate_limited'
  | 'internal';

/** An error the API answers with `{ error: { code, message } }` and the given status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A zod issue as far as the map below needs it. */
interface Issue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/**
 * Zod issues as the `path -> messages` map every 422 carries (`errors`), the whole input as
 * `root` (e.g. `(body)`, `(item)`).
 * @example issueMap([{ path: ['answers', 'age'], message: 'too small' }]) // { 'answers.age': ['too small'] }
 */
export function issueMap(issues: readonly Issue[], root = '(body)'): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || root;
    errors[path] = [...(errors[path] ?? []), issue.message];
  }
  return errors;
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const forbidden = (message = 'your role does not allow this') =>
  new ApiError(403, 'forbidden', message);

/** The JSON body of an error response. */
export function errorBody(code: ApiErrorCode, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details ?? {}) } };
}

function isUniqueViolation(error: unknown): boolean {
  const code =
    (error as { code?: string; cause?: { code?: string } })?.code ??
    (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}

/** One place that turns anything thrown into a JSON error; bad input is 4xx, never 500. */
export function handleError(error: Error, c: Context, log: (message: string) => void) {
  if (error instanceof ApiError)
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 413) return c.json(errorBody('payload_too_large', 'the request body is too large'), 413);
    if (status === 400) {
      const malformed = /json/i.test(error.message);
      return c.json(
        errorBody(
          malformed ? 'malformed_json' : 'bad_request',
          malformed ? 'the request body is not valid JSON' : error.message || 'bad request',
        ),
        400,
      );
    }
    if (status === 403) {
      // hono's csrf middleware: a state-changing request from another site, or with no Origin at all
      const message =
        error.message ||
        'cross-site request refused: send it from the kolo app, or with this server as Origin';
      return c.json(errorBody('forbidden', message), 403);
    }
    return c.json(
      errorBody(status === 401 ? 'unauthenticated' : 'bad_request', error.message || 'request refused'),
      status,
    );
  }
  if (isUniqueViolation(error)) return c.json(errorBody('conflict', 'this already exists'), 409);
  log(`unhandled ${describeError(error)}`);
  return c.json(errorBody('internal', 'something went wrong on the server'), 500);
}

/**
 * What may be logged about an unexpected error. A failed database query's message carries the
 * statement and its parameters (answers, names, emails) and the database's own message may quote
 * a value, so for those only the SQLSTATE code is kept; other errors give their name and message.
 */
export function describeError(error: Error): string {
  const cause = (error as { cause?: { code?: unknown; name?: unknown } }).cause;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  const fromDatabase =
    /^Failed query/.test(error.message) || error.name === 'DrizzleQueryError' || typeof code === 'string';
  if (fromDatabase) return `database error ${typeof code === 'string' ? code : '(no code)'}`;
  return `${error.name}: ${error.message}`;
}
