import { ApiRequestError, isNetworkError } from './client.ts';

/**
 * TanStack Query's `retry` for every query: one more try after a network failure or a server
 * error (5xx), never after a refusal (4xx), which asking again only repeats and delays.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (isNetworkError(error)) return true;
  return error instanceof ApiRequestError && error.status >= 500;
}
