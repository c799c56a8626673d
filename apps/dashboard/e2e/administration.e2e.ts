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

/** Where section screenshots go, beside the full-page ones. */
const SHOTS = new URL('../test-results/screenshots/', import.meta.url).pathname;

interface ApiSite {
  id: string;
  name: string;
  country: string;
  city: string;
  serviceTypes: string[];
  active: boolean;
}
interface ApiUser {
  id: string;
  email: string;
  name: string;
  role: string;
  siteIds: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** Issue 22, item 6 (administration) and the country half of item 8, in Chromium. */
describe.skipIf(!HAS_CHROMIUM)('administration of a network', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;
  /** The site the tests edit, for the audit test to look for. */
  let edited = '';
  const sitesTable = (p: Page) => p.locator('section[aria-labelledby="sites-title"] table');

  beforeAll(async () => {
    h = await startHarness();
    context = await newContext(h, { width: 1280, height: 900 });
    page = await context.newPage();
    await login(page, 'admin@demo.kolo');
    await page.goto('/admin');
    await page.getByRole('heading', { name: 'Users' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it("should change a user's sites and reset a password that the person must replace at sign-in", async () => {
    const { users } = await apiGet<{ users: ApiUser[] }>(page, '/api/users');
    const { sites } = await apiGet<{ sites: ApiSite[] }>(page, '/api/sites');
    const monitor = users.find((u) => u.email === 'monitor@demo.kolo') as ApiUser;
    const extra = sites.find((s) => !monitor.siteIds.includes(s.id)) as ApiSite;
    await page.getByRole('button', { name: `Sites of ${monitor.name}` }).click();
    await page
      .getByRole('group', { name: `Sites of ${monitor.name}` })
      .getByLabel(new RegExp(`^${extra.name}`))
      .check();
    await page.getByRole('button', { name: 'Save sites' }).click();
    await expect
      .poll(
        async () =>
          (await apiGet<{ users: ApiUser[] }>(page, '/api/users')).users.find((u) => u.id === monitor.id)
            ?.siteIds,
      )
      .toContain(extra.id);

    // a session of the monitor, which the reset ends
    const phone = await newContext(h);
    const monitorPage = await phone.newPage();
    await login(monitorPage, 'monitor@demo.kolo');
    await page.getByRole('button', { name: `Reset the password of ${monitor.name}` }).click();
    await snap(page, 'admin-01-reset-en-1280');
    await page.getByRole('button', { name: 'Reset password', exact: true }).last().click();
    const temporary = (await page.getByTestId('temporary-password').textContent()) ?? '';
    expect(temporary).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}$/);
    await snap(page, 'admin-02-temporary-shown-en-1280');
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.getByTestId('temporary-password').count()).toBe(0);
    expect((await monitorPage.request.get('/api/auth/me')).status()).toBe(401);

    // the temporary password leads to choosing one's own, then into the app
    await login(monitorPage, 'monitor@demo.kolo', temporary, { pin: false });
    await monitorPage.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await monitorPage.getByLabel('New password', { exact: true }).fill('my own password 2026');
    await monitorPage.getByLabel('Repeat the new password').fill('my own password 2026');
    await snap(monitorPage, 'admin-03-choose-password-en-360');
    await monitorPage.getByRole('button', { name: 'Save and sign in' }).click();
    await expect.poll(async () => (await monitorPage.request.get('/api/auth/me')).status()).toBe(200);
    await phone.close();

    // the audit names the person, and never holds the password
    const { entries } = await apiGet<{ entries: Array<{ action: string; target: string }> }>(
      page,
      '/api/audit?limit=1000',
    );
    expect(entries.some((e) => e.action === 'password_reset' && e.target === monitor.id)).toBe(true);
    expect(JSON.stringify(entries)).not.toContain(temporary);
  });

  it("should say a new account's password is temporary, and have the person choose their own at first sign-in", async () => {
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Add user' }) });
    await form.getByLabel('Name', { exact: true }).fill('Iryna (new monitor)');
    await form.getByLabel('Email', { exact: true }).fill('iryna@demo.kolo');
    const password = form.getByLabel('Initial password', { exact: true });
    await password.fill('given by the admin 1');
    expect(await password.getAttribute('aria-describedby')).toBeTruthy();
    await form.getByText('Temporary: the person chooses their own password at first sign-in.').waitFor();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const created = page.getByRole('status').filter({ hasText: 'Account created for Iryna (new monitor)' });
    await created.getByText('The password you set is temporary', { exact: false }).waitFor();
    const row = page
      .locator('section[aria-labelledby="users-title"]')
      .getByRole('row', { name: /iryna@demo\.kolo/ });
    await expect.poll(() => row.textContent()).toContain('has not chosen their own password yet');
    await snap(page, 'admin-01a-account-created-en-1280');
    await page
      .locator('section[aria-labelledby="users-title"]')
      .screenshot({ path: `${SHOTS}admin-01a-account-created-en-1280-users.png` });
    await created.getByRole('button', { name: 'Done' }).click();

    // the admin's password opens no session: the person chooses their own, then is in
    const phone = await newContext(h);
    const person = await phone.newPage();
    await login(person, 'iryna@demo.kolo', 'given by the admin 1', { pin: false });
    await person.getByRole('heading', { name: 'Choose your own password' }).waitFor();
    await person.getByLabel('New password', { exact: true }).fill('iryna chose this 2026');
    await person.getByLabel('Repeat the new password').fill('iryna chose this 2026');
    await person.getByRole('button', { name: 'Save and sign in' }).click();
    await expect.poll(async () => (await person.request.get('/api/auth/me')).status()).toBe(200);
    await phone.close();
    await page.reload();
    await expect.poll(() => row.textContent()).not.toContain('has not chosen their own password yet');
  });

  it('should edit a site with a country picker and service types by name, and deactivate it', async () => {
    const { sites } = await apiGet<{ sites: ApiSite[] }>(page, '/api/sites');
    const site = sites[0] as ApiSite;
    edited = site.name;
    await page.getByRole('button', { name: `Edit: ${site.name}` }).click();
    await page.getByRole('heading', { name: `Edit site: ${site.name}` }).waitFor();
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: `Edit site: ${site.name}` }),
    });
    await form.getByLabel('Country').selectOption('MD');
    await form.getByLabel('City').fill('Chișinău');
    const prep = form.getByLabel('PrEP (pre-exposure prophylaxis)');
    if (!(await prep.isChecked())) await prep.check();
    await snap(page, 'admin-04-site-edit-en-1280');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Site saved.').waitFor();
    const row = sitesTable(page).getByRole('row', { name: new RegExp(site.name) });
    await expect.poll(() => row.textContent()).toContain('Moldova');
    expect(await row.textContent()).toContain('PrEP (pre-exposure prophylaxis)');
    expect(await row.textContent()).not.toMatch(/\bprep\b/);
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await expect.poll(() => row.textContent()).toContain('Deactivated');
    const after = (await apiGet<{ sites: ApiSite[] }>(page, '/api/sites')).sites.find(
      (s) => s.id === site.id,
    );
    expect(after).toMatchObject({ country: 'MD', city: 'Chișinău', active: false });
    expect(after?.serviceTypes).toContain('prep');
    await snap(page, 'admin-05-site-deactivated-en-1280');
    await row.getByRole('button', { name: 'Reactivate' }).click();
    await expect.poll(() => row.textContent()).not.toContain('Deactivated');
  });

  it('should name the targets of audit entries instead of showing ids', async () => {
    await page.reload();
    const audit = page.locator('section', { has: page.getByRole('heading', { name: 'Audit log' }) });
    await audit.getByRole('row').nth(1).waitFor();
    await audit.getByRole('cell', { name: edited, exact: true }).first().waitFor();
    await audit
      .getByRole('cell', { name: /Taras \(peer monitor\)/ })
      .first()
      .waitFor();
    const targets = await audit.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(targets.filter((t) => UUID.test(t) && !t.includes('deleted'))).toEqual([]);
    // actions by name, never by code
    const actions = await audit.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(actions).toContain('Password reset');
    expect(actions.filter((a) => /^[a-z_]+$/.test(a))).toEqual([]);
    await snap(page, 'admin-06-audit-en-1280');
    // the filter offers the same names
    await audit.getByLabel('Action').selectOption({ label: 'Account created' });
    await expect
      .poll(async () => [...new Set(await audit.locator('tbody tr td:nth-child(2)').allTextContents())])
      .toEqual(['Account created']);
    await audit.getByLabel('Action').selectOption({ label: 'All actions' });
  });

  it('should delete an abandoned draft after a confirmation', async () => {
    const created = await page.request.post('/api/surveys', {
      data: { definition: { id: 'abandoned-idea', title: { en: 'An abandoned idea' } } },
      headers: { origin: h.url },
    });
    expect(created.status()).toBe(201);
    await page.reload();
    const drafts = page.locator('section', {
      has: page.getByRole('heading', { name: 'Unpublished drafts' }),
    });
    const item = drafts.getByRole('listitem').filter({ hasText: 'An abandoned idea' });
    await item.getByRole('button', { name: 'Delete draft' }).click();
    await item
      .getByRole('alertdialog')
      .getByText('Delete the survey “An abandoned idea”?', { exact: false })
      .waitFor();
    await snap(page, 'admin-07-delete-draft-en-1280');
    await item.getByRole('button', { name: 'Confirm' }).click();
    await drafts.getByText('Draft deleted.').waitFor();
    await expect.poll(() => drafts.getByText('An abandoned idea').count()).toBe(0);
    const { surveys } = await apiGet<{ surveys: Array<{ id: string }> }>(page, '/api/surveys');
    expect(surveys.map((s) => s.id)).not.toContain('abandoned-idea');
  });

  it('should list an imported survey at once, with a distinct title', async () => {
    const { surveys } = await apiGet<{
      surveys: Array<{ id: string; version: number | null; title: { en: string } }>;
    }>(page, '/api/surveys');
    const published = surveys.find((s) => s.version !== null) as { id: string; title: { en: string } };
    const workbook = await page.request.get(`/api/surveys/${published.id}/xlsform`);
    expect(workbook.status()).toBe(200);
    await page.goto('/design');
    await page.getByLabel('An XLSForm file').check();
    await page.getByLabel('XLSForm workbook (.xlsx, .xls)').setInputFiles({
      name: 'copy.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook.body(),
    });
    await page.getByLabel(/^Survey id/).fill('imported-copy');
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByRole('heading', { name: 'Conversion report' }).waitFor();
    // no reload: the list shows the new draft with a title of its own
    const day = new Date().toISOString().slice(0, 10);
    await page.getByRole('link', { name: `${published.title.en} (imported ${day})` }).waitFor();
    await snap(page, 'admin-08-imported-en-1280');
  });

  it('should read in Ukrainian on a phone, country and service names included', async () => {
    const phone = await newContext(h, { locale: 'uk-UA' });
    const uk = await phone.newPage();
    await login(uk, 'admin@demo.kolo');
    await uk.goto('/admin');
    await uk.getByRole('heading', { name: 'Неопубліковані чернетки' }).waitFor();
    const { sites } = await apiGet<{ sites: ApiSite[] }>(uk, '/api/sites');
    const ukrainian = sites.find((s) => s.country === 'UA') as ApiSite;
    const row = sitesTable(uk).getByRole('row', { name: new RegExp(ukrainian.name) });
    expect(await row.textContent()).toContain('Україна');
    // each person and site is a card on a phone: every button in reach without scrolling sideways
    for (const name of [/^Скидання пароля: /, /^Деактивувати$/, new RegExp(`^Змінити: ${ukrainian.name}$`)]) {
      const box = await uk.getByRole('button', { name }).first().boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, String(name)).toBe(true);
    }
    await snap(uk, 'admin-09-admin-uk-360');
    await uk.getByRole('button', { name: `Змінити: ${ukrainian.name}` }).click();
    const form = uk.locator('form', {
      has: uk.getByRole('heading', { name: `Зміна локації: ${ukrainian.name}` }),
    });
    await form.getByLabel('Програма обміну шприців').waitFor();
    expect(await form.getByLabel('Країна').locator('option:checked').textContent()).toBe('Україна');
    await form.scrollIntoViewIfNeeded();
    await snap(uk, 'admin-10-site-edit-uk-360');
    const staff = (await apiGet<{ users: ApiUser[] }>(uk, '/api/users')).users.find(
      (u) => u.role === 'staff',
    ) as ApiUser;
    await uk.getByRole('button', { name: `Скидання пароля: ${staff.name}` }).click();
    await uk.getByText('Залиште порожнім', { exact: false }).waitFor();
    await snap(uk, 'admin-11-reset-uk-360');
    // the audit log names each action in Ukrainian
    const audit = uk.locator('section', { has: uk.getByRole('heading', { name: 'Журнал аудиту' }) });
    await audit.getByRole('cell', { name: 'Скинуто пароль', exact: true }).first().waitFor();
    expect(await hasNoHorizontalScroll(uk)).toBe(true);
    await snap(uk, 'admin-13-audit-uk-360');
    // what a phone shows of the log: the action names without scrolling sideways
    await audit.getByRole('heading', { name: 'Журнал аудиту' }).evaluate((el) => el.scrollIntoView());
    await uk.screenshot({ path: `${SHOTS}admin-13-audit-uk-360-view.png` });
    await phone.close();
  });

  it('should name countries in Kyrgyz where Chromium has no Kyrgyz names', async () => {
    const phone = await newContext(h);
    const ky = await phone.newPage();
    // Chromium answers English for Kyrgyz region names: the app carries its own
    expect(await ky.evaluate(() => new Intl.DisplayNames(['ky'], { type: 'region' }).of('KG'))).not.toBe(
      'Кыргызстан',
    );
    await login(ky, 'admin@demo.kolo');
    // the sign-in form's labels are matched in English: choose Kyrgyz as the app language after it
    await ky.evaluate(() => localStorage.setItem('kolo.language', 'ky'));
    await ky.goto('/admin');
    const { sites } = await apiGet<{ sites: ApiSite[] }>(ky, '/api/sites');
    const kyrgyz = sites.find((s) => s.country === 'KG') as ApiSite;
    const row = sitesTable(ky).getByRole('row', { name: new RegExp(kyrgyz.name) });
    await expect.poll(() => row.textContent()).toContain('Кыргызстан');
    await snap(ky, 'admin-12-admin-ky-360');
    await phone.close();
  });
});
