import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, type Harness, hasNoHorizontalScroll, login, snap, startHarness } from './harness.ts';

const today = () => new Date().toISOString().slice(0, 10);

describe.skipIf(!HAS_CHROMIUM)('the scorecard in Chromium', () => {
  let h: Harness;
  let adminContext: BrowserContext;
  let funderContext: BrowserContext;
  let admin: Page;
  let funder: Page;

  const open = async (page: Page) => {
    await page.goto('/scorecard?survey=service-satisfaction');
    await page.locator('table.sc-table, .sc-all-withheld').first().waitFor();
  };
  const count = (page: Page, selector: string) => page.locator(`table.sc-table ${selector}`).count();

  beforeAll(async () => {
    h = await startHarness();
    adminContext = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    funderContext = await h.browser.newContext({ baseURL: h.url, viewport: { width: 1280, height: 900 } });
    admin = await adminContext.newPage();
    funder = await funderContext.newPage();
    await login(admin, 'admin@demo.kolo');
    await login(funder, 'funder@demo.kolo');
  });
  afterAll(async () => {
    await adminContext?.close();
    await funderContext?.close();
    await h?.close();
  });

  it('should change the colours when staff set a stricter standard', async () => {
    await admin.getByRole('link', { name: 'Scorecard' }).first().click();
    await admin.goto('/scorecard?survey=service-satisfaction');
    await admin.locator('table.sc-table').waitFor();
    await snap(admin, 'scorecard-01-table-1280-en');
    const greenBefore = await count(admin, 'td.sc-green');
    const redBefore = await count(admin, 'td.sc-red');
    expect(greenBefore + redBefore + (await count(admin, 'td.sc-amber'))).toBeGreaterThan(0);

    await admin.getByRole('button', { name: 'Edit standards' }).click();
    const green = admin.getByLabel('Overall satisfaction: Meets from');
    const amber = admin.getByLabel('Overall satisfaction: Close from');
    // thresholds in the wrong order are refused with a reason before anything is sent
    await green.fill('40');
    await amber.fill('60');
    await admin.getByText('Higher is better: “meets from” must be above “close from”.').waitFor();
    expect(await admin.getByRole('button', { name: 'Save standards' }).isDisabled()).toBe(true);
    await green.fill('100');
    await amber.fill('99.5');
    await admin.getByLabel('Overall satisfaction: Source of the standard').fill('Funder target 2027');
    await snap(admin, 'scorecard-02-standards-1280-en');
    await admin.getByRole('button', { name: 'Save standards' }).click();
    await admin.getByText('Standards saved.').waitFor();
    await expect.poll(() => count(admin, 'td.sc-red')).toBeGreaterThan(redBefore);
    await admin.getByText('meets from 100, close from 99.5').first().waitFor();
    await snap(admin, 'scorecard-03-stricter-1280-en');
  });

  it('should hide months not validated from the funder under the embargo, and show them once validated', async () => {
    await open(funder);
    const valuesBefore = await count(funder, 'td.sc-cell strong');
    expect(valuesBefore).toBeGreaterThan(0);

    await admin.getByLabel('Show funders and share links only validated figures').click();
    await admin.getByText('Funders and share links see only validated quarters.').waitFor();
    await admin.getByText('Preliminary', { exact: true }).waitFor();
    await snap(admin, 'scorecard-04-preliminary-1280-en');

    await open(funder);
    await funder.getByText(/Not yet validated with the community, so not shown/).waitFor();
    await funder.getByText('No figures for this period yet: the community has not validated them.').waitFor();
    expect(await count(funder, 'td.sc-cell strong')).toBe(0);
    await snap(funder, 'scorecard-05-funder-withheld-1280-en');

    await admin.getByLabel('Date of the meeting').fill(today());
    await admin.getByLabel('How many took part').fill('14');
    await admin.getByLabel('Notes').fill('Peer meeting with clients of the sites');
    await admin.getByRole('button', { name: 'Mark as validated' }).click();
    await admin.getByText(/marked as validated/).waitFor();

    await open(funder);
    await expect.poll(() => count(funder, 'td.sc-cell strong')).toBeGreaterThan(0);
    await funder.getByText(/middle of a range of 5/).waitFor();
    await snap(funder, 'scorecard-06-funder-validated-1280-en');
  });

  it('should fit a phone, keep the site column in view, and read in Ukrainian', async () => {
    await funder.setViewportSize({ width: 360, height: 740 });
    await open(funder);
    expect(await hasNoHorizontalScroll(funder)).toBe(true);
    await snap(funder, 'scorecard-07-360-en');
    await funder.locator('details.header-menu summary').click();
    await funder.locator('details.header-menu select').selectOption('uk');
    await funder.getByRole('heading', { name: 'Оцінювання закладів' }).waitFor();
    expect(await hasNoHorizontalScroll(funder)).toBe(true);
    await snap(funder, 'scorecard-08-360-uk');
    await admin.setViewportSize({ width: 360, height: 740 });
    await admin.locator('details.header-menu summary').click();
    await admin.locator('details.header-menu select').selectOption('uk');
    await admin.getByRole('heading', { name: 'Оцінювання закладів' }).waitFor();
    await admin.setViewportSize({ width: 1280, height: 900 });
    await admin.getByRole('radio', { name: 'Спершу найгірші' }).check();
    await admin.getByRole('columnheader', { name: 'Місце' }).waitFor();
    await snap(admin, 'scorecard-09-league-1280-uk');
  });
});
