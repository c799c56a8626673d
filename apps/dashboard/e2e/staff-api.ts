import type { BrowserContext } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, type Harness } from './harness.ts';

/** A staff member's API context, signed in. */
export async function staffRequest(h: Harness): Promise<BrowserContext> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const res = await context.request.post('/api/auth/login', {
    data: { email: 'staff@demo.kolo', password: DEMO_PASSWORD },
  });
  expect(res.status()).toBe(200);
  return context;
}

/** A survey's stored submissions, as staff read them through the API. */
export async function storedRows(
  h: Harness,
  surveyId: string,
): Promise<Array<{ answers: Record<string, unknown> }>> {
  const staff = await staffRequest(h);
  const res = await staff.request.get(`/api/surveys/${surveyId}/submissions`);
  const body = (await res.json()) as { rows?: Array<{ answers: Record<string, unknown> }> };
  await staff.close();
  return body.rows ?? [];
}
