import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillAndSubmit, startInterview, UK_BUTTONS } from './fill.ts';
import { HAS_CHROMIUM, type Harness, login, newContext, snap, startHarness } from './harness.ts';
import { passPinScreen } from './pin.ts';

/** Top of an element in CSS pixels from the top of the page. */
function topOf(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (s) => Math.round((document.querySelector(s)?.getBoundingClientRect().top ?? -1) + window.scrollY),
    selector,
  );
}

describe.skipIf(!HAS_CHROMIUM)('collecting on a 360 × 740 phone', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h, { width: 360, height: 740 });
    page = await context.newPage();
    // "Start a new interview" asks before replacing a saved one
    page.on('dialog', (dialog) => void dialog.accept());
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should show the first question high on the screen under a compact header', async () => {
    await startInterview(page);
    const header = await page.evaluate(
      () => document.querySelector('.app-header')?.getBoundingClientRect().height,
    );
    const question = await topOf(page, 'form [data-question]');
    console.info(`360x740: header ${header} px, first question at y=${question}`);
    await snap(page, 'phone-01-first-question');
    expect(header).toBeLessThanOrEqual(110);
    expect(question).toBeLessThanOrEqual(400);
    // language and sign-out stay one tap away
    await page.locator('.header-menu > summary').click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.locator('.header-menu').getByLabel('App language').waitFor();
    await snap(page, 'phone-02-menu-open');
  });

  it('should remember the site picked for a survey, and title the outbox entries', async () => {
    await page.goto('/collect');
    await passPinScreen(page);
    const site = page.getByLabel('Site');
    await site.waitFor();
    await page.getByLabel('Survey').selectOption('service-satisfaction');
    await expect.poll(() => site.inputValue()).not.toBe('');
    const picked = await site.inputValue();
    // the last interview's site comes back after a reload too
    await page.reload();
    await passPinScreen(page);
    await page.getByLabel('Survey').selectOption('service-satisfaction');
    await expect.poll(() => page.getByLabel('Site').inputValue()).toBe(picked);

    // the server cannot be reached for sending: the interview waits in the outbox
    await context.route('**/api/submissions**', (route) => route.abort('internetdisconnected'));
    await startInterview(page);
    await fillAndSubmit(page, UK_BUTTONS);
    await page.getByText('Saved on this device. It will be sent when you are online.').waitFor();
    await page.getByRole('link', { name: /Outbox/ }).click();
    await page.getByText('1 interview waiting').waitFor();
    await page.getByRole('heading', { name: 'Waiting to send' }).waitFor();
    const card = page.locator('.cards .card strong').first();
    expect(await card.textContent()).toBe('Service satisfaction');
    await snap(page, 'phone-03-outbox-title');
    await context.unrouteAll();
  });
});
