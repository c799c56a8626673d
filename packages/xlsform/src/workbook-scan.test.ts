import { describe, expect, it } from 'vitest';
import { buildWorkbook } from './fixtures/build-workbook.ts';
import { lyingZipBomb, rowFlood, sharedStringsBomb, writeZip } from './fixtures/hostile-workbooks.ts';
import { importXlsForm, XlsFormError } from './index.ts';
import { MAX_ROWS, scanWorkbook } from './workbook-scan.ts';
import { MAX_UNPACKED_BYTES } from './zip-guard.ts';

const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array): Promise<XlsFormError> {
  const error = await importXlsForm(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(XlsFormError);
  return error as XlsFormError;
}

/** The highest resident memory seen while `work` runs, over the memory before it, in MB. */
async function peakGrowthMb(work: () => Promise<unknown>): Promise<number> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(sample);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return (peak - before) / MB;
}

describe('reading a workbook with real caps', () => {
  it('should refuse a zip whose directory says 1 KB but which inflates to 1 GiB, at the cap and in bounded memory', async () => {
    const bomb = await lyingZipBomb(1024);
    expect(bomb.length).toBeLessThan(1.5 * MB);
    let error: XlsFormError | undefined;
    const growth = await peakGrowthMb(async () => {
      error = await refusal(bomb);
    });
    expect(error).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^the workbook unpacks to more than 50 MB/),
    });
    // the cap (50 MB) plus a margin; reading it whole took over 600 MB
    expect(growth).toBeLessThan(250);
  });

  it('should refuse a workbook whose honestly declared parts unpack past the cap', async () => {
    const bomb = await sharedStringsBomb(170);
    expect(bomb.length).toBeLessThan(MB);
    expect(await refusal(bomb)).toMatchObject({
      code: 'too_large',
      message: expect.stringContaining(`more than ${MAX_UNPACKED_BYTES / MB} MB`),
      notes: [expect.objectContaining({ sheet: '', severity: 'error', code: 'too_large' })],
    });
  });

  it('should stop at the row cap while reading a million-row sheet, naming the sheet', {
    timeout: 60_000,
  }, async () => {
    const flood = await rowFlood(1_000_000);
    await expect(scanWorkbook(flood)).rejects.toThrow(
      expect.objectContaining({
        code: 'too_large',
        message: expect.stringMatching(/^the sheet "survey" has over 50,000 rows; .*delete the extra rows/),
        notes: [expect.objectContaining({ sheet: 'survey', code: 'too_large' })],
      }),
    );
    expect(await refusal(flood)).toMatchObject({ code: 'too_large', notes: [{ sheet: 'survey' }] });
  });

  it('should count only rows that hold a cell, so formatted empty rows do not count', {
    timeout: 30_000,
  }, async () => {
    const full = await rowFlood(MAX_ROWS - 1);
    expect((await scanWorkbook(full)).sheets).toEqual([
      expect.objectContaining({ name: 'survey', rows: MAX_ROWS, cells: MAX_ROWS + 1 }),
    ]);
    const bytes = await buildWorkbook({
      survey: [['type', 'name'], ['text', 'q1'], [], ['note', 'n1']],
      choices: [['list_name', 'name']],
    });
    const scan = await scanWorkbook(bytes);
    expect(scan.sheets.map((s) => [s.name, s.rows, s.cells])).toEqual([
      ['survey', 3, 6],
      ['choices', 1, 2],
    ]);
    expect(scan.unpackedBytes).toBeGreaterThan(0);
  });

  it('should refuse a part packed in a way Excel never uses, or damaged, with a clear message', async () => {
    const stored = writeZip([
      { name: 'xl/workbook.xml', packed: new Uint8Array([1, 2, 3]), declaredSize: 3 },
    ]);
    expect((await refusal(stored)).code).toBe('unreadable');
    const cut = await lyingZipBomb(1);
    expect(['not_xlsx', 'unreadable']).toContain((await refusal(cut.slice(0, cut.length - 30))).code);
  });
});
