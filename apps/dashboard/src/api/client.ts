/** An error answer from the kolo API, with its status, code and message. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

/** True when the request never reached the server (offline, DNS, reset): worth retrying later. */
/**
 * The text of a failed request as the administration and accountability screens show it today:
 * the API's own message (it says what to fix). One place, so moving them to `apiErrorText` (the UI
 * language) is one change.
 */
export function requestErrorMessage(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : String(error);
}

export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiRequestError && error.status === 0);
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly json?: unknown;
  readonly signal?: AbortSignal;
}

/** Call the kolo API on this origin with the session cookie; JSON in, JSON out, errors thrown as ApiRequestError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  };
  if (options.signal) init.signal = options.signal;
  if (options.json !== undefined) {
    init.headers = { ...init.headers, 'content-type': 'application/json' };
    init.body = JSON.stringify(options.json);
  }
  const response = await fetch(path, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiRequestError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `HTTP ${response.status}`,
      body,
    );
  }
  return body as T;
}
