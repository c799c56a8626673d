import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, type Harness, login, snap, startHarness } from './harness.ts';

/** Issue 22: the answer filter, the page notice, sharing a view and the public page, in Chromium. */
describe.skipIf(!HAS_CHROMIUM)('daily work in Insights and sharing', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  let shareUrl = '';

  beforeAll(async () => {
    h = await startHarness();
    context = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.url().includes('/api/')) requests.push(request.url());
    });
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should wait for both question and value before filtering, and explain a refusal in the reader’s language', async () => {
    await login(page, 'staff@demo.kolo');
    await page.getByRole('link', { name: 'Insights' }).first().click();
    await page.getByRole('link', { name: 'Service satisfaction' }).click();
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    requests.length = 0;
    const answer = page.getByLabel('Answer', { exact: true });
    const question = (await answer.locator('option').nth(1).getAttribute('value')) ?? '';
    await answer.selectOption(question);
    await page.waitForTimeout(800);
    // a question without a value sends nothing that the API would refuse
    expect(requests.filter((u) => u.includes('filter='))).toEqual([]);
    expect(await page.locator('figure').count()).toBeGreaterThan(10);
    // a refusal (here a made-up answer in the URL) is a translated notice with a way out, once, not retried
    requests.length = 0;
    await page.goto(`${page.url().split('?')[0]}?answer=${question}:no_such_value`);
    await page
      .getByRole('alert')
      .getByText(/could not be shown for these filters/)
      .waitFor();
    // each refused request was sent once: a 4xx is not retried
    const refused = requests.filter((u) => u.includes('no_such_value') && u.includes('/results'));
    expect(refused.length).toBeGreaterThan(0);
    // (the page and the compare panel may both ask for the network figure; never a third time)
    for (const url of new Set(refused))
      expect(refused.filter((u) => u === url).length, url).toBeLessThanOrEqual(2);
    await snap(page, 'daily-02-refused-en');
    await page.getByRole('alert').getByRole('button', { name: 'Reset filters' }).click();
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
  });

  it('should say once for the page when a filter leaves too few respondents', async () => {
    // one day: too few respondents on any day of the thinned demo
    await page.goto(`${page.url().split('?')[0]}?period=custom&from=2025-01-01&to=2025-01-01`);
    await page
      .getByText(/Too few respondents match these filters|No responses match these filters/)
      .waitFor();
    expect(await page.getByText(/Too few respondents match these filters/).count()).toBeLessThanOrEqual(1);
    expect(await page.getByText(/Hidden to protect respondents/).count()).toBe(0);
    await snap(page, 'daily-03-few-respondents');
  });

  it('should carry the current survey and filters to Share, and make a link that keeps them', async () => {
    const base = page.url().split('?')[0] ?? '';
    await page.goto(`${base}?country=UA`);
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    await page.getByRole('link', { name: 'Share this view' }).click();
    await page.getByRole('heading', { name: 'Share links' }).waitFor();
    await page
      .getByText(/Country: Ukraine/)
      .first()
      .waitFor();
    await page.getByLabel(/Label/).fill('Ukraine, for the donor meeting');
    await page.getByLabel(/Stops working after/).fill('2099-12-31');
    await page.getByLabel('Also show the findings and actions').check();
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = page.getByRole('status').locator('input');
    await link.waitFor();
    shareUrl = await link.inputValue();
    expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{20,}/);
    await snap(page, 'daily-04-share-form-en');
    await page.setViewportSize({ width: 360, height: 800 });
    await snap(page, 'daily-05-share-form-360');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('should show the shared view without asking who is signed in, with one respondents figure', async () => {
    const visitor = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    const shared = await visitor.newPage();
    const asked: string[] = [];
    shared.on('request', (r) => {
      if (r.url().includes('/api/')) asked.push(new URL(r.url()).pathname);
    });
    await shared.goto(shareUrl);
    await shared.getByText(/Showing: Country: Ukraine/).waitFor();
    await shared.getByRole('heading', { name: 'Indicators' }).waitFor();
    expect(asked).not.toContain('/api/auth/me');
    const heading = (await shared.locator('#respondents-title').textContent()) ?? '';
    const figure = /≈\s*([\d][\d,.\s\u00a0\u202f]*)/.exec(heading)?.[1]?.trim() ?? 'none';
    const caption =
      (await shared.locator('section:has(#respondents-title) .kolo-chart-n').textContent()) ?? '';
    expect(caption, heading).toBe(`n = ≈${figure}`);
    await snap(shared, 'daily-06-share-page-en');
    await shared.getByLabel('Language').selectOption('uk');
    await shared.getByText(/Показано/).waitFor();
    await snap(shared, 'daily-07-share-page-uk');
    await shared.setViewportSize({ width: 360, height: 800 });
    await snap(shared, 'daily-08-share-page-uk-360');
    // the public API answers only the link's own filters
    const token = shareUrl.split('/share/')[1] ?? '';
    const other = await shared.request.get(`/api/public/${token}/results?country=KG`);
    expect(other.status()).toBe(403);
    await visitor.close();
  });
});
