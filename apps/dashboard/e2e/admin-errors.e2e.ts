import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, type Harness, login, newContext, snap, startHarness } from './harness.ts';

/** The words of the user form in one language, and what the screen must say. */
interface Case {
  readonly locale: string;
  readonly width: number;
  readonly heading: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly save: string;
  readonly said: RegExp;
  readonly shot: string;
}

const CASES: readonly Case[] = [
  {
    locale: 'uk-UA',
    width: 360,
    heading: 'Додати користувача',
    name: 'Ім’я / назва',
    email: 'Електронна пошта',
    password: 'Початковий пароль',
    save: 'Зберегти',
    said: /вже використано/,
    shot: 'admin-error-uk-360',
  },
  {
    locale: 'en-US',
    width: 1280,
    heading: 'Add user',
    name: 'Name',
    email: 'Email',
    password: 'Initial password',
    save: 'Save',
    said: /already in use/,
    shot: 'admin-error-en-1280',
  },
];

/** Issue 21, item 1: the administration screens say why the API refused, in the reader's language. */
describe.skipIf(!HAS_CHROMIUM)('a refusal of the administration API', () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await h?.close();
  });

  it.each(CASES)(
    'should say in $locale that the email is taken, never as the API’s English message',
    async (c) => {
      const context = await newContext(h, { locale: c.locale, width: c.width, height: 900 });
      contexts.push(context);
      const page = await context.newPage();
      await login(page, 'admin@demo.kolo');
      await page.goto('/admin');
      const form = page.locator('form', { has: page.getByRole('heading', { name: c.heading }) });
      await form.waitFor();
      await form.getByLabel(c.name, { exact: true }).fill('Olena');
      // a person of the demo organization already has this address: the API answers 409
      await form.getByLabel(c.email, { exact: true }).fill('monitor@demo.kolo');
      await form.getByLabel(c.password, { exact: true }).fill('a-long-enough-password');
      await form.getByRole('button', { name: c.save, exact: true }).click();
      const alert = page.locator('section[aria-labelledby="users-title"] [role="alert"]');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(c.said);
      expect(await alert.textContent()).not.toMatch(/already a user of your organization/);
      await snap(page, c.shot);
    },
  );
});
