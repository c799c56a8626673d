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
  ro: { next: /^Înainte$/, submit: /^Trimite$/, section: /^Secțiunea 1 din \d+$/ },
  sr: { next: /^Даље$/, submit: /^Пошаљи$/, section: /^Одељак 1 од \d+$/ },
  'sr-Latn': { next: /^Dalje$/, submit: /^Pošalji$/, section: /^Odeljak 1 od \d+$/ },
} as const;
/** What a Serbian (Cyrillic) form may show in Latin letters: codes kept as Serbian NGOs write them. */
const LATIN_IN_SERBIAN = /\b(PrEP|PEP)\b/g;

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
    if (language === 'sr' || language === 'sr-Latn') {
      // Serbian is written once, in Cyrillic, and read in Latin script through transliteration:
      // a word in the other script on the form is an untranslated (or untransliterated) text
      const text = (await page.locator(`main div[lang="${language}"]`).textContent()) ?? '';
      const otherScript = language === 'sr' ? /[A-Za-z]{2,}/g : /[\u0400-\u04FF]+/g;
      expect(
        text.replace(LATIN_IN_SERBIAN, '').match(otherScript),
        `${survey} ${language} step ${step}`,
      ).toBeNull();
    }
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

describe.skipIf(!HAS_CHROMIUM)('library surveys in pl, ky, ro and sr on a 360 px phone', () => {
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

  it('should offer Romanian, and Serbian in Cyrillic and in Latin script, as respondent languages', async () => {
    await page.goto('/collect');
    await passPinScreen(page);
    const picker = page.getByLabel('Respondent’s language');
    await picker.or(page.locator('#lock-title, #pin-setup-title')).first().waitFor();
    if (!(await picker.isVisible())) await passPinScreen(page);
    await page.getByLabel('Survey').selectOption('service-access');
    const options = await picker
      .locator('option')
      .evaluateAll((list) => list.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? '']));
    expect(options).toContainEqual(['ro', 'Română']);
    expect(options).toContainEqual(['sr', 'Српски (ћирилица)']);
    expect(options).toContainEqual(['sr-Latn', 'Srpski (latinica)']);
  });

  it.each(SURVEYS.flatMap((s) => (['pl', 'ky', 'ro', 'sr', 'sr-Latn'] as const).map((l) => [s, l] as const)))(
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
