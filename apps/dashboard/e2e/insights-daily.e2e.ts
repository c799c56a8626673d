import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  figuresSettled,
  HAS_CHROMIUM,
  type Harness,
  hasNoHorizontalScroll,
  login,
  snap,
  startHarness,
} from './harness.ts';

interface Cell {
  n: number | null;
  suppressed: boolean;
}
interface Results {
  respondents: Cell;
  filter: { serviceType: string | null; serviceQuestion: string | null };
  questions: Array<{ id: string; counts: Array<Cell & { value: string }> }>;
  indicators: Array<Cell & { id: string; value: number | null }>;
  groups?: Array<{ key: string; respondents: Cell; indicators: Array<Cell & { id: string }> }>;
}

/** A code as the API stores it (nsp, hiv_testing): never what an option should read. */
const RAW_CODE = /^[a-z]+(_[a-z]+)*$/;

/** The API's own answer, fetched in the page with its session. */
async function apiResults(page: Page, survey: string, query: string): Promise<Results> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'include' });
    return (await res.json()) as Results;
  }, `/api/surveys/${survey}/results?${query}`);
}

/** The option texts of a select. */
async function optionTexts(page: Page, label: string | RegExp): Promise<string[]> {
  const select = page.getByLabel(label, { exact: true });
  await select.waitFor();
  return select.locator('option').allTextContents();
}

/**
 * Where a chart's row label and a bar of the same chart overlap, as "label / bar" pairs (none expected).
 */
async function labelOverlaps(page: Page): Promise<{ overlaps: string[]; wrapped: number }> {
  return page.evaluate(() => {
    const out: string[] = [];
    let wrapped = 0;
    for (const svg of document.querySelectorAll('figure svg.recharts-surface')) {
      const bars = [...svg.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')]
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width > 1 && r.height > 1);
      for (const text of svg.querySelectorAll('text.kolo-chart-category')) {
        if (text.querySelectorAll('tspan').length > 1) wrapped++;
        const t = text.getBoundingClientRect();
        for (const b of bars) {
          const overlap = Math.min(t.bottom, b.bottom) - Math.max(t.top, b.top);
          const across = Math.min(t.right, b.right) - Math.max(t.left, b.left);
          if (overlap > 1 && across > 1) out.push(`${text.textContent} / bar at ${Math.round(b.top)}`);
        }
      }
    }
    return { overlaps: out, wrapped };
  });
}

/** Issue 22, items 2, 3 and 5 (the rest): the service filter, matrix labels and Compare, in Chromium. */
describe.skipIf(!HAS_CHROMIUM)('insights daily work in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    h = await startHarness();
    context = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('request', (request) => {
      if (request.url().includes('/api/')) requests.push(request.url());
    });
    await login(page, 'staff@demo.kolo');
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should filter by the service the respondent used, named in the reader’s language, matching that question’s chart', async () => {
    await page.goto('/insights/service-satisfaction');
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    const options = await optionTexts(page, 'Service used');
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(option).not.toMatch(RAW_CODE);
    expect(options).toContain('Opioid substitution therapy (OST)');
    const all = await apiResults(page, 'service-satisfaction', '');
    const ost = all.questions.find((q) => q.id === 'service_type')?.counts.find((c) => c.value === 'ost');
    expect(ost?.n).toBeGreaterThan(0);
    requests.length = 0;
    await page.getByLabel('Service used', { exact: true }).selectOption('ost');
    await expect.poll(() => page.url()).toContain('serviceType=ost');
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    // the page's respondents are the OST row of "Which service did you just use?" on the unfiltered page
    await page
      .getByRole('heading', { name: `Respondents: ${new Intl.NumberFormat('en').format(ost?.n ?? -1)}` })
      .waitFor();
    const filtered = await apiResults(page, 'service-satisfaction', 'serviceType=ost');
    expect(filtered.filter).toMatchObject({ serviceType: 'ost', serviceQuestion: 'service_type' });
    expect(filtered.respondents.n).toBe(ost?.n);
    expect(requests.some((u) => u.includes('/results?') && u.includes('serviceType=ost'))).toBe(true);
    await snap(page, 'insights-daily-01-service-used-en-1280');
  });

  it('should say when a survey does not ask the service used, and name the services sites offer', async () => {
    await page.goto('/insights/rights-barriers');
    await page.getByLabel('Locations offering the service', { exact: true }).waitFor();
    await page.getByText(/This survey does not ask which service the person used/).waitFor();
    const options = await optionTexts(page, 'Locations offering the service');
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) expect(option).not.toMatch(RAW_CODE);
    await snap(page, 'insights-daily-02-sites-offering-en-1280');
  });

  it('should name every service in Ukrainian too', async () => {
    await page.evaluate(() => localStorage.setItem('kolo.language', 'uk'));
    await page.goto('/insights/service-satisfaction?serviceType=ost');
    await page.getByRole('heading', { name: 'Показники' }).waitFor();
    const options = await optionTexts(page, 'Послуга, якою скористалися');
    for (const option of options) expect(option).not.toMatch(RAW_CODE);
    expect(options.join(' ')).toMatch(/замісн/i);
    await snap(page, 'insights-daily-03-service-used-uk-1280');
    await page.goto('/insights/rights-barriers');
    const offered = await optionTexts(page, 'Локації, що надають послугу');
    expect(offered.length).toBeGreaterThan(5);
    for (const option of offered) expect(option).not.toMatch(RAW_CODE);
    await page.getByText(/Це опитування не питає, якою послугою/).waitFor();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('heading', { name: 'Показники' }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'insights-daily-04-sites-offering-uk-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => localStorage.setItem('kolo.language', 'en'));
  });

  it('should keep wrapped matrix row labels clear of their bars, and label every "don’t know" bar', async () => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/insights/service-access');
      await page.getByRole('heading', { name: 'Indicators' }).waitFor();
      await page.locator('text.kolo-chart-category').first().waitFor();
      await figuresSettled(page);
      const { overlaps, wrapped } = await labelOverlaps(page);
      expect(overlaps).toEqual([]);
      // the check saw wrapped labels (matrix rows and long answers), not an empty page
      expect(wrapped).toBeGreaterThan(0);
      // every "don't know" / "not applicable" bar shown carries its share
      const unlabelled = await page.evaluate(() => {
        let missing = 0;
        for (const figure of document.querySelectorAll('figure')) {
          const apart = figure.querySelectorAll('svg.recharts-surface')[1];
          if (!apart) continue;
          const bars = [...apart.querySelectorAll('.recharts-bar-rectangle path')].filter(
            (p) => !(p.getAttribute('fill') ?? '').startsWith('url('),
          ).length;
          const labels = [...apart.querySelectorAll('.recharts-label-list text')].filter((t) =>
            /%/.test(t.textContent ?? ''),
          ).length;
          if (labels < bars) missing += bars - labels;
        }
        return missing;
      });
      expect(unlabelled).toBe(0);
      await snap(page, `insights-daily-05-matrix-en-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('should keep Compare in the URL, show n per row, and ask for all sites in one request', async () => {
    await page.goto('/insights/service-satisfaction');
    await page.getByRole('heading', { name: 'Compare' }).waitFor();
    const compare = page.locator('section.compare');
    const indicator = compare.getByLabel('Indicator', { exact: true });
    const second = (await indicator.locator('option').nth(1).getAttribute('value')) ?? '';
    await indicator.selectOption(second);
    await figuresSettled(page);
    requests.length = 0;
    const bySite = page.waitForResponse(
      (r) => r.url().includes('/results?') && r.url().includes('groupBy=site'),
    );
    await compare.getByLabel('By site').check();
    await expect.poll(() => page.url()).toContain('compareBy=site');
    expect(page.url()).toContain(`compare=${second}`);
    await bySite;
    // the rows drawn are the sites' (the countries' rows stay until the new ones replace them)
    await compare.locator('tbody tr th', { hasText: ' · ' }).first().waitFor();
    await figuresSettled(page);
    const results = requests.filter((u) => u.includes('/results'));
    // one grouped request for every site, not one per site
    expect(results).toHaveLength(1);
    expect(results[0]).toContain('groupBy=site');
    // each row's n is the API's own figure for that site
    const grouped = await apiResults(page, 'service-satisfaction', 'groupBy=site');
    const rows = compare.locator('tbody tr');
    expect(await rows.count()).toBe((grouped.groups?.length ?? 0) + 1);
    const shown = await compare.locator('span.compare-n').allTextContents();
    const expected = [
      grouped.indicators.find((i) => i.id === second),
      ...(grouped.groups ?? []).map((g) => g.indicators.find((i) => i.id === second)),
    ].map((i) =>
      i?.n === null || i?.n === undefined
        ? i?.suppressed
          ? 'n = <5'
          : ''
        : `n = ${new Intl.NumberFormat('en').format(i.n)}`,
    );
    expect(shown).toEqual(expected);
    await snap(page, 'insights-daily-06-compare-by-site-en-1280');
    // reload keeps it
    await page.reload();
    await page.getByRole('heading', { name: 'Compare' }).waitFor();
    expect(await compare.getByLabel('By site').isChecked()).toBe(true);
    expect(await compare.getByLabel('Indicator', { exact: true }).inputValue()).toBe(second);
    // away and Back keep it
    await page.getByRole('link', { name: 'Insights' }).first().click();
    await page.getByRole('heading', { name: 'Choose a survey' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Compare' }).waitFor();
    expect(page.url()).toContain('compareBy=site');
    expect(await compare.getByLabel('By site').isChecked()).toBe(true);
    // a shared URL opens the same comparison in a fresh browser
    const url = page.url();
    const other = await h.browser.newContext({ baseURL: h.url, viewport: { width: 360, height: 740 } });
    const phone = await other.newPage();
    await login(phone, 'admin@demo.kolo');
    await phone.goto(url);
    const there = phone.locator('section.compare');
    await there.locator('span.compare-n').first().waitFor();
    expect(await there.getByLabel('By site').isChecked()).toBe(true);
    expect(await there.getByLabel('Indicator', { exact: true }).inputValue()).toBe(second);
    await there.scrollIntoViewIfNeeded();
    await snap(phone, 'insights-daily-07-compare-by-site-en-360');
    await other.close();
  });

  it('should show Compare with n per row in Ukrainian at 360 px', async () => {
    await page.evaluate(() => localStorage.setItem('kolo.language', 'uk'));
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/insights/service-satisfaction?compareBy=site');
    await page.locator('section.compare span.compare-n').first().waitFor();
    await figuresSettled(page);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'insights-daily-08-compare-uk-360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await snap(page, 'insights-daily-09-compare-uk-1280');
    await page.evaluate(() => localStorage.setItem('kolo.language', 'en'));
  });
});
