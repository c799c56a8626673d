import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { storedRows } from './staff-api.ts';

/** UNICEF's Liberia village form from the shared XLSForm corpus, read where it lies. */
const LIBERIA = fileURLToPath(
  new URL('../../../../shared/xlsform-corpus/unicef_liberia_village.xlsx', import.meta.url),
);
/** The id kolo gives the form (its form_id in lower case). */
const SURVEY = 'liberiavillageformround2';
/** The enumeration area the monitor chooses and its row of the sample list. */
const AREA = {
  code: '3004557141',
  gmap: 'https://maps.example/ea/3004557141',
  lat: '6.2537',
  lon: '-10.7104',
};
const SAMPLE_LIST = [
  'EFEACODE,gmap,lat,lon',
  `${AREA.code},${AREA.gmap},${AREA.lat},${AREA.lon}`,
  '3004557151,https://maps.example/ea/3004557151,6.2549,-10.7081',
  '3004557171,https://maps.example/ea/3004557171,6.2561,-10.7066',
].join('\r\n');

/** The elements wider than the page, to say what breaks a narrow layout. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}`),
  );

/** A full-page screenshot and one of the lookup tables panel alone, to look at closely. */
async function snapPanel(page: Page, name: string): Promise<void> {
  const path = await snap(page, name);
  await page.locator('section.lookup-tables').screenshot({ path: path.replace(/\.png$/, '-panel.png') });
}

/** A staff member's builder on the survey's lookup tables view. */
async function lookupView(h: Harness, options: { width: number; locale: string; tab: RegExp }) {
  const context = await newContext(h, { width: options.width, height: 900, locale: options.locale });
  const page = await context.newPage();
  await login(page, 'staff@demo.kolo');
  await page.goto(`/design/${SURVEY}`);
  await page.getByRole('tab', { name: options.tab }).click();
  return { context, page };
}

describe.skipIf(!HAS_CHROMIUM)('lookup tables: a real XLSForm with form media, from builder to phone', () => {
  let h: Harness;
  let folder: string;
  let staff: BrowserContext;
  let page: Page;
  const csvFile = (name: string, text: string) => {
    const path = join(folder, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    h = await startHarness();
    folder = mkdtempSync(join(tmpdir(), 'kolo-lookups-'));
    staff = await newContext(h, { width: 1280, height: 900 });
    page = await staff.newPage();
  });
  afterAll(async () => {
    await staff?.close();
    await h?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('should import the Liberia village form and show that sampleList.csv is missing', async () => {
    await login(page, 'staff@demo.kolo');
    await page.goto('/design');
    await page.getByLabel('An XLSForm file').check();
    await page.getByLabel('XLSForm workbook (.xlsx, .xls)').setInputFiles(LIBERIA);
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByRole('heading', { name: 'Conversion report' }).waitFor();
    await page.getByRole('button', { name: 'Open the draft' }).click();
    await page.waitForURL(`**/design/${SURVEY}`);
    expect(await page.getByRole('button', { name: 'Publish…' }).isDisabled()).toBe(true);
    await page.getByRole('tab', { name: 'Lookup tables' }).click();
    const entry = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'sampleList.csv' }) });
    await entry.getByText('Missing: the survey cannot be published until this table is attached.').waitFor();
    await entry.getByText('Columns the form reads: gmap, EFEACODE, lat, lon').waitFor();
    await page.getByText('it must not contain anything about respondents').waitFor();
    await snap(page, 'lookup-tables-01-missing-en-1280');
  });

  it('should word a refused file in the reader’s language and keep the form unpublishable (uk, 360 px)', async () => {
    const { context, page: phone } = await lookupView(h, {
      width: 360,
      locale: 'uk-UA',
      tab: /Довідкові таблиці/,
    });
    await phone.getByText('Бракує: опитування не можна опублікувати, доки цю таблицю не додано.').waitFor();
    const ragged = csvFile('sampleList.csv', 'EFEACODE,gmap,lat,lon\n3004557141,x,6.2\n');
    await phone.getByLabel('Надіслати sampleList.csv').setInputFiles(ragged);
    const alert = phone.getByRole('alert');
    await alert.getByText(/Деякі рядки не відповідають першому/).waitFor();
    expect(await alert.textContent()).toContain('Рядки файлу: 2');
    await snapPanel(phone, 'lookup-tables-02-refused-uk-360');
    expect(await hasNoHorizontalScroll(phone), (await overflowing(phone)).join('\n')).toBe(true);
    await context.close();
  });

  it('should attach sampleList.csv, then publish', async () => {
    const upload = page.getByLabel('Upload sampleList.csv');
    // a real file input, reached with the keyboard
    await upload.focus();
    expect(await upload.evaluate((el) => el === document.activeElement && el.getAttribute('type'))).toBe(
      'file',
    );
    await upload.setInputFiles(csvFile('sampleList.csv', SAMPLE_LIST));
    await page.getByRole('status').getByText('sampleList.csv attached.').waitFor();
    await page.getByText('Attached. Rows: 3, columns: 4.').waitFor();
    await page.getByText('All changes saved').waitFor();
    await snap(page, 'lookup-tables-03-attached-en-1280');
    await page.getByRole('button', { name: 'Publish…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Version 1 published' }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    // the published table downloads as the CSV it was
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download sampleList.csv' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('sampleList.csv');
  });

  it('should show the attached table in Ukrainian at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const { context, page: view } = await lookupView(h, {
        width,
        locale: 'uk-UA',
        tab: /Довідкові таблиці/,
      });
      await view.getByText('Додано. Рядків: 3, стовпців: 4.').waitFor();
      await snapPanel(view, `lookup-tables-04-attached-uk-${width}`);
      expect(await hasNoHorizontalScroll(view), (await overflowing(view)).join('\n')).toBe(true);
      await context.close();
    }
    const { context, page: view } = await lookupView(h, {
      width: 360,
      locale: 'en-US',
      tab: /Lookup tables/,
    });
    await view.getByText('Attached. Rows: 3, columns: 4.').waitFor();
    await snapPanel(view, 'lookup-tables-05-attached-en-360');
    expect(await hasNoHorizontalScroll(view), (await overflowing(view)).join('\n')).toBe(true);
    await context.close();
  });

  it('should let a monitor at 360 px choose an area and see its coordinates, stored with the answers', async () => {
    const context = await newContext(h);
    const phone = await context.newPage();
    await login(phone, 'monitor@demo.kolo');
    await phone.getByRole('heading', { name: 'Collect' }).waitFor();
    await phone.goto('/collect');
    await passPinScreen(phone);
    const site = phone.getByLabel('Site');
    await site.waitFor();
    await site.selectOption({ index: 1 });
    await phone.getByLabel('Survey').selectOption(SURVEY);
    await phone.getByRole('button', { name: 'Start a new interview' }).click();
    await phone.getByRole('radio', { name: 'Urban Montserrado' }).check();
    await phone.getByRole('radio', { name: 'Greater Monrovia' }).check();
    await phone
      .getByRole('radio', {
        name: /^Z1100 Rehab\/Borbor Town - via Robertsfield Highway; near LP gas station/,
      })
      .check();
    await phone.getByText(`${AREA.lat},${AREA.lon}`).waitFor();
    // the note's markdown link points at the looked-up map, as ODK Collect shows it
    expect(
      await phone.getByRole('link', { name: 'SEE BORDER MAP OF ENUMERATION AREA' }).getAttribute('href'),
    ).toBe(AREA.gmap);
    await phone.getByLabel(/Population \(number of people\)/).fill('450');
    expect(await hasNoHorizontalScroll(phone)).toBe(true);
    await phone.getByText(`${AREA.lat},${AREA.lon}`).scrollIntoViewIfNeeded();
    await phone.screenshot({
      path: (await snap(phone, 'lookup-tables-06-phone-en-360')).replace(/\.png$/, '-note.png'),
    });
    await phone.getByRole('button', { name: 'Next' }).click();
    await phone.getByRole('heading', { name: 'Check your answers' }).waitFor();
    await phone.getByRole('button', { name: 'Submit' }).click();
    await phone.getByText(/Sent\. Thank you!|Saved on this device/).waitFor();
    await expect.poll(async () => (await storedRows(h, SURVEY)).length, { timeout: 20_000 }).toBe(1);
    const [row] = await storedRows(h, SURVEY);
    expect(row?.answers).toMatchObject({ cid: '1', did: '4', eid: AREA.code, pop: 450 });
    expect([row?.answers.lat, row?.answers.lon, row?.answers.map].map(String)).toEqual([
      AREA.lat,
      AREA.lon,
      AREA.gmap,
    ]);
    await context.close();
  });

  it('should import the form together with its sampleList.csv, ready to publish', async () => {
    await page.goto('/design');
    await page.getByLabel('An XLSForm file').check();
    await page.getByLabel('XLSForm workbook (.xlsx, .xls)').setInputFiles(LIBERIA);
    await page
      .getByLabel('Form media: the CSV files the form reads (optional)')
      .setInputFiles(csvFile('sampleList.csv', SAMPLE_LIST));
    await page.getByLabel(/^Survey id/).fill('liberia-with-media');
    await page.getByRole('button', { name: 'Import file' }).click();
    await page.getByText('Imported as "liberia-with-media". Errors to fix: 0.').waitFor();
    await page.getByRole('button', { name: 'Open the draft' }).click();
    await page.waitForURL('**/design/liberia-with-media');
    expect(await page.getByRole('button', { name: 'Publish…' }).isEnabled()).toBe(true);
    await page.getByRole('tab', { name: 'Lookup tables' }).click();
    await page.getByText('Attached. Rows: 3, columns: 4.').waitFor();
  });

  it('should break no Content-Security-Policy rule', () => {
    expect(h.cspViolations).toEqual([]);
  });
});
