import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillAndSubmit, startInterview, UK_BUTTONS } from './fill.ts';
import {
  DEMO_PASSWORD,
  HAS_CHROMIUM,
  type Harness,
  hasNoHorizontalScroll,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';
import { passPinScreen } from './pin.ts';

async function respondents(h: Harness): Promise<number> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const login = await context.request.post('/api/auth/login', {
    data: { email: 'staff@demo.kolo', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const res = await context.request.get('/api/surveys/service-satisfaction/results');
  const body = (await res.json()) as { respondents: { n: number } };
  await context.close();
  return body.respondents.n;
}

describe.skipIf(!HAS_CHROMIUM)('collect in Chromium at 360 px', () => {
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

  it('should let a monitor fill the satisfaction survey in Ukrainian and count it in the results', async () => {
    const before = await respondents(h);
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    await snap(page, 'collect-01-home');
    await startInterview(page);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'collect-02-form-uk');
    await fillAndSubmit(page, UK_BUTTONS);
    await page.getByText(/Sent\. Thank you!|Saved on this device/).waitFor();
    await snap(page, 'collect-03-sent');
    await expect.poll(() => respondents(h), { timeout: 20_000 }).toBe(before + 1);
  });

  it('should keep two interviews made offline through a reload and send each once when back online', async () => {
    const before = await respondents(h);
    // one online visit installs the service worker and caches surveys and sites
    await page.goto('/collect');
    const controlled = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(controlled, 'the service worker never became ready (is the build a production build?)').toBe(true);
    await page.reload();
    await passPinScreen(page);
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    await context.setOffline(true);
    for (const n of [1, 2]) {
      await startInterview(page);
      await fillAndSubmit(page, UK_BUTTONS);
      await page.getByText('Saved on this device. It will be sent when you are online.').waitFor();
      await snap(page, `offline-0${n}-queued`);
    }
    await page.reload();
    await page.goto('/collect/outbox');
    await passPinScreen(page);
    await page.getByText('2 interviews waiting').waitFor();
    await snap(page, 'offline-03-outbox-after-reload');
    expect(await respondents(h)).toBe(before);
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.getByText(/Nothing waiting/).waitFor({ timeout: 30_000 });
    await snap(page, 'offline-04-sent');
    await expect.poll(() => respondents(h), { timeout: 20_000 }).toBe(before + 2);
    // a second sync (on unlock) sends nothing twice
    await page.reload();
    await passPinScreen(page);
    await page.waitForTimeout(1500);
    expect(await respondents(h)).toBe(before + 2);
  });

  it('should leave the form at once with quick exit', async () => {
    // the external neutral page, served here so the test needs no internet
    await context.route('https://www.google.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
      }),
    );
    await startInterview(page);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL('https://www.google.com/**');
    await snap(page, 'quick-exit');
    expect(await page.title()).toBe('Weather');
    expect(await page.content()).not.toContain('Задоволеність');
  });

  it('should break no Content-Security-Policy rule on any page it visited', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
