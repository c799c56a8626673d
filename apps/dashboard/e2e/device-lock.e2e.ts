import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions, startInterview } from './fill.ts';
import {
  DEMO_PASSWORD,
  HAS_CHROMIUM,
  type Harness,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';
import { DEMO_PIN, passPinScreen } from './pin.ts';

/** Text of the satisfaction survey's first section in Ukrainian: on screen only while unlocked. */
const SURVEY_TEXT = 'Розділ 1';
const EXIT_PAGE = 'https://www.google.com/search?q=weather';

/** Names of kolo's IndexedDB stores and how many records each holds. */
function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('kolo');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = Array.from(db.objectStoreNames);
          const counts: Record<string, number> = {};
          if (names.length === 0) {
            db.close();
            return resolve(counts);
          }
          const tx = db.transaction(names);
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => {
              counts[name] = req.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

async function pinScreenShown(page: Page): Promise<void> {
  await page.locator('#lock-title').waitFor();
  await page.locator('input[inputmode="numeric"]').waitFor();
}

async function enterPin(page: Page, pin: string): Promise<void> {
  await page.locator('input[inputmode="numeric"]').fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

describe.skipIf(!HAS_CHROMIUM)('the device PIN lock in Chromium at 360 px', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h);
    // quick exit's neutral page, served here so the test needs no internet
    await context.route('https://www.google.com/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>weather - Search</title><h1>Weather</h1>',
      }),
    );
    page = await context.newPage();
    // "an unfinished interview is saved: start a new one?" yes
    page.on('dialog', (dialog) => void dialog.accept());
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should ask a monitor for a device PIN before Collect, and refuse a trivial one', async () => {
    await login(page, 'monitor@demo.kolo', undefined, { pin: false });
    await page.getByRole('heading', { name: 'Set a device PIN' }).waitFor();
    await snap(page, 'pin-01-setup');
    const fields = page.locator('input[inputmode="numeric"]');
    for (const [pin, message] of [
      ['123456', 'This PIN is too easy to guess'],
      ['000000', 'This PIN is too easy to guess'],
      ['121212', 'This PIN is too easy to guess'],
      ['4809', 'Use 6 to 12 digits.'],
    ] as const) {
      await fields.nth(0).fill(pin);
      await fields.nth(1).fill(pin);
      await page.getByRole('button', { name: 'Set PIN' }).click();
      await page.getByRole('alert').getByText(message).waitFor();
    }
    await snap(page, 'pin-02-setup-refused');
    await fields.nth(0).fill(DEMO_PIN);
    await fields.nth(1).fill(`${DEMO_PIN}1`);
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await page.getByRole('alert').getByText('The two PINs are not the same.').waitFor();
    await fields.nth(1).fill(DEMO_PIN);
    const started = Date.now();
    await page.getByRole('button', { name: 'Set PIN' }).click();
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    console.info(`PIN setup (PBKDF2, 600,000 iterations, wrap) took ${Date.now() - started} ms`);
    const vault = await page.evaluate(
      () =>
        new Promise<{ iterations: number; keys: string[] }>((resolve) => {
          const open = indexedDB.open('kolo');
          open.onsuccess = () => {
            const get = open.result.transaction('vault').objectStore('vault').getAll();
            get.onsuccess = () => {
              open.result.close();
              const [record] = get.result as Array<Record<string, unknown>>;
              resolve({ iterations: record?.iterations as number, keys: Object.keys(record ?? {}).sort() });
            };
          };
        }),
    );
    expect(vault.iterations).toBe(600_000);
    // salt, wrapped key and its IV; never the PIN or the key in clear
    expect(vault.keys).toEqual(
      ['createdAt', 'email', 'failures', 'iterations', 'me', 'salt', 'wrapIv', 'wrappedKey'].sort(),
    );
  });

  it('should show the PIN screen, not the interview, after a reload, and bring the interview back with the PIN', async () => {
    await startInterview(page);
    await answerVisibleQuestions(page);
    await page.waitForTimeout(600);
    await page.reload();
    await pinScreenShown(page);
    expect(await page.content()).not.toContain(SURVEY_TEXT);
    await snap(page, 'pin-03-locked-after-reload');
    const started = Date.now();
    await enterPin(page, DEMO_PIN);
    await page.getByText(SURVEY_TEXT).waitFor();
    console.info(`PIN unlock (PBKDF2, 600,000 iterations, unwrap) took ${Date.now() - started} ms`);
    // the draft is stored as ciphertext: no answer is readable in IndexedDB
    const drafts = await page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          const open = indexedDB.open('kolo');
          open.onsuccess = () => {
            const get = open.result.transaction('drafts').objectStore('drafts').getAll();
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result);
            };
          };
        }),
    );
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(Object.keys(d as object).sort()).toEqual(['key', 'owner', 'sealed', 'updatedAt']);
      expect(JSON.stringify(d)).not.toContain('answers');
    }
  });

  it('should unlock with the PIN with no network after a reload', async () => {
    await page.goto('/collect');
    await passPinScreen(page);
    const ready = await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready.then(() => true),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000)),
      ]),
    );
    expect(ready, 'the service worker never became ready').toBe(true);
    await context.setOffline(true);
    try {
      await page.reload();
      await pinScreenShown(page);
      await enterPin(page, DEMO_PIN);
      await page.getByRole('heading', { name: 'Collect' }).waitFor();
      await page.getByText('You are offline. Your work is saved on this device.').waitFor();
      await snap(page, 'pin-04-unlocked-offline');
    } finally {
      await context.setOffline(false);
    }
  });

  it('should leave nothing but the PIN screen behind quick exit, even with Back', async () => {
    await startInterview(page);
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(EXIT_PAGE);
    expect(await page.title()).toBe('weather - Search');
    await page.goBack();
    await pinScreenShown(page);
    expect(await page.content()).not.toContain(SURVEY_TEXT);
    await snap(page, 'pin-05-back-after-quick-exit');
    // and Back again: still nothing of kolo's data
    await page.goBack().catch(() => undefined);
    await page.waitForTimeout(500);
    expect(await page.content()).not.toContain(SURVEY_TEXT);
  });

  it('should sign in with the email and the device PIN when there is no network', async () => {
    await page.goto('/collect');
    await passPinScreen(page);
    await context.setOffline(true);
    try {
      // on a phone, sign-out sits in the header's fold-out menu
      const menu = page.locator('details.header-menu summary');
      if (await menu.isVisible().catch(() => false)) await menu.click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in without a network' }).waitFor();
      await snap(page, 'pin-08-offline-sign-in');
      await page.getByLabel('Email').fill('funder@demo.kolo');
      await page.locator('input[inputmode="numeric"]').fill(DEMO_PIN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').getByText('This email has no device PIN on this phone').waitFor();
      await page.getByLabel('Email').fill('monitor@demo.kolo');
      await page.locator('input[inputmode="numeric"]').fill(DEMO_PIN);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Collect' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  });

  it('should sign out and wipe the device after 5 wrong PINs, counting through a reload', async () => {
    await login(page, 'monitor@demo.kolo');
    await startInterview(page);
    await answerVisibleQuestions(page);
    await page.waitForTimeout(600);
    await page.reload();
    await pinScreenShown(page);
    const before = await storeCounts(page);
    expect(before.vault).toBe(1);
    expect(before.drafts).toBeGreaterThan(0);
    for (const left of [4, 3]) {
      await enterPin(page, '135790');
      await page.getByRole('alert').getByText(`${left} tries left`).waitFor();
    }
    // the count of wrong PINs is kept on the device, not in the page
    await page.reload();
    await pinScreenShown(page);
    await enterPin(page, '135790');
    await page.getByRole('alert').getByText('2 tries left').waitFor();
    await enterPin(page, '246801');
    await page.getByRole('alert').getByText('1 try left').waitFor();
    await snap(page, 'pin-06-last-try');
    await enterPin(page, '975310');
    await page.getByText('The PIN was entered wrongly 5 times.').waitFor();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await snap(page, 'pin-07-wiped');
    const after = await storeCounts(page);
    expect(after.vault ?? 0).toBe(0);
    expect(after.drafts ?? 0).toBe(0);
    expect(after.outbox ?? 0).toBe(0);
    // the server session is over too
    const me = await page.request.get('/api/auth/me');
    expect([204, 401]).toContain(me.status());
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it('should keep a user without a device PIN locked behind the password after quick exit, Back and reload', async () => {
    const funder = await newContext(h);
    await funder.route('https://www.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>weather - Search</title>' }),
    );
    const tab = await funder.newPage();
    try {
      await login(tab, 'funder@demo.kolo');
      await tab.getByRole('heading', { name: 'Insights' }).first().waitFor();
      // a second kolo page in history, for Back to return to (a same-address visit would replace it)
      await tab.goto('/');
      await tab.getByRole('heading', { name: 'Insights' }).first().waitFor();
      await tab.getByRole('button', { name: 'Quick exit' }).click();
      await tab.waitForURL(EXIT_PAGE);
      await tab.goBack();
      await tab.getByRole('heading', { name: 'Locked after inactivity' }).waitFor();
      await tab.reload();
      await tab.getByRole('heading', { name: 'Locked after inactivity' }).waitFor();
      expect(await tab.getByRole('navigation').count()).toBe(0);
      await tab.getByLabel('Password').fill(DEMO_PASSWORD);
      await tab.getByRole('button', { name: 'Unlock' }).click();
      await tab.getByRole('heading', { name: 'Insights' }).first().waitFor();
    } finally {
      await funder.close();
    }
  });

  it('should break no Content-Security-Policy rule on any page it visited', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
