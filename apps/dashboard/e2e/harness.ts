import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '@kolo/api/app';
import { readConfig } from '@kolo/api/config';
import { seedDemo } from '@kolo/api/demo';
import { serveDashboard } from '@kolo/api/static';
import { openDatabase } from '@kolo/db';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { passPinScreen } from './pin.ts';

export const CHROMIUM = process.env.KOLO_CHROMIUM ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const DEMO_PASSWORD = 'e2e-demo-password';
/** Chromium headless on a closed network: no sandbox (root), no background connections. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

export interface Harness {
  url: string;
  browser: Browser;
  /** Content-Security-Policy violations reported by any page of a {@link newContext}: should stay empty. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** The real kolo server (API + built dashboard) on an in-memory PGlite with a small demo data set, and Chromium. */
export async function startHarness(): Promise<Harness> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  await seedDemo(database.db, { password: DEMO_PASSWORD, volume: 0.08 });
  const config = readConfig({ KOLO_LOG_LEVEL: 'error', KOLO_MIN_CELL: '5' });
  const { app } = createApp({ database, config });
  serveDashboard(app, fileURLToPath(new URL('../dist', import.meta.url)));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    cspViolations: [],
    async close() {
      await browser.close();
      server.close();
      await database.close();
    },
  };
}

/** A phone-sized context (360 px) by default; `serviceWorkers: 'block'` for a phone whose app is not installed. */
export async function newContext(
  h: Harness,
  options: { width?: number; height?: number; locale?: string; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  const context = await h.browser.newContext({
    baseURL: h.url,
    viewport: { width: options.width ?? 360, height: options.height ?? 740 },
    locale: options.locale ?? 'en-US',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) h.cspViolations.push(message.text());
  });
  return context;
}

/** Save a screenshot of a step under apps/dashboard/test-results/screenshots. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Sign in through the form, then pass the device PIN screen (set the PIN on a collector's first
 * visit, enter it when the device has one) unless `pin` is false (e.g. a sign-in meant to fail).
 */
export async function login(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  options: { pin?: boolean } = {},
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/email|пошта|почта/i).fill(email);
  await page.getByLabel(/password|пароль/i).fill(password);
  await page.getByRole('button', { name: /sign in|увійти|войти/i }).click();
  if (options.pin !== false) await passPinScreen(page);
}

/**
 * Wait until every figure on the page has its data: the page is drawn and no region says it is
 * still fetching (`aria-busy`). Playwright's `networkidle` is no such signal: it fires once per
 * navigation, and a request answered through the service worker can keep it from firing at all.
 */
export async function figuresSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('main') !== null && document.querySelector('[aria-busy="true"]') === null,
  );
}

/** The page has no horizontal scroll at its width. */
export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/**
 * A phone-sized Chromium with its profile on disk (`profile`), so closing and launching it again is
 * a browser restart that keeps IndexedDB, the service worker and the HTTP cache.
 */
export function launchPhone(h: Harness, profile: string, offline = false): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    baseURL: h.url,
    viewport: { width: 360, height: 740 },
    locale: 'en-US',
    serviceWorkers: 'allow',
    offline,
  });
}
