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

/** The app's own words on screen, without the data (site names are written as their people write them). */
async function chrome(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, nav a, button, label, summary, th')]
      .map((e) => e.textContent ?? '')
      .join(' | '),
  );
}

describe.skipIf(!HAS_CHROMIUM)('Insights in Romanian and Serbian on a phone', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h, { width: 360 });
    page = await context.newPage();
    await login(page, 'funder@demo.kolo');
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  async function open(language: string): Promise<void> {
    await page.evaluate((code) => localStorage.setItem('kolo.language', code), language);
    await page.goto('/insights/service-satisfaction');
    await page.locator('figure').first().waitFor();
    await figuresSettled(page);
  }

  it('should show Serbian in Latin script, derived from the Cyrillic strings, with Latin dates', async () => {
    await open('sr-Latn');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sr-Latn');
    await page.getByRole('heading', { name: 'Pokazatelji' }).waitFor();
    const words = await chrome(page);
    expect(words).toContain('Pokazatelji');
    // the language picker names each language in itself: Українська, Српски (ћирилица)…
    const pickerNames = /Українська|Русский|Кыргызча|Српски \(ћирилица\)/g;
    expect(words.replace(pickerNames, '')).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'insights-sr-Latn-360');
    await page.screenshot({ path: '/tmp/t3-insights-sr-Latn-360-top.png' });
  });

  it('should show Serbian in Cyrillic for sr', async () => {
    await open('sr');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sr');
    await page.getByRole('heading', { name: 'Показатељи' }).waitFor();
    await snap(page, 'insights-sr-360');
    await page.screenshot({ path: '/tmp/t3-insights-sr-360-top.png' });
  });

  it('should show Romanian with its diacritics', async () => {
    await open('ro');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    await page.getByRole('heading', { name: 'Indicatori' }).waitFor();
    expect(await chrome(page)).toMatch(/[ăâîșț]/);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'insights-ro-360');
    await page.screenshot({ path: '/tmp/t3-insights-ro-360-top.png' });
  });
});
