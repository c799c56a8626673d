import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, HAS_CHROMIUM, type Harness, newContext, startHarness } from './harness.ts';
import { passPinScreen } from './pin.ts';

/** A class name only the form engine (@kolo/forms) writes: a script holding it carries the form engine. */
const FORM_ENGINE_MARK = 'kolo-progress';

/** A gate the test opens by hand: routes wait on it. */
function gate(): { opened: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Sign in on the form already on screen, pass the PIN screen and start an interview in Ukrainian. */
async function signInAndStart(page: Page): Promise<void> {
  await page.getByLabel(/email/i).fill('monitor@demo.kolo');
  await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /sign in/i }).click();
  await passPinScreen(page);
  const site = page.getByLabel('Site');
  await site.locator('option').nth(1).waitFor({ state: 'attached' });
  await site.selectOption({ index: 1 });
  await page.getByLabel('Survey').selectOption('service-satisfaction');
  await page.getByLabel('Respondent’s language').selectOption('uk');
  await page.getByRole('button', { name: 'Start a new interview' }).click();
  await page.getByText('Розділ 1').waitFor();
}

describe.skipIf(!HAS_CHROMIUM)('the first visit on a phone: what waits for what', () => {
  let h: Harness;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('should show the sign-in form before the form engine has downloaded, and fetch it behind', async () => {
    context = await newContext(h);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const engine = gate();
    const held: string[] = [];
    await page.route('**/assets/*.js', async (route: Route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(FORM_ENGINE_MARK)) {
        held.push(new URL(route.request().url()).pathname);
        await engine.opened;
      }
      await route.fulfill({ response, body });
    });
    await page.goto('/login', { waitUntil: 'commit' });
    // the form engine is held back, yet the sign-in form is there to type in
    await page.getByLabel(/email/i).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: /sign in/i }).waitFor();
    // and its download started on its own, before anyone signed in
    await expect.poll(() => held.length, { timeout: 20_000 }).toBeGreaterThan(0);
    engine.open();
    await signInAndStart(page);
    expect(h.cspViolations).toEqual([]);
  });

  it('should ask who is signed in while the app’s code is still downloading', async () => {
    context = await newContext(h);
    const page = await context.newPage();
    const asked = gate();
    const order: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/auth/me') {
        order.push('me asked');
        asked.open();
      }
    });
    // the app's entry script waits until the session question is out (or 15 s, so a wrong order fails)
    await page.route('**/assets/index-*.js', async (route: Route) => {
      await Promise.race([asked.opened, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      order.push('entry script sent');
      await route.continue();
    });
    await page.goto('/login');
    await page.getByLabel(/email/i).waitFor();
    expect(order[0]).toBe('me asked');
    // the early answer is the one the app uses: it asked once
    expect(order.filter((o) => o === 'me asked')).toHaveLength(1);
    await page.unrouteAll({ behavior: 'wait' });
    await signInAndStart(page);
    expect(h.cspViolations).toEqual([]);
  });

  it('should draw the sign-in form from one script, and bring Collect in one more', async () => {
    context = await newContext(h);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const scripts: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.js')) scripts.push(path);
    });
    // the browser's own requests (the favicon) are seen only through the DevTools protocol
    const others: string[] = [];
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event) => others.push(new URL(event.request.url).pathname));
    await cdp.send('Network.enable');
    await page.goto('/login');
    await page.getByLabel(/email/i).waitFor();
    // each request costs a round trip and about 1 KB of headers on a phone network: the sign-in
    // form needs the session probe and the app's one script (Collect's and the service worker's
    // registration may already be on their way behind it)
    const forSignIn = scripts.filter(
      (s) => s.startsWith('/assets/') && !/collect-|workbox|pwa-register/.test(s),
    );
    expect(forSignIn).toHaveLength(1);
    await signInAndStart(page);
    const collect = scripts.filter((s) => /^\/assets\/collect-[\w-]+\.js$/.test(s));
    expect(collect).toHaveLength(1);
    // the icon is written into the page: no request for it, on this page or the next
    expect(others.filter((p) => p.endsWith('.svg'))).toEqual([]);
  });

  it('should register the service worker only once Collect’s code and a monitor’s surveys are in', async () => {
    context = await newContext(h);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const order: string[] = [];
    page.on('requestfinished', (request) => {
      if (/\/assets\/collect-[\w-]+\.js$/.test(request.url())) order.push('collect code in');
      if (request.url().endsWith('/api/published-surveys')) order.push('surveys in');
    });
    page.on('request', (request) => {
      if (/pwa-register|workbox-window/.test(request.url())) order.push('registration asked');
    });
    await page.goto('/login');
    await signInAndStart(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const asked = order.indexOf('registration asked');
    expect(asked).toBeGreaterThan(0);
    expect(order.slice(0, asked).sort()).toEqual(['collect code in', 'surveys in']);
  });

  it('should still open the form offline from the device after a first visit', async () => {
    context = await newContext(h);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto('/login');
    await signInAndStart(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.goto('/collect');
    await passPinScreen(page);
    await page.getByLabel('Site').locator('option').nth(1).waitFor({ state: 'attached' });
    // installed: no more "keep the connection on"
    expect(await page.getByText(/Getting this phone ready/).count()).toBe(0);
    await page.getByLabel('Survey').selectOption('service-satisfaction');
    await page.getByLabel('Site').selectOption({ index: 1 });
    await page.getByLabel('Respondent’s language').selectOption('uk');
    await page.getByRole('button', { name: 'Start a new interview' }).click();
    await page.getByText('Розділ 1').waitFor();
    await context.setOffline(false);
  });

  it('should open the outbox and the problem report offline when the signal goes before the app is installed', async () => {
    // the service worker never installs here: the gap between a first visit and a finished precache
    context = await newContext(h, { serviceWorkers: 'block' });
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/login');
    await page.getByLabel(/email/i).fill('monitor@demo.kolo');
    await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /sign in/i }).click();
    await passPinScreen(page);
    await page.getByLabel('Site').locator('option').nth(1).waitFor({ state: 'attached' });
    // not installed yet: the monitor is told to keep the connection on
    await page
      .getByRole('status')
      .filter({ hasText: 'Getting this phone ready to work without a network' })
      .waitFor();
    // once the surveys are in, Collect's other screens come down behind them
    await expect
      .poll(() => fetched.filter((p) => /\/assets\/(outbox|observation)-page-[\w-]+\.js$/.test(p)).length)
      .toBe(2);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Outbox' }).waitFor();
    await page.getByRole('link', { name: 'Collect' }).first().click();
    await page.getByLabel('Site').selectOption({ index: 1 });
    await page.getByRole('link', { name: 'Report a problem at this site' }).click();
    await page.getByRole('heading', { name: 'Report a problem' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.setOffline(false);
  });
});
