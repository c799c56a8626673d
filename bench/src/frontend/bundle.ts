import { join } from 'node:path';
import { serviceSatisfaction } from '@kolo/surveys';
import type { Browser, Page } from 'playwright-core';
import { type ChunkParts, gzipBytes, jsFiles } from './build.ts';
import { serveStatic } from './server.ts';
import { toSurveyJs } from './to-surveyjs.ts';

/** Gzipped bytes of the scripts and style sheets a page fetched, by file. */
export interface Download {
  readonly js: number;
  readonly css: number;
  readonly files: readonly string[];
}

const SITE = {
  id: 'site-1',
  name: 'Drop-in centre',
  country: 'KG',
  city: 'Bishkek',
  serviceTypes: ['nsp'],
  active: true,
};

/** The API answers a monitor's collect session reads, with the library's service-satisfaction survey. */
const COLLECT_API = {
  '/api/auth/me': {
    user: { id: 'u1', email: 'monitor@demo.kolo', name: 'Monitor' },
    organization: { id: 'o1', name: 'Demo network' },
    role: 'monitor',
    siteIds: [SITE.id],
  },
  '/api/sites': { sites: [SITE] },
  '/api/published-surveys': { surveys: [serviceSatisfaction] },
  '/api/surveys': {
    surveys: [
      {
        id: serviceSatisfaction.id,
        version: serviceSatisfaction.version,
        title: serviceSatisfaction.title,
        locales: serviceSatisfaction.locales,
      },
    ],
  },
  [`/api/surveys/${serviceSatisfaction.id}`]: {
    id: serviceSatisfaction.id,
    version: serviceSatisfaction.version,
    definition: serviceSatisfaction,
  },
};

/** Record same-origin .js and .css requests of `page` while `act` runs, and size them from `dist`. */
async function downloads(
  page: Page,
  dist: string,
  origin: string,
  act: () => Promise<void>,
): Promise<Download> {
  const urls = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && /\.(js|css)$/.test(url.pathname)) urls.add(url.pathname);
  });
  await act();
  let js = 0;
  let css = 0;
  for (const path of urls) {
    const bytes = await gzipBytes(join(dist, path));
    if (path.endsWith('.js')) js += bytes;
    else css += bytes;
  }
  return { js, css, files: [...urls].sort() };
}

/**
 * What a monitor's phone downloads to open the collect home and fill the service-satisfaction
 * survey: the built dashboard served with a mocked API, in Chromium with the service worker blocked
 * (its precache is measured apart, by `appJavaScript`).
 */
export async function collectDownload(browser: Browser, dist: string): Promise<Download> {
  const server = await serveStatic(dist, 'index.html', COLLECT_API);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    return await downloads(page, dist, server.url, async () => {
      await page.goto(`${server.url}/collect`, { waitUntil: 'networkidle' });
      // the first visit to Collect on a device asks for a device PIN before anything is kept
      const newPin = page.getByLabel('New PIN');
      await newPin.or(page.getByLabel('Survey')).first().waitFor({ timeout: 30_000 });
      if (await newPin.isVisible()) {
        await newPin.fill('480213');
        await page.getByLabel('Repeat the PIN').fill('480213');
        await page.getByRole('button', { name: 'Set PIN' }).click();
        await page.getByLabel('Survey').waitFor({ timeout: 30_000 });
      }
      // the monitor picks the survey: a client-side navigation, as the collect home does
      await page.evaluate((path) => {
        history.pushState({}, '', path);
        dispatchEvent(new PopStateEvent('popstate'));
      }, `/collect/${serviceSatisfaction.id}?site=${SITE.id}`);
      await page.waitForSelector('.kolo-form [data-question]', { timeout: 30_000 });
      await page.waitForLoadState('networkidle');
    });
  } finally {
    await context.close();
    await server.close();
  }
}

/** The SurveyJS baseline app rendering the same survey, measured the same way. */
export async function baselineDownload(browser: Browser, dist: string): Promise<Download> {
  const server = await serveStatic(dist, 'collect-baseline.html', {
    '/survey.json': toSurveyJs(serviceSatisfaction, 'en'),
  });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    return await downloads(page, dist, server.url, async () => {
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      await page.waitForSelector('[data-name]', { timeout: 30_000 });
    });
  } finally {
    await context.close();
    await server.close();
  }
}

/** Gzipped bytes of every .js file of a build: what the service worker precaches on first visit. */
export async function appJavaScript(dist: string): Promise<number> {
  let total = 0;
  for (const file of await jsFiles(dist)) total += await gzipBytes(join(dist, file));
  return total;
}

/**
 * The gzipped bytes of a download split by part (npm package or workspace folder), each chunk's
 * gzipped size shared out by its parts' lengths before minification: an estimate, largest first.
 */
export async function downloadParts(
  download: Download,
  dist: string,
  parts: ChunkParts,
): Promise<[string, number][]> {
  const totals = new Map<string, number>();
  for (const path of download.files.filter((file) => file.endsWith('.js'))) {
    const bytes = await gzipBytes(join(dist, path));
    const sizes = parts.get(path.replace(/^\//, ''));
    const raw = [...(sizes?.values() ?? [])].reduce((sum, n) => sum + n, 0);
    if (!sizes || raw === 0) {
      totals.set(path, (totals.get(path) ?? 0) + bytes);
      continue;
    }
    for (const [part, n] of sizes) totals.set(part, (totals.get(part) ?? 0) + (bytes * n) / raw);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
