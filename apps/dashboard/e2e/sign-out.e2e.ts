import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, type Harness, login, newContext, snap, startHarness } from './harness.ts';
import { passPinScreen } from './pin.ts';

/** Visible text of the page outside selects (their options name every language in its own script). */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('select, script, style, .visually-hidden')) continue;
      if (parent.closest('[hidden]') || parent.getClientRects().length === 0) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

/** Latin words of three letters or more, the brand name aside: English left in a Ukrainian screen. */
async function englishWords(page: Page): Promise<string[]> {
  return ((await visibleText(page)).match(/[A-Za-z]{3,}/g) ?? []).filter((w) => w !== 'kolo');
}

async function expectSignedOutPage(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Вхід' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
  expect(await page.getByRole('button', { name: 'Вийти' }).count()).toBe(0);
  expect(await page.getByRole('navigation').count()).toBe(0);
  expect(await englishWords(page)).toEqual([]);
}

const ROLES = [
  { email: 'monitor@demo.kolo', pages: ['/collect/outbox', '/collect'], data: 'Збір даних' },
  { email: 'funder@demo.kolo', pages: ['/insights'], data: 'Аналітика' },
  { email: 'staff@demo.kolo', pages: ['/collect', '/insights'], data: 'Аналітика' },
  { email: 'admin@demo.kolo', pages: ['/admin', '/insights'], data: 'Аналітика' },
] as const;

/** Sign in, visit the role's pages, sign out, then try every way back a next person on the phone has. */
async function signOutFlow(h: Harness, page: Page, role: (typeof ROLES)[number]): Promise<void> {
  const { email, pages, data } = role;
  page.on('dialog', (dialog) => void dialog.accept());
  await login(page, email);
  await page.locator('.header-menu > summary').waitFor();
  for (const path of pages) {
    await page.goto(path);
    await passPinScreen(page);
    await page.getByRole('link', { name: data }).first().waitFor();
  }
  expect((await page.request.get('/api/auth/me')).status()).toBe(200);

  // at 360 px the sign-out button sits in the header's menu
  await page.locator('.header-menu > summary').click();
  await page.getByRole('button', { name: 'Вийти' }).click();
  await expectSignedOutPage(page);
  // no bounce back to the app a moment later
  await page.waitForTimeout(1_500);
  await expectSignedOutPage(page);
  await page.getByText('Ви вийшли').waitFor();
  await snap(page, `sign-out-${email.split('@')[0]}`);
  // the server session is over, not only the screen
  // (204: no session cookie left; 401: a cookie naming an ended session)
  expect([204, 401]).toContain((await page.request.get('/api/auth/me')).status());

  // Back, twice, as the next person on the phone would press it: nothing of theirs shows
  for (const _ of [1, 2]) {
    await page.goBack().catch(() => undefined);
    await page.waitForTimeout(1_500);
    if (new URL(page.url()).origin !== h.url) break;
    expect(await page.getByRole('link', { name: data }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Вийти' }).count()).toBe(0);
  }

  await page.goto(pages[0]);
  await expectSignedOutPage(page);
  await page.reload();
  await expectSignedOutPage(page);
  expect(await visibleText(page)).not.toMatch(/sign in first/i);
}

describe.skipIf(!HAS_CHROMIUM)('sign out on a shared phone, in Ukrainian', () => {
  let h: Harness;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it.each(ROLES)(
    'should sign $email out for good: the sign-in page stays, Back and reload show nothing of theirs',
    async (role) => {
      context = await newContext(h, { locale: 'uk-UA' });
      const page = await context.newPage();
      await signOutFlow(h, page, role).catch(async (error: unknown) => {
        await snap(page, `sign-out-failed-${role.email.split('@')[0]}`);
        throw error;
      });
      await context.close();
      context = undefined;
    },
  );
});
