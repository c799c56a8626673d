import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInterview } from './fill.ts';
import { HAS_CHROMIUM, type Harness, login, newContext, snap, startHarness } from './harness.ts';
import { passPinScreen } from './pin.ts';

describe.skipIf(!HAS_CHROMIUM)('the form in a language first needed offline', () => {
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

  it('should show the form in Ukrainian offline though the page never fetched Ukrainian online', async () => {
    const formLanguages: string[] = [];
    page.on('request', (request) => {
      const chunk = /\/assets\/(uk|ru|pl|ky|ro|sr)-[\w-]+\.js$/.exec(new URL(request.url()).pathname);
      if (chunk) formLanguages.push(chunk[1] ?? '');
    });
    // one online visit in English installs the service worker, which precaches every script
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
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
    expect(formLanguages).toEqual([]);

    await context.setOffline(true);
    await startInterview(page);
    await page.getByRole('button', { name: 'Далі' }).waitFor();
    expect(await page.getByRole('button', { name: 'Next' }).count()).toBe(0);
    // Ukrainian came as its own script, from the service worker's precache
    expect(formLanguages).toEqual(['uk']);
    await snap(page, 'form-language-offline-uk');
    await context.setOffline(false);
  });
});
