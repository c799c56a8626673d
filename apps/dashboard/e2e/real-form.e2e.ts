// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm expressions write references as ${name}
import type { SurveyDefinition } from '@kolo/schema';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A form shaped like real XLSForms: a calculation, piping, a repeat with a calculation in it, a cascade. */
const realForm = {
  id: 'real-form',
  version: 1,
  locales: ['en', 'uk'],
  title: { en: 'Partners and services', uk: 'Партнери та послуги' },
  choiceLists: {
    cities: [
      { value: 'bishkek', label: { en: 'Bishkek', uk: 'Бішкек' }, properties: { country: 'kg' } },
      { value: 'osh', label: { en: 'Osh', uk: 'Ош' }, properties: { country: 'kg' } },
      { value: 'kyiv', label: { en: 'Kyiv', uk: 'Київ' }, properties: { country: 'ua' } },
    ],
  },
  sections: [
    {
      id: 'about',
      title: { en: 'About you', uk: 'Про вас' },
      items: [
        {
          id: 'birth_year',
          kind: 'number',
          integer: true,
          min: 1920,
          max: 2012,
          required: true,
          label: { en: 'Year of birth', uk: 'Рік народження' },
        },
        {
          id: 'age',
          kind: 'calculate',
          label: { en: 'Age', uk: 'Вік' },
          calculation: "format-date(today(), '%Y') - ${birth_year}",
          valueType: 'number',
          display: 'read_only',
        },
        {
          id: 'service',
          kind: 'single_choice',
          required: true,
          label: { en: 'Which service did you use?', uk: 'Якою послугою ви скористалися?' },
          options: [
            { value: 'nsp', label: { en: 'Needle exchange', uk: 'Обмін голок' } },
            { value: 'ost', label: { en: 'Substitution therapy', uk: 'Замісна терапія' } },
          ],
        },
        {
          id: 'helped',
          kind: 'yes_no',
          label: { en: 'Did ${service} help you?', uk: 'Чи допомогла вам послуга «${service}»?' },
        },
        {
          id: 'country',
          kind: 'single_choice',
          label: { en: 'Country', uk: 'Країна' },
          options: [
            { value: 'kg', label: { en: 'Kyrgyzstan', uk: 'Киргизстан' } },
            { value: 'ua', label: { en: 'Ukraine', uk: 'Україна' } },
          ],
        },
        {
          id: 'city',
          kind: 'single_choice',
          label: { en: 'City', uk: 'Місто' },
          choices: 'cities',
          choiceFilter: 'country = ${country}',
        },
      ],
    },
    {
      id: 'partners',
      title: { en: 'Your partners', uk: 'Ваші партнери' },
      repeat: { max: 5, instanceLabel: { en: 'Partner', uk: 'Партнер' } },
      items: [
        {
          id: 'partner_age',
          kind: 'number',
          integer: true,
          min: 14,
          max: 99,
          required: true,
          label: { en: 'Partner age', uk: 'Вік партнера' },
        },
        {
          id: 'age_gap',
          kind: 'calculate',
          label: { en: 'Age gap', uk: 'Різниця у віці' },
          calculation: '${age} - ${partner_age}',
          valueType: 'number',
          display: 'read_only',
        },
      ],
    },
    {
      id: 'summary',
      title: { en: 'Summary', uk: 'Підсумок' },
      items: [
        {
          id: 'partner_count',
          kind: 'calculate',
          label: { en: 'Partners named', uk: 'Названо партнерів' },
          calculation: 'count(${partners})',
          valueType: 'number',
          display: 'read_only',
        },
        {
          id: 'comment',
          kind: 'text',
          label: {
            en: 'Anything else about your ${partner_count} partners?',
            uk: 'Щось ще про ваших партнерів (${partner_count})?',
          },
        },
      ],
    },
  ],
} as const satisfies SurveyDefinition;

const SURVEY = realForm.id;

async function startInterview(page: Page, language: string): Promise<void> {
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

const partner = (page: Page, n: number) => page.getByRole('region', { name: `Partner ${n}`, exact: true });

describe.skipIf(!HAS_CHROMIUM)('a real form (calculation, piping, repeat, cascade) at 360 px', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    const staff = await staffRequest(h);
    const created = await staff.request.post('/api/surveys', { data: { definition: realForm } });
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

  it('should fill, add two partners, remove one, survive a reload, and store exactly the answers', async () => {
    const age = new Date().getUTCFullYear() - 1990;
    await login(page, 'monitor@demo.kolo');
    await page.getByRole('heading', { name: 'Collect' }).waitFor();
    await startInterview(page, 'en');
    await page.getByLabel(/Year of birth/).fill('1990');
    await expect.poll(() => page.getByRole('status', { name: 'Age' }).textContent()).toBe(String(age));
    await page.getByRole('radio', { name: 'Needle exchange' }).check();
    await page
      .getByRole('group', { name: 'Did Needle exchange help you?' })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.getByRole('radio', { name: 'Kyrgyzstan' }).check();
    const city = page.getByRole('group', { name: 'City' });
    expect(
      await city.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).toEqual(['bishkek', 'osh']);
    await city.getByRole('radio', { name: 'Osh' }).check();
    await page.getByRole('button', { name: 'Next' }).click();

    // the repeat: three partners added, the third removed after the confirmation
    await page.getByRole('heading', { name: 'Your partners' }).waitFor();
    for (const [n, years] of [
      [1, '31'],
      [2, '27'],
      [3, '50'],
    ] as const) {
      await page.getByRole('button', { name: /Add another/ }).click();
      const field = partner(page, n).getByRole('textbox', { name: /Partner age/ });
      await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
      await field.fill(years);
    }
    await expect
      .poll(() => partner(page, 2).getByRole('status', { name: 'Age gap' }).textContent())
      .toBe(String(age - 27));
    await page.getByRole('button', { name: 'Remove Partner 3' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove Partner 3?' });
    await confirm.getByText('1 answer given for Partner 3 will be deleted.').waitFor();
    await confirm.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => partner(page, 3).count()).toBe(0);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'real-form-01-repeat-en-360');

    // an answer is saved within about 300 ms; a reload keeps both instances
    await page.waitForTimeout(800);
    await page.reload();
    await passPinScreen(page);
    await partner(page, 2).waitFor();
    expect(
      await partner(page, 1)
        .getByRole('textbox', { name: /Partner age/ })
        .inputValue(),
    ).toBe('31');
    expect(
      await partner(page, 2)
        .getByRole('textbox', { name: /Partner age/ })
        .inputValue(),
    ).toBe('27');
    expect(await partner(page, 3).count()).toBe(0);

    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    await expect.poll(() => page.getByRole('status', { name: 'Partners named' }).textContent()).toBe('2');
    await page.getByLabel('Anything else about your 2 partners?').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
    // a year of birth as the monitor typed it, never "1,990"
    expect(
      await page.locator('[data-question="birth_year"] .kolo-review__answer').first().textContent(),
    ).toBe('1990');
    await snap(page, 'real-form-02-review-en-360');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText(/Sent\. Thank you!|Saved on this device/).waitFor();
    await expect.poll(async () => (await storedRows(h, SURVEY)).length, { timeout: 20_000 }).toBe(1);
    const [row] = await storedRows(h, SURVEY);
    expect(row?.answers).toEqual({
      birth_year: 1990,
      age,
      service: 'nsp',
      helped: 'yes',
      country: 'kg',
      city: 'osh',
      partners: [
        { partner_age: 31, age_gap: age - 31 },
        { partner_age: 27, age_gap: age - 27 },
      ],
      partner_count: 2,
    });
  });

  it('should show the repeat in Ukrainian at 360 px', async () => {
    await startInterview(page, 'uk');
    await page.getByLabel(/Рік народження/).fill('1990');
    await page.getByRole('radio', { name: 'Обмін голок' }).check();
    await page.getByRole('group', { name: 'Чи допомогла вам послуга «Обмін голок»?' }).waitFor();
    await page.getByRole('button', { name: 'Далі' }).click();
    await page.getByRole('heading', { name: 'Ваші партнери' }).waitFor();
    await page.getByRole('button', { name: /Додати ще/ }).click();
    await page.getByRole('button', { name: /Додати ще/ }).click();
    await page.getByRole('region', { name: 'Партнер 1', exact: true }).getByRole('textbox').fill('31');
    await page.getByRole('button', { name: 'Видалити: Партнер 2' }).click();
    await page.getByRole('alertdialog', { name: 'Видалити «Партнер 2»?' }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'real-form-03-repeat-uk-360');
  });

  it('should show staff the repeat settings in the builder and the repeat in its preview', async () => {
    const staff = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    const builder = await staff.newPage();
    await login(builder, 'staff@demo.kolo');
    await builder.goto(`/design/${SURVEY}`);
    await builder.getByRole('heading', { name: /Section 2: Your partners \(repeats\)/ }).waitFor();
    // the preview asks the repeat as the phone does
    const frame = builder.getByTestId('preview-frame');
    await frame.getByLabel(/Year of birth/).fill('1990');
    await frame.getByRole('radio', { name: 'Needle exchange' }).check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: /Add another/ }).click();
    await frame.getByRole('region', { name: 'Partner 1', exact: true }).waitFor();
    await builder.getByRole('button', { name: 'Section settings Your partners' }).click();
    expect(await builder.getByRole('checkbox', { name: /once per person/ }).isChecked()).toBe(true);
    expect(await builder.getByLabel('Most entries (up to 50)').inputValue()).toBe('5');
    await builder.getByLabel('Fewest entries').fill('6');
    await builder.getByText('The most entries (5) must not be below the fewest (6).').waitFor();
    await snap(builder, 'real-form-04-builder-1280');
    await staff.close();
  });

  it('should break no Content-Security-Policy rule', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
