import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { answerVisibleQuestions } from './fill.ts';

/** The checked radios and checkboxes of the current step, as `name=value`, in page order. */
export function checkedIn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>('form input:checked')).map(
      (input) =>
        `${input.closest('[data-question]')?.getAttribute('data-question') ?? input.name}=${input.value}`,
    ),
  );
}

/** Answer every question of the first section and return what is checked. */
export async function answerFirstSection(page: Page): Promise<string[]> {
  await answerVisibleQuestions(page);
  const checked = await checkedIn(page);
  expect(checked.length).toBeGreaterThanOrEqual(3);
  return checked;
}

/** The form shows section 2 (in Ukrainian) with exactly these answers checked. */
export async function expectSectionTwo(page: Page, answers: string[]): Promise<void> {
  await page.getByText('Розділ 2 з').waitFor();
  expect(await checkedIn(page)).toEqual(answers);
  expect(answers.length).toBeGreaterThan(0);
}
