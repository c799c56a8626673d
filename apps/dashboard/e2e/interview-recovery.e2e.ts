import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInterview } from './fill.ts';
import { HAS_CHROMIUM, type Harness, login, newContext, snap, startHarness } from './harness.ts';
import { answerFirstSection, checkedIn, expectSectionTwo } from './interview.ts';
import { passPinScreen } from './pin.ts';

describe.skipIf(!HAS_CHROMIUM)('an interview in progress survives a reload and a resume', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h);
    page = await context.newPage();
    await login(page, 'monitor@demo.kolo');
    await passPinScreen(page);
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should reopen at section 2 with every answer after a reload, and resume them from Collect', async () => {
    await startInterview(page);
    // focus moves to the first question, not the page body
    expect(await page.evaluate(() => document.activeElement?.closest('[data-question]') !== null)).toBe(true);
    const first = await answerFirstSection(page);
    await page.getByRole('button', { name: /^Далі$/ }).click();
    await page.getByText('Розділ 2 з').waitFor();
    await page.locator('form fieldset input[type="radio"]').first().check();
    const second = await checkedIn(page);
    // an answer is saved within about 300 ms of being given
    await page.waitForTimeout(600);
    await page.reload();
    await passPinScreen(page);
    await expectSectionTwo(page, second);
    expect(new URL(page.url()).searchParams.has('new')).toBe(false);
    await snap(page, 'recovery-01-after-reload');
    await page.getByRole('button', { name: /^Назад$/ }).click();
    await page.getByText('Розділ 1 з').waitFor();
    expect(await checkedIn(page)).toEqual(first);

    // a second reload straight after a change (the flush on pagehide) and on section 1
    await page.reload();
    await passPinScreen(page);
    await page.getByText('Розділ 1 з').waitFor();
    expect(await checkedIn(page)).toEqual(first);

    await page.goto('/collect');
    await passPinScreen(page);
    await page.getByLabel('Site').selectOption({ index: 1 });
    await page.getByLabel('Survey').selectOption('service-satisfaction');
    await page.getByRole('button', { name: 'Resume the saved interview' }).click();
    await page.getByText('Розділ 1 з').waitFor();
    expect(await checkedIn(page)).toEqual(first);
    await page.getByRole('button', { name: /^Далі$/ }).click();
    await expectSectionTwo(page, second);
    await snap(page, 'recovery-02-resumed');
  });

  it('should resume at the section the monitor left from Collect', async () => {
    await page.goto('/collect');
    await passPinScreen(page);
    await page.getByLabel('Site').selectOption({ index: 1 });
    await page.getByLabel('Survey').selectOption('service-satisfaction');
    await page.getByRole('button', { name: 'Resume the saved interview' }).click();
    await page.getByText(/Розділ \d з/).waitFor();
    const at = await page.getByText(/Розділ \d з/).textContent();
    expect(at).toMatch(/Розділ 2 з/);
  });
});
