import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillAndSubmit, startInterview, UK_BUTTONS } from './fill.ts';
import {
  DEMO_PASSWORD,
  HAS_CHROMIUM,
  type Harness,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';
import { passPinScreen } from './pin.ts';

/** The interviews the results count, read as staff. */
async function respondents(h: Harness): Promise<number> {
  const context = await h.browser.newContext({ baseURL: h.url });
  await context.request.post('/api/auth/login', {
    data: { email: 'staff@demo.kolo', password: DEMO_PASSWORD },
  });
  const res = await context.request.get('/api/surveys/service-satisfaction/results');
  const body = (await res.json()) as { respondents: { n: number } };
  await context.close();
  return body.respondents.n;
}

/** Deactivate (or activate again) a site as the network's admin, through the API. */
async function setSiteActive(h: Harness, siteId: string, active: boolean): Promise<void> {
  const context = await h.browser.newContext({ baseURL: h.url });
  await context.request.post('/api/auth/login', {
    data: { email: 'admin@demo.kolo', password: DEMO_PASSWORD },
  });
  const res = await context.request.patch(`/api/sites/${siteId}`, {
    data: { active },
    headers: { origin: h.url },
  });
  expect(res.status(), await res.text()).toBe(200);
  await context.close();
}

describe.skipIf(!HAS_CHROMIUM)('a site closed while a monitor works offline', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should send the interview saved offline before the closing, then offer the site no more and refuse new interviews for it with 422', async () => {
    await login(page, 'monitor@demo.kolo');
    await page.goto('/collect');
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(ready).toBe(true);
    await page.reload();
    await passPinScreen(page);
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    const [picked = ''] = await page.getByLabel('Site').selectOption({ index: 1 });
    expect(picked).not.toBe('');
    const before = await respondents(h);
    await context.setOffline(true);
    await startInterview(page);
    await fillAndSubmit(page, UK_BUTTONS);
    await page.getByText('Saved on this device. It will be sent when you are online.').waitFor();
    // the admin closes the site while the interview waits on the phone
    await setSiteActive(h, picked, false);
    await context.setOffline(false);
    await page.goto('/collect/outbox');
    await passPinScreen(page);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.getByText(/Nothing waiting/).waitFor({ timeout: 30_000 });
    await expect.poll(() => respondents(h), { timeout: 20_000 }).toBe(before + 1);
    await snap(page, 'site-deactivation-01-sent-360');

    // the collect screen no longer offers the closed site
    await page.goto('/collect');
    await passPinScreen(page);
    const site = page.getByLabel('Site').or(page.getByText('You are not assigned to any site yet.'));
    await site.first().waitFor();
    const offered = await page
      .locator('#root select option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(offered).not.toContain(picked);
    await snap(page, 'site-deactivation-02-not-offered-360');

    // a new interview naming it: 422 saying when it closed and what to do
    const survey = (await (await page.request.get('/api/surveys/service-satisfaction')).json()) as {
      version: number;
    };
    const res = await page.request.post('/api/submissions', {
      data: {
        id: crypto.randomUUID(),
        surveyId: 'service-satisfaction',
        version: survey.version,
        siteId: picked,
        collectedAt: new Date(Date.now() + 60_000).toISOString(),
        locale: 'uk',
        answers: {},
      },
      headers: { origin: h.url },
    });
    expect(res.status()).toBe(422);
    expect(await res.text()).toMatch(/closed on \d{4}-\d{2}-\d{2}: choose an active site/);
    await setSiteActive(h, picked, true);
  });
});
