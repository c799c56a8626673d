import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  figuresSettled,
  HAS_CHROMIUM,
  type Harness,
  hasNoHorizontalScroll,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';

const ENGLISH_MONTH = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

/** Show the Insights of a library survey in a UI language, and wait for its figures. */
async function openInsights(page: Page, survey: string, language: string): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('kolo.language', l), language);
  await page.goto(`/insights/${survey}`);
  await page.locator('#respondents-title').waitFor();
  await page.locator('figure').first().waitFor();
  await figuresSettled(page);
}

/** The texts of the respondents-over-time chart's axes. */
const timelineTicks = (page: Page) =>
  page.locator('section[aria-labelledby="respondents-title"] svg text').allTextContents();

describe.skipIf(!HAS_CHROMIUM)('the demo network in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h, { width: 1280, height: 900 });
    page = await context.newPage();
    await login(page, 'staff@demo.kolo');
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should show the follow-up of "Not reported to anyone" with data, not "No data yet"', async () => {
    await openInsights(page, 'rights-barriers', 'en');
    const why = page.locator('figure', { hasText: 'Why was it not reported?' }).first();
    await why.waitFor();
    await why.scrollIntoViewIfNeeded();
    expect(await why.textContent()).not.toContain('No data yet');
    expect(await why.textContent()).toMatch(/n = \d+/);
    await snap(page, 'demo-story-rights-1280-en');
  });

  it('should show the satisfaction dashboard in English and Ukrainian at 1280 and 360 px', async () => {
    await openInsights(page, 'service-satisfaction', 'en');
    await snap(page, 'demo-story-insights-1280-en');
    await openInsights(page, 'service-satisfaction', 'uk');
    expect(await page.locator('#respondents-title').textContent()).toMatch(/Респонденти|респондент/i);
    await snap(page, 'demo-story-insights-1280-uk');
    await page.setViewportSize({ width: 360, height: 740 });
    for (const language of ['en', 'uk']) {
      await openInsights(page, 'service-satisfaction', language);
      expect(await hasNoHorizontalScroll(page), language).toBe(true);
      await snap(page, `demo-story-insights-360-${language}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('should name months and quarters in Kyrgyz although Chromium has no Kyrgyz date data', async () => {
    const browserSays = await page.evaluate(() =>
      new Intl.DateTimeFormat('ky', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2026, 2, 1)),
      ),
    );
    await openInsights(page, 'service-satisfaction', 'ky');
    const months = (await timelineTicks(page)).join(' | ');
    expect(months, `Chromium alone says "${browserSays}"`).toMatch(/\d{4}-ж\. [а-яё]+/);
    expect(months).not.toMatch(ENGLISH_MONTH);
    await snap(page, 'demo-story-insights-months-1280-ky');
    await page.goto('/scorecard?survey=service-satisfaction');
    const quarters = page
      .getByRole('combobox')
      .filter({ has: page.locator('option', { hasText: 'чейрек' }) });
    await quarters.first().waitFor();
    expect((await quarters.first().textContent()) ?? '').not.toMatch(/\d{4}-Q\d/);
    await snap(page, 'demo-story-scorecard-1280-ky');
  });
});
