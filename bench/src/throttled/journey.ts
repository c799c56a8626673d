import type { Browser, BrowserContext, Page } from 'playwright-core';
import { THROTTLED_PASSWORD } from './server.ts';

/** The slow network of issue 16: 400 kbps each way, 400 ms round trip, a phone's CPU at a quarter speed. */
export const SLOW_PHONE = { kbps: 400, latencyMs: 400, cpuSlowdown: 4 } as const;

/** One timed journey: wall time from its start to the first question, less the monitor's own picks. */
export interface JourneyTiming {
  readonly toQuestionMs: number;
  /** Time spent in the monitor's own actions (typing sign-in details, picking site, survey, language). */
  readonly picksMs: number;
}

/** Throttle the page's network and CPU through the DevTools protocol (Chromium only). */
async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const bytesPerSecond = (SLOW_PHONE.kbps * 1000) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_PHONE.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
}

/** Run a monitor's action and return how long it took, so it can be left out of the app's time. */
async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Type the monitor's sign-in details (their own time) and return how long that took. */
async function typeSignIn(page: Page): Promise<number> {
  const email = page.getByLabel(/email/i);
  await email.waitFor();
  return (
    (await timed(() => email.fill('monitor@demo.kolo'))) +
    (await timed(() => page.getByLabel(/password/i).fill(THROTTLED_PASSWORD)))
  );
}

/** The device PIN monitors set on their first sign-in and enter on later ones (kolo's encrypted drafts). */
const DEVICE_PIN = '480213';

/**
 * After signing in: set or enter the device PIN if asked (the monitor's time; deriving the key is
 * the app's), wait until the monitor's sites and surveys are there (the app's time), pick the first
 * site, the service-satisfaction survey in Ukrainian and start (the monitor's time), then wait for
 * the first question. Returns the monitor's own time.
 */
async function pickAndStart(page: Page): Promise<number> {
  const site = page.getByLabel('Site');
  const newPin = page.getByLabel('New PIN');
  const devicePin = page.getByLabel('Device PIN');
  await newPin.or(devicePin).or(site).first().waitFor();
  let picks = 0;
  if (await newPin.isVisible()) {
    picks += await timed(() => newPin.fill(DEVICE_PIN));
    picks += await timed(() => page.getByLabel('Repeat the PIN').fill(DEVICE_PIN));
    picks += await timed(() => page.getByRole('button', { name: 'Set PIN' }).click());
  } else if (await devicePin.isVisible()) {
    picks += await timed(() => devicePin.fill(DEVICE_PIN));
    picks += await timed(() => page.getByRole('button', { name: 'Unlock' }).click());
  }
  await site.locator('option').nth(1).waitFor({ state: 'attached' });
  await page
    .getByLabel('Survey')
    .locator('option[value="service-satisfaction"]')
    .waitFor({ state: 'attached' });
  picks += await timed(() => site.selectOption({ index: 1 }));
  picks += await timed(() => page.getByLabel('Survey').selectOption('service-satisfaction'));
  picks += await timed(() => page.getByLabel('Respondent’s language').selectOption('uk'));
  picks += await timed(() => page.getByRole('button', { name: 'Start a new interview' }).click());
  await page.getByText('Розділ 1').waitFor();
  return picks;
}

/**
 * First visit on an empty profile: from navigating to the app, through signing in, to the first
 * question of a new interview. Returns the context, now holding the app (service worker, HTTP cache).
 */
export async function firstVisit(
  browser: Browser,
  url: string,
): Promise<{ timing: JourneyTiming; context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 360, height: 740 },
    locale: 'en-US',
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  // "an unfinished interview is saved: start a new one?" on the later sign-in: the monitor says yes
  page.on('dialog', (dialog) => void dialog.accept());
  await throttle(context, page);
  const start = performance.now();
  await page.goto('/login', { waitUntil: 'commit' });
  let picks = await typeSignIn(page);
  picks += await timed(() => page.getByRole('button', { name: /sign in/i }).click());
  picks += await pickAndStart(page);
  const wall = performance.now() - start;
  return { timing: { toQuestionMs: wall - picks, picksMs: picks }, context, page };
}

/**
 * A later sign-in with the app on the device: sign out, open the sign-in page (served by the
 * service worker, not timed), type the details, then time from submitting the form to the first question.
 */
export async function cachedSignIn(page: Page): Promise<JourneyTiming> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.evaluate(() => fetch('/api/auth/logout', { method: 'POST' }).then(() => undefined));
  await page.goto('/login');
  await typeSignIn(page);
  const start = performance.now();
  await page.getByRole('button', { name: /sign in/i }).click();
  const picks = await pickAndStart(page);
  const wall = performance.now() - start;
  return { toQuestionMs: wall - picks, picksMs: picks };
}
