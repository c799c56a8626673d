import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, type Harness, hasNoHorizontalScroll, login, snap, startHarness } from './harness.ts';

describe.skipIf(!HAS_CHROMIUM)('reports in Chromium', () => {
  let h: Harness;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness();
    context = await h.browser.newContext({
      baseURL: h.url,
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await h?.close();
  });

  it('should make a Ukrainian report of the network from the Reports page and download it as PDF and Word', async () => {
    await login(page, 'staff@demo.kolo');
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Make a report' }).waitFor();
    await page.getByRole('option', { name: 'Service satisfaction' }).first().waitFor({ state: 'attached' });
    await page.getByLabel('Survey', { exact: true }).selectOption({ label: 'Service satisfaction' });
    await page.getByLabel('Language of the report').selectOption('uk');
    await page.getByLabel('Introduction').fill('Звіт підготовлено для зустрічі з донором.');
    await page.getByLabel('Key messages').fill('- Черги скоротилися\n- Бракує налоксону');
    await snap(page, 'reports-01-form-1280-en');
    await page.getByRole('button', { name: 'Make the report' }).click();
    await page.getByRole('status').filter({ hasText: 'The report is ready' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Уся мережа' }).first();
    await row.waitFor();
    await expect
      .poll(async () => (await row.textContent()) ?? '')
      .toMatch(/\d+ submissions, the latest received/);
    await snap(page, 'reports-02-list-1280-en');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /as PDF/ }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^kolo-report-service-satisfaction-\d{4}-Q\d-uk\.pdf$/);
    const pdfBytes = await streamBytes(pdf);
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: /Word document/ }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    expect((await streamBytes(docx)).subarray(0, 2).toString()).toBe('PK');
  });

  it('should fit a phone and read in Ukrainian', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole('heading', { name: 'Make a report' }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'reports-03-form-360-en');
    await page.locator('details.header-menu summary').click();
    await page.locator('details.header-menu select').selectOption('uk');
    await page.getByRole('heading', { name: 'Створити звіт' }).waitFor();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await snap(page, 'reports-04-form-360-uk');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('heading', { name: 'Попередні звіти' }).waitFor();
    await snap(page, 'reports-05-list-1280-uk');
  });
});

async function streamBytes(download: import('playwright-core').Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
