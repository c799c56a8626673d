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

/**
 * The API's own message of a failed request (it says what to fix, in English), for the report
 * form, which shows the report builder's reason as it is; other screens use `apiErrorText`.
 */
export function requestErrorMessage(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : String(error);
}

/** True when the request never reached the server (offline, DNS, reset): worth retrying later. */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiRequestError && error.status === 0);
}

/** The JSON (or text) of a response, thrown as an `ApiRequestError` unless it is a 2xx. */
export async function readAnswer(response: Pick<Response, 'ok' | 'status' | 'text'>): Promise<unknown> {
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
  return body;
}
