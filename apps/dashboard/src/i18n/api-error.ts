import type { TFunction } from 'i18next';
import { ApiRequestError, isNetworkError } from '../api/client.ts';

/**
 * What to tell the user about a failed request, in the UI language. The API's own `message` is
 * English for developers and logs, so it is never shown: its status and code pick the words.
 */
export function apiErrorText(t: TFunction, error: unknown): string {
  if (isNetworkError(error)) return t('apiError.network');
  if (!(error instanceof ApiRequestError)) return t('apiError.other', { status: '—' });
  if (error.status === 401) return t('apiError.unauthenticated');
  if (error.status === 403) return t('apiError.forbidden');
  if (error.status === 404) return t('apiError.notFound');
  if (error.status === 409) return t('apiError.conflict');
  if (error.status === 422) return t('apiError.invalid');
  if (error.status === 429) return t('apiError.rateLimited');
  if (error.status === 503) return t('apiError.busy');
  if (error.status >= 500) return t('apiError.server');
  return t('apiError.other', { status: error.status });
}
