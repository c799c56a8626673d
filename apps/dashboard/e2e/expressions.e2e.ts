// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expressionSurvey } from '../../../packages/schema/src/fixtures/expression-survey.ts';
import {
  HAS_CHROMIUM,
  type Harness,
  hasNoHorizontalScroll,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';
import { passPinScreen } from './pin.ts';
import { staffRequest, storedRows } from './staff-api.ts';

const SURVEY = expressionSurvey.id;

async function startVisitCheck(page: Page, language: string): Promise<void> {
  await page.goto('/collect');
  await passPinScreen(page);
  const site = page.getByLabel('Site');
  await site.or(page.locator('#lock-title, #pin-setup-title')).first().waitFor();
  if (!(await site.isVisible())) await passPinScreen(page);
  await site.selectOption({ index: 1 });
  await page.getByLabel('Survey').selectOption(SURVEY);
  await page.getByLabel('Respondent’s language').selectOption(language);
  await page.getByRole('button', { name: 'Start a new interview' }).click();
}

describe.skipIf(!HAS_CHROMIUM)('calculations, piping, constraints and cascades in Chromium at 360 px', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    const staff = await staffRequest(h);
    const created = await staff.request.post('/api/surveys', { data: { definition: expressionSurvey } });
    expect(created.status(), await created.text()).toBe(201);
    const published = await staff.request.post(`/api/surveys/${SURVEY}/publish`, { data: {} });
    expect(published.status(), await published.text()).toBe(201);
    await staff.close();
    context = await newContext(h);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should compute, pipe, check and cascade as the monitor fills, and store the server-computed value', async () => {
    const age = new Date().getUTCFullYear() - 1990;
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    await startVisitCheck(page, 'en');
    await page.getByLabel(/Year of birth/).fill('1990');
    await expect.poll(() => page.getByRole('status', { name: 'Age' }).textContent()).toBe(String(age));
    await page.getByRole('radio', { name: 'Needle exchange' }).check();
    await page.getByRole('group', { name: 'How was Needle exchange?' }).waitFor();
    await page.getByLabel('First visit').fill('2026-05-01');
    await page.getByLabel('Last visit').fill('2026-04-01');
    await page.getByRole('radio', { name: 'Kyrgyzstan' }).check();
    const city = page.getByRole('group', { name: 'City' });
    expect(
      await city.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['bishkek', 'osh']);
    await city.getByRole('radio', { name: 'Osh' }).check();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'expressions-01-form-360');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('The last visit cannot be before the first').waitFor();
    await snap(page, 'expressions-02-constraint-360');
    await page.getByLabel('Last visit').fill('2026-06-01');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText(/Sent\. Thank you!|Saved on this device/).waitFor();
    await expect.poll(async () => (await storedRows(h, SURVEY)).length, { timeout: 20_000 }).toBe(1);
    const [row] = await storedRows(h, SURVEY);
    expect(row?.answers).toMatchObject({ birth_year: 1990, age, service: 'nsp', country: 'kg', city: 'osh' });
  });

  it('should show the piped label and the calculation in Ukrainian', async () => {
    await startVisitCheck(page, 'uk');
    await page.getByLabel(/Рік народження/).fill('1990');
    await page.getByRole('radio', { name: 'Обмін голок' }).check();
    await page.getByRole('group', { name: 'Як вам Обмін голок?' }).waitFor();
    await snap(page, 'expressions-03-form-uk-360');
  });

  it('should let staff edit a calculation in the builder and see a located error as they type', async () => {
    const staff = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    const builder = await staff.newPage();
    await login(builder, 'staff@demo.kolo');
    await builder.goto(`/design/${SURVEY}`);
    await builder.locator('.item-toggle', { hasText: 'Age' }).click();
    const calculation = builder.getByLabel('Calculation');
    const age = expressionSurvey.sections[0]?.items[1];
    expect(await calculation.inputValue()).toBe(age && 'calculation' in age ? age.calculation : '');
    await calculation.fill('2026 - sum2(${birth_year})');
    await builder.getByText("This expression cannot be read: col 8: unknown function 'sum2'").waitFor();
    await snap(builder, 'expressions-04-builder-1280');
    await staff.close();
  });

  it('should break no Content-Security-Policy rule', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
