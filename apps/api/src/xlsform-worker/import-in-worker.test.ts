import { readFile } from 'node:fs/promises';
import { importXlsForm } from '@kolo/xlsform';
import { buildWorkbook, lyingZipBomb, rowFlood } from '@kolo/xlsform/testing';
import { describe, expect, it } from 'vitest';
import { importInWorker, importWorkerCounts } from './import-in-worker.ts';
import { ImportRefusedError } from './job-outcome.ts';

const MB = 1024 * 1024;
const WHO = new URL('../../../../../shared/xlsform-corpus/who_verbal_autopsy.xlsx', import.meta.url);

async function refusal(work: Promise<unknown>): Promise<ImportRefusedError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusedError);
  return error as ImportRefusedError;
}

// a worker loads the spreadsheet library first: seconds on a busy machine
describe('importInWorker', { timeout: 120_000 }, () => {
  it('should import a real form in a worker exactly as on the calling thread', async () => {
    const bytes = await readFile(WHO).catch(() => undefined);
    if (!bytes) return; // the shared corpus is not in every checkout
    expect(await importInWorker(bytes)).toEqual(await importXlsForm(bytes));
    expect(importWorkerCounts()).toEqual({ busy: 0, idle: 1 });
  });

  it("should refuse a 1 GiB zip bomb in the worker, with the reader's message and report", async () => {
    const before = process.memoryUsage().rss;
    const error = await refusal(importInWorker(await lyingZipBomb(1024)));
    expect(error).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^the workbook unpacks to more than 50 MB/),
      notes: [expect.objectContaining({ code: 'too_large', severity: 'error' })],
    });
    expect((process.memoryUsage().rss - before) / MB).toBeLessThan(300);
  });

  it('should terminate a worker past the timeout, and read the next workbook in a fresh one', async () => {
    const flood = await rowFlood(40_000);
    const error = await refusal(importInWorker(flood, { timeoutMs: 200 }));
    expect(error).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^reading the workbook took over 1 s, so it was stopped; /),
    });
    // settled only once the thread is gone
    expect(importWorkerCounts().busy).toBe(0);
    const rows = await refusal(importInWorker(await rowFlood(60_000)));
    expect(rows.message).toMatch(/^the sheet "survey" has over 50,000 rows/);
  });

  it('should stop a worker that passes its memory limit', async () => {
    // 40 MB: the spreadsheet library alone came near 24 MB on a loaded machine
    const small = await buildWorkbook({
      survey: [
        ['type', 'name'],
        ['text', 'q1'],
      ],
    });
    expect((await importInWorker(small, { memoryMb: 40 })).definition).toMatchObject({
      id: 'imported-survey',
    });
    const error = await refusal(importInWorker(await rowFlood(49_000), { memoryMb: 40 }));
    expect(error).toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/^reading the workbook needed more than 40 MB of memory/),
    });
    expect(importWorkerCounts().busy).toBe(0);
  });
});
