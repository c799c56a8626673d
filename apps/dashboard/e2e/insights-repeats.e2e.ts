import type { SurveyDefinition } from '@kolo/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repeatSurvey } from '../../../packages/schema/src/fixtures/repeat-survey.ts';
import { HAS_CHROMIUM, type Harness, login, newContext, snap, startHarness } from './harness.ts';

const SURVEY = repeatSurvey.id;
const SHOTS = new URL('../test-results/screenshots/', import.meta.url).pathname;
/** Partners named by each of 12 respondents: 30 entries in all. */
const PARTNERS = [1, 2, 3, 4, 1, 2, 3, 4, 2, 3, 3, 2];

/** Publish the repeat survey and store one interview per respondent, through the API as staff. */
async function publishWithInterviews(page: Page, url: string): Promise<void> {
  const headers = { origin: url };
  const created = await page.request.post('/api/surveys', {
    data: { definition: repeatSurvey as SurveyDefinition },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  const published = await page.request.post(`/api/surveys/${SURVEY}/publish`, { data: {}, headers });
  expect(published.status(), await published.text()).toBe(201);
  const { sites } = (await (await page.request.get('/api/sites')).json()) as { sites: Array<{ id: string }> };
  const submissions = PARTNERS.map((count, i) => {
    const age = 30 + i;
    const ages = Array.from({ length: count }, (_, j) => 20 + i + j);
    return {
      id: crypto.randomUUID(),
      surveyId: SURVEY,
      version: 1,
      siteId: sites[0]?.id,
      collectedAt: new Date(Date.now() - i * 3_600_000).toISOString(),
      locale: 'uk',
      answers: {
        age,
        partners: ages.map((partnerAge) => ({
          partner_age: partnerAge,
          age_gap: age - partnerAge,
          partner_tested: 'no',
        })),
        partner_count: count,
        oldest_partner: Math.max(...ages),
      },
    };
  });
  const stored = await page.request.post('/api/submissions/batch', { data: { submissions }, headers });
  expect(stored.status(), await stored.text()).toBeLessThan(300);
}

describe.skipIf(!HAS_CHROMIUM)('the entries of a repeated section on the results page', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h, { locale: 'uk-UA' });
    page = await context.newPage();
    await login(page, 'staff@demo.kolo');
    await publishWithInterviews(page, h.url);
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should say how many partners came from how many people, in Ukrainian at 360 px', async () => {
    await page.evaluate(() => localStorage.setItem('kolo.language', 'uk'));
    await page.goto(`/insights/${SURVEY}`);
    const summary = page.locator('section', {
      has: page.getByRole('heading', { name: 'Розділи, що повторюються' }),
    });
    await summary.getByText('Ваші партнери: 30 записів від 12 осіб').waitFor();
    // near the top: before the first question's chart
    const top = await summary.boundingBox();
    const questions = await page.getByRole('heading', { name: 'Запитання' }).boundingBox();
    expect(top && questions && top.y < questions.y).toBe(true);
    await snap(page, 'insights-repeats-uk-360');
    await page.screenshot({ path: `${SHOTS}insights-repeats-uk-360-top.png` });
    await summary.screenshot({ path: `${SHOTS}insights-repeats-uk-360-section.png` });
    // a repeat's yes/no table has six columns: it scrolls in its own region, the page does not
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(361);
    // the summary itself fits the phone
    expect(await summary.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const box = await summary.boundingBox();
    expect(box && box.x + box.width <= 361).toBe(true);
  });

  it('should say it in English at 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => localStorage.setItem('kolo.language', 'en'));
    await page.goto(`/insights/${SURVEY}`);
    await page.getByText('Your partners: 30 entries from 12 people').waitFor();
    await snap(page, 'insights-repeats-en-1280');
  });
});
