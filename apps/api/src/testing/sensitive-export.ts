import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** The headers a browser sends for a request the kolo dashboard makes on its own origin. */
export const SAME_ORIGIN = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' } as const;

/**
 * The path of a sensitive export as the dashboard opens it: a confirmation asked for first, then
 * the export with `includeSensitive=true&confirm=<token>`.
 */
export async function sensitiveExportPath(
  t: TestApp,
  cookie: string,
  surveyId: string,
  format: 'csv' | 'xlsx',
  query = '',
): Promise<string> {
  const res = await t.request(`/api/surveys/${surveyId}/export-confirmation`, {
    method: 'POST',
    cookie,
    headers: SAME_ORIGIN,
    json: { format },
  });
  expect(res.status).toBe(201);
  const { token } = (await res.json()) as { token: string };
  return `/api/surveys/${surveyId}/export.${format}?includeSensitive=true&confirm=${token}${query}`;
}
