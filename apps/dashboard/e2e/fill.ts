import type { Page } from 'playwright-core';
import { passPinScreen } from './pin.ts';

/** The service-satisfaction form's step buttons in Ukrainian, the language {@link startInterview} picks. */
export const UK_BUTTONS = { next: /^Далі$/, submit: /^Надіслати$/ };

/**
 * From Collect, start a new service-satisfaction interview at the first site with Ukrainian as the
 * respondent's language, and wait for its first section.
 */
export async function startInterview(page: Page): Promise<void> {
  await page.goto('/collect');
  await passPinScreen(page);
  // the app page can show for a moment before the device's lock state is read: if the PIN screen
  // follows it, pass that too before picking the site
  const site = page.getByLabel('Site');
  await site.or(page.locator('#lock-title, #pin-setup-title')).first().waitFor();
  if (!(await site.isVisible())) await passPinScreen(page);
  await site.selectOption({ index: 1 });
  await page.getByLabel('Survey').selectOption('service-satisfaction');
  await page.getByLabel('Respondent’s language').selectOption('uk');
  await page.getByRole('button', { name: 'Start a new interview' }).click();
  await page.getByText('Розділ 1').waitFor();
}

/**
 * Answer every visible question of the current step the way a hurried monitor would: the first
 * option of each radio group and checkbox group, the lowest allowed number, a date, no free text.
 */
export async function answerVisibleQuestions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const fire = (el: HTMLElement) => el.click();
    for (const fieldset of Array.from(document.querySelectorAll('form fieldset'))) {
      const radios = Array.from(fieldset.querySelectorAll<HTMLInputElement>(':scope input[type="radio"]'));
      const groups = new Map<string, HTMLInputElement[]>();
      for (const r of radios) groups.set(r.name, [...(groups.get(r.name) ?? []), r]);
      for (const group of groups.values()) {
        if (!group.some((r) => r.checked) && group[0]) fire(group[0]);
      }
      const boxes = Array.from(
        fieldset.querySelectorAll<HTMLInputElement>(
          ':scope > * input[type="checkbox"], :scope input[type="checkbox"]',
        ),
      );
      if (boxes.length > 0 && !boxes.some((b) => b.checked) && boxes[0]) fire(boxes[0]);
    }
  });
  for (const input of await page.locator('form input[type="number"]:visible').all()) {
    if ((await input.inputValue()) === '') await input.fill((await input.getAttribute('min')) ?? '1');
  }
  for (const input of await page.locator('form input[type="date"]:visible').all()) {
    if ((await input.inputValue()) === '')
      await input.fill((await input.getAttribute('max')) ?? '2026-01-15');
  }
}

/** Walk through the steps with Next until the review step, then submit. */
export async function fillAndSubmit(page: Page, labels: { next: RegExp; submit: RegExp }): Promise<void> {
  for (let step = 0; step < 30; step += 1) {
    const submit = page.getByRole('button', { name: labels.submit });
    if (await submit.isVisible().catch(() => false)) {
      await submit.click();
      return;
    }
    await answerVisibleQuestions(page);
    await page.getByRole('button', { name: labels.next }).click();
    await page.waitForTimeout(150);
  }
  throw new Error('the form never reached its review step');
}
