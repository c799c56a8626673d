import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  HAS_CHROMIUM,
  type Harness,
  hasNoHorizontalScroll,
  login,
  newContext,
  snap,
  startHarness,
} from './harness.ts';

const SURVEY = 'nsp-visit-check';
const QUESTIONS = {
  visited: 'Did you visit the needle and syringe programme this month?',
  visits: 'How many times did you visit?',
  comment: 'Anything else you want to tell us?',
};
const UKRAINIAN: Record<string, string> = {
  'Survey › Title': 'Перевірка відвідувань ПОШ',
  'Section section_1 › Title': 'Відвідування',
  'Question visited › Text': 'Чи відвідували ви програму обміну шприців цього місяця?',
  'Question visits › Text': 'Скільки разів ви приходили?',
  'Question comment › Text': 'Що ще ви хочете нам розповісти?',
};

/** The labels of the builder's questions, in the order they are shown. */
async function questionOrder(page: Page): Promise<string[]> {
  return page.locator('.item-card .item-label').allTextContents();
}

async function addQuestion(page: Page, kind: string, id: string, label: string): Promise<Locator> {
  await page.getByLabel('Kind of the new question').selectOption(kind);
  await page.getByRole('button', { name: /^Add a question/ }).click();
  const card = page.locator('.item-card').last();
  const idInput = card.getByLabel('Question id');
  await expect.poll(() => idInput.evaluate((el) => el === document.activeElement)).toBe(true);
  await idInput.fill(id);
  await idInput.press('Tab');
  await card.getByLabel(/^Question text/).fill(label);
  return card;
}

async function submissions(h: Harness): Promise<number> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const response = await context.request.post('/api/auth/login', {
    data: { email: 'staff@demo.kolo', password: DEMO_PASSWORD },
  });
  expect(response.status()).toBe(200);
  const res = await context.request.get(`/api/surveys/${SURVEY}/submissions`);
  const body = (await res.json()) as { rows?: unknown[] };
  await context.close();
  return body.rows?.length ?? 0;
}

describe.skipIf(!HAS_CHROMIUM)('the survey builder in Chromium', () => {
  let h: Harness;
  let staff: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    staff = await h.browser.newContext({
      baseURL: h.url,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    page = await staff.newPage();
  });
  afterAll(async () => {
    await staff?.close();
    await h?.close();
  });

  it('should let staff build, translate, preview and publish a survey that a monitor then fills', async () => {
    await login(page, 'staff@demo.kolo');
    await page.getByRole('navigation').getByRole('link', { name: 'Design' }).click();
    await page.getByRole('heading', { name: 'Start a survey' }).waitFor();

    // start from scratch
    await page.getByLabel('Survey id').fill(SURVEY);
    await page.getByLabel('Title', { exact: true }).fill('NSP visit check');
    await page.getByRole('button', { name: 'Create survey' }).click();
    await page.waitForURL(`**/design/${SURVEY}`);
    await page.getByRole('heading', { name: 'NSP visit check', level: 1 }).waitFor();

    // three questions; the last is shown only to those who visited
    await addQuestion(page, 'yes_no', 'visited', QUESTIONS.visited);
    await addQuestion(page, 'text', 'comment', QUESTIONS.comment);
    const visits = await addQuestion(page, 'number', 'visits', QUESTIONS.visits);
    await visits.getByLabel('Smallest value').fill('0');
    await visits.getByLabel('Largest value').fill('31');
    await visits.getByLabel('Whole numbers only').check();
    await visits.getByRole('button', { name: 'Add a condition' }).click();
    await expect.poll(() => visits.getByLabel('Question of condition 1').inputValue()).toBe('visited');
    await expect.poll(() => visits.getByLabel('Test of condition 1').inputValue()).toBe('eq');
    // the question picker offers only earlier questions
    const offered = await visits.getByLabel('Question of condition 1').locator('option').allTextContents();
    expect(offered).toEqual([`${QUESTIONS.visited} (visited)`, `${QUESTIONS.comment} (comment)`]);
    await visits.getByLabel('Value of condition 1').selectOption('yes');
    expect(await questionOrder(page)).toEqual([QUESTIONS.visited, QUESTIONS.comment, QUESTIONS.visits]);

    // keyboard only: pick the last question up with Space, move it up one place, drop it with Space
    const expanded = page.locator('.item-card .item-toggle[aria-expanded="true"]');
    while ((await expanded.count()) > 0) await expanded.first().click();
    const handle = page.getByRole('button', { name: `Drag ${QUESTIONS.visits}` });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(300);
    await page.keyboard.press('Space');
    await expect
      .poll(() => questionOrder(page))
      .toEqual([QUESTIONS.visited, QUESTIONS.visits, QUESTIONS.comment]);
    await expect
      .poll(() => page.locator('#DndLiveRegion-0, [id^="DndLiveRegion"]').allTextContents())
      .toContainEqual(expect.stringContaining('dropped at position 2 of 3'));
    expect(await page.getByText('Unsaved changes', { exact: true }).isVisible()).toBe(true);
    await snap(page, 'design-01-builder-desktop');
    await page.screenshot({ path: '/tmp/design-builder-desktop.png', fullPage: true });

    // a Ukrainian translation, side by side
    await page.getByRole('tab', { name: 'Translations' }).click();
    await page.getByLabel(/^Add a language/).fill('uk');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByText('missing: 5').waitFor();
    // missing translations are errors: publishing waits, and each error leads to its text
    await page.getByText('Errors: 5, warnings: 0').waitFor();
    expect(await page.getByRole('button', { name: 'Publish…' }).isDisabled()).toBe(true);
    await page.locator('.problem.error button').first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Survey › Title (Українська)');
    for (const [where, text] of Object.entries(UKRAINIAN))
      await page.getByLabel(`${where} (Українська)`).fill(text);
    await page.getByText('missing: 5').waitFor({ state: 'detached' });
    expect(await page.locator('.locale-chip', { hasText: 'Українська' }).textContent()).toContain('complete');
    await page.screenshot({ path: '/tmp/design-translations.png', fullPage: true });

    // no errors left: publishing is allowed
    await page
      .getByText('No problems found.')
      .or(page.getByText(/^Errors: 0, warnings/))
      .waitFor();
    expect(await page.getByRole('button', { name: 'Publish…' }).isEnabled()).toBe(true);

    // the live preview, in Ukrainian, at phone width, with the condition working
    await page.getByLabel('Preview language').selectOption('uk');
    await page.getByLabel('Phone width (360 px)').check();
    const frame = page.getByTestId('preview-frame');
    await frame.getByText(UKRAINIAN['Question visited › Text'] ?? '').waitFor();
    expect(await frame.getByText(UKRAINIAN['Question visits › Text'] ?? '').count()).toBe(0);
    await frame.getByLabel('Так').check();
    await frame.getByText(UKRAINIAN['Question visits › Text'] ?? '').waitFor();
    expect(await frame.evaluate((el) => el.clientWidth)).toBe(360);
    await frame.screenshot({ path: '/tmp/design-preview-phone.png' });
    await snap(page, 'design-02-preview-phone');

    // save, then publish with a note, and read the change summary
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('What changed and why (optional)').fill('First version for the Kyiv NSP sites');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Version 1 published' }).waitFor();
    expect(await dialog.getByText('Added (3)').isVisible()).toBe(true);
    await dialog.screenshot({ path: '/tmp/design-published.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('tab', { name: 'Versions' }).click();
    await page.getByRole('heading', { name: /^Version 1 ·/ }).waitFor();
    expect(
      await page.getByRole('tabpanel').getByText('“First version for the Kyiv NSP sites”').isVisible(),
    ).toBe(true);

    // the builder on a phone
    const phone = await newContext(h);
    const small = await phone.newPage();
    await login(small, 'staff@demo.kolo');
    await small.getByRole('navigation').waitFor();
    await small.goto(`/design/${SURVEY}`);
    await small.locator('.builder-head h1', { hasText: 'NSP visit check' }).waitFor();
    await small.locator('.item-card .item-toggle').first().click();
    expect(await hasNoHorizontalScroll(small)).toBe(true);
    await small.screenshot({ path: '/tmp/design-builder-phone.png', fullPage: true });
    await snap(small, 'design-03-builder-phone');
    await phone.close();

    // a monitor fills the new survey in Ukrainian
    const monitor = await newContext(h);
    const field = await monitor.newPage();
    await login(field, 'monitor@demo.kolo');
    await field.getByRole('heading', { name: 'Collect' }).waitFor();
    await field.getByLabel('Site').selectOption({ index: 1 });
    await field.getByLabel('Survey').selectOption(SURVEY);
    await field.getByLabel('Respondent’s language').selectOption('uk');
    await field.getByRole('button', { name: 'Start a new interview' }).click();
    await field.getByText(UKRAINIAN['Question visited › Text'] ?? '').waitFor();
    await field.getByLabel('Так').check();
    await field.getByLabel(UKRAINIAN['Question visits › Text'] ?? '').fill('3');
    await field.getByRole('button', { name: /^Далі$/ }).click();
    await field.getByRole('button', { name: /^Надіслати$/ }).click();
    await field.getByText(/Sent\. Thank you!|Saved on this device/).waitFor();
    await snap(field, 'design-04-monitor-sent');
    await monitor.close();
    await expect.poll(() => submissions(h), { timeout: 20_000 }).toBe(1);
  });

  it('should start surveys from the library and from an XLSForm file, and ask before leaving unsaved work', async () => {
    // take the published survey out as XLSForm
    await page.goto(`/design/${SURVEY}`);
    await page.getByRole('tab', { name: 'Versions' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download version 1 as XLSForm' }).click(),
    ]);
    const workbook = '/tmp/design-e2e-export.xlsx';
    await download.saveAs(workbook);

    // and bring it back in under another id: the report is shown, then the draft opens
    await page.getByRole('link', { name: /Back to surveys/ }).click();
    await page.getByLabel('An XLSForm file').check();
    await page.getByLabel('XLSForm workbook (.xlsx, .xls)').setInputFiles(workbook);
    await page.getByLabel(/^Survey id/).fill('nsp-visit-import');
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByRole('heading', { name: 'Conversion report' }).waitFor();
    await page.getByText('Imported as "nsp-visit-import". Errors to fix: 0.').waitFor();
    await page.getByRole('button', { name: 'Open the draft' }).click();
    await page.waitForURL('**/design/nsp-visit-import');
    await expect
      .poll(() => questionOrder(page))
      .toEqual([QUESTIONS.visited, QUESTIONS.visits, QUESTIONS.comment]);
    await page.getByRole('tab', { name: 'Translations' }).click();
    expect(await page.getByLabel('Question visits › Text (Українська)').inputValue()).toBe(
      UKRAINIAN['Question visits › Text'],
    );

    // unsaved work is not lost by following a link
    await page.getByRole('tab', { name: 'Questions' }).click();
    await page.getByLabel(/^Survey title/).fill('NSP visit check (imported)');
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: /Back to surveys/ }).click();
    expect(asked).toBe('You have unsaved changes. Leave without saving?');
    expect(page.url()).toContain('/design/nsp-visit-import');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();

    // a copy of a library survey
    await page.getByRole('link', { name: /Back to surveys/ }).click();
    await page.getByLabel('A library survey').check();
    await expect
      .poll(() => page.getByLabel('Library survey', { exact: true }).locator('option').count())
      .toBeGreaterThan(1);
    await page.getByLabel('Library survey', { exact: true }).selectOption('service-satisfaction');
    await page.getByLabel('Survey id').fill('satisfaction-kyiv');
    await page.getByRole('button', { name: 'Copy survey' }).click();
    await page.waitForURL('**/design/satisfaction-kyiv');
    await page.getByText(/^Errors: 0, warnings|No problems found\./).waitFor();
    expect(await page.locator('.section-card').count()).toBeGreaterThan(1);
    expect(await page.getByRole('button', { name: 'Publish…' }).isEnabled()).toBe(true);
    await page.screenshot({ path: '/tmp/design-library-copy.png' });
    const first = page.locator('.item-card').nth(1);
    await first.locator('.item-toggle').click();
    await first.screenshot({ path: '/tmp/design-choice-item.png' });
    await page.getByRole('tab', { name: 'Indicators' }).click();
    await page.getByRole('heading', { name: 'Try the indicators' }).waitFor();
    await page.screenshot({ path: '/tmp/design-indicators.png', fullPage: true });
  });
});
