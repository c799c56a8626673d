import { readFileSync, statSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  figuresSettled,
  HAS_CHROMIUM,
  type Harness,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';

/** Keys that only row-level data has: none may reach a funder's browser. */
const ROW_KEYS = ['"answers"', '"collectedBy"', '"contentHash"', '"facts"', '"rows":[{"id":"', '_other"'];

describe.skipIf(!HAS_CHROMIUM)('insights in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const bodies: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    context = await h.browser.newContext({
      baseURL: h.url,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('response', async (response) => {
      if (!response.url().includes('/api/')) return;
      bodies.push(await response.text().catch(() => ''));
    });
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should show a funder the satisfaction dashboard for one country and the last quarter, with no row-level data', async () => {
    await login(page, 'funder@demo.kolo');
    await page.getByRole('link', { name: 'Service satisfaction' }).click();
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    await snap(page, 'insights-01-all');
    await page.getByLabel('Country', { exact: true }).selectOption('KG');
    await page.getByLabel('Period', { exact: true }).selectOption('quarter');
    // the URL mirrors the filters after the render that applied them
    await expect.poll(() => page.url()).toContain('country=KG');
    await expect.poll(() => page.url()).toContain('period=quarter');
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    await figuresSettled(page);
    await snap(page, 'insights-02-kg-quarter');
    // indicator cards and one figure per question that has a chart
    expect(await page.getByText('Acceptability', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.locator('figure').count()).toBeGreaterThan(20);
    // a chart as PNG and its data as CSV, made in the browser
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /^Chart \(PNG\)/ })
        .first()
        .click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^service-satisfaction-.+\.png$/);
    expect(statSync(await png.path()).size).toBeGreaterThan(2000);
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /^Data \(CSV\)/ })
        .first()
        .click(),
    ]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain(',');
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) for (const key of ROW_KEYS) expect(body).not.toContain(key);
  });

  it('should open a public share link without login and stop when it is revoked', async () => {
    // a browser always sends its Origin with a state-changing request; the API refuses cross-site ones
    const staff = await h.browser.newContext({ baseURL: h.url, extraHTTPHeaders: { origin: h.url } });
    await staff.request.post('/api/auth/login', {
      data: { email: 'staff@demo.kolo', password: DEMO_PASSWORD },
    });
    const created = await staff.request.post('/api/share-links', {
      data: { surveyId: 'service-satisfaction', label: 'Donor report' },
    });
    expect(created.status()).toBe(201);
    const link = (await created.json()) as { id: string; path: string };
    const visitor = await newContext(h);
    const publicPage = await visitor.newPage();
    await publicPage.goto(link.path);
    await publicPage.getByText('Demo Harm Reduction Network', { exact: false }).first().waitFor();
    await publicPage.getByRole('heading', { name: 'Indicators' }).waitFor();
    await snap(publicPage, 'share-01-public');
    const revoked = await staff.request.delete(`/api/share-links/${link.id}`);
    expect(revoked.status(), await revoked.text()).toBe(200);
    await publicPage.reload();
    await publicPage.getByText(/This link no longer works/).waitFor();
    await snap(publicPage, 'share-02-revoked');
    await visitor.close();
    await staff.close();
  });

  it('should break no Content-Security-Policy rule on any page it visited', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
