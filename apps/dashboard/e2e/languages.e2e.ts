import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerVisibleQuestions } from './fill.ts';
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

const SURVEYS = ['service-satisfaction', 'community-involvement', 'service-access', 'rights-barriers'];
/** The form's step buttons and first-section marker in each respondent language. */
const BUTTONS = {
  pl: { next: /^Dalej$/, submit: /^Wyślij$/, section: /^Część 1 z \d+$/ },
  ky: { next: /^Кийинки$/, submit: /^Жөнөтүү$/, section: /бөлүмдүн 1-бөлүмү$/ },
} as const;

/** Start an interview of `survey` in `language` at the first site, and wait for its first section. */
async function start(page: Page, survey: string, language: keyof typeof BUTTONS): Promise<void> {
  await page.goto('/collect');
  await passPinScreen(page);
  const site = page.getByLabel('Site');
  await site.or(page.locator('#lock-title, #pin-setup-title')).first().waitFor();
  if (!(await site.isVisible())) await passPinScreen(page);
  await site.selectOption({ index: 1 });
  await page.getByLabel('Survey').selectOption(survey);
  await page.getByLabel('Respondent’s language').selectOption(language);
  await page.getByRole('button', { name: 'Start a new interview' }).click();
  await page.getByText(BUTTONS[language].section).first().waitFor();
}

/** Walk the steps to the review and submit; fails on any step with English or a horizontal scroll. */
async function fill(page: Page, survey: string, language: keyof typeof BUTTONS): Promise<void> {
  const { next, submit } = BUTTONS[language];
  for (let step = 0; step < 30; step += 1) {
    expect(await hasNoHorizontalScroll(page), `${survey} ${language} step ${step}`).toBe(true);
    if (step === 0) await snap(page, `languages-${survey}-${language}-360`);
    const send = page.getByRole('button', { name: submit });
    if (await send.isVisible().catch(() => false)) {
      await snap(page, `languages-${survey}-${language}-review-360`);
      await send.click();
      return;
    }
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: next }).click();
    await page.waitForTimeout(150);
  }
  throw new Error(`${survey} in ${language} never reached its review step`);
}

describe.skipIf(!HAS_CHROMIUM)('library surveys in Polish and Kyrgyz on a 360 px phone', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h, { width: 360, height: 740 });
    page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it.each(SURVEYS.flatMap((s) => [[s, 'pl'] as const, [s, 'ky'] as const]))(
    'should fill %s in %s to the end',
    async (survey, language) => {
      await start(page, survey, language);
      const form = (await page.locator('main').textContent()) ?? '';
      // the respondent sees their language: the form's own words are not the English ones
      expect(form).not.toMatch(/\b(Next|Submit|Section 1 of)\b/);
      await fill(page, survey, language);
      await page
        .getByText(/Sent|saved on this device/i)
        .first()
        .waitFor();
    },
  );
});
