import { lyingZipBomb, rowFlood, sharedStringsBomb } from '@kolo/xlsform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const ORIGIN = { origin: 'http://localhost' };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MB = 1024 * 1024;

interface Refusal {
  error: { code: string; message: string; report: Array<{ code: string; sheet: string }> };
}

async function testApp(env: Record<string, string> = {}) {
  const t = await createTestApp({ env });
  const staff = await t.login(t.orgs[0].emails.staff);
  const upload = (file: Uint8Array) => {
    const form = new FormData();
    form.set('file', new Blob([file], { type: XLSX_TYPE }), 'form.xlsx');
    return t.request('/api/surveys/import/xlsform', {
      method: 'POST',
      cookie: staff,
      headers: ORIGIN,
      body: form,
    });
  };
  return { t, upload };
}

// each import runs in a worker thread that first loads the spreadsheet library: seconds on a busy machine
describe('XLSForm import of hostile workbooks', { timeout: 180_000 }, () => {
  let t: TestApp;
  let upload: (file: Uint8Array) => Promise<Response>;
  beforeAll(async () => {
    ({ t, upload } = await testApp());
  });
  afterAll(async () => {
    await t.close();
  });

  it('should refuse a zip bomb, honest or lying about its sizes, with 422 and what to fix, in bounded memory', async () => {
    const before = process.memoryUsage().rss;
    for (const bomb of [await lyingZipBomb(1024), await sharedStringsBomb(170)]) {
      const res = await upload(bomb);
      expect(res.status).toBe(422);
      const body = (await res.json()) as Refusal;
      expect(body.error).toMatchObject({
        code: 'invalid',
        message: expect.stringMatching(
          /^the workbook unpacks to more than 50 MB; .*remove pictures and unused sheets/,
        ),
        report: [expect.objectContaining({ code: 'too_large', sheet: '' })],
      });
    }
    // reading the 1 GiB bomb whole grew the server by over 600 MB
    expect((process.memoryUsage().rss - before) / MB).toBeLessThan(300);
  });

  it('should refuse a sheet of a million rows at the row cap, naming the sheet', async () => {
    const res = await upload(await rowFlood(1_000_000));
    expect(res.status).toBe(422);
    const body = (await res.json()) as Refusal;
    expect(body.error.message).toMatch(/^the sheet "survey" has over 50,000 rows; .*delete the extra rows/);
    expect(body.error.report).toEqual([expect.objectContaining({ code: 'too_large', sheet: 'survey' })]);
  });

  it('should read two workbooks at once, queue four, and answer 503 with Retry-After past that', async () => {
    const bomb = await lyingZipBomb(1024);
    const answers = await Promise.all(Array.from({ length: 7 }, () => upload(bomb)));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([422, 422, 422, 422, 422, 422, 503]);
    const busy = answers.find((res) => res.status === 503) as Response;
    expect(busy.headers.get('retry-after')).toBe('10');
    expect(((await busy.json()) as Refusal).error.message).toBe(
      'the server is reading other workbooks right now; try again in 10 s',
    );
  });
});

describe('XLSForm import of a heavy workbook', { timeout: 180_000 }, () => {
  let t: TestApp;
  let upload: (file: Uint8Array) => Promise<Response>;
  beforeAll(async () => {
    // a short reading timeout, so the heavy workbook below is stopped by it
    ({ t, upload } = await testApp({ KOLO_XLSFORM_TIMEOUT_SECONDS: '1' }));
  });
  afterAll(async () => {
    await t.close();
  });

  it('should keep answering other requests while a heavy workbook is read, and stop its reader at the timeout', async () => {
    // just under every cap: 49,999 rows of 10 cells, which a spreadsheet library needs many seconds to build
    const heavy = await rowFlood(49_999, 10);
    let importDone = false;
    const importing = upload(heavy).then((res) => {
      importDone = true;
      return res;
    });
    const latencies: number[] = [];
    while (!importDone) {
      const start = performance.now();
      const health = await t.request('/api/health');
      expect(health.status).toBe(200);
      latencies.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const res = await importing;
    expect(res.status).toBe(422);
    const body = (await res.json()) as Refusal;
    expect(body.error.message).toMatch(/^reading the workbook took over 1 s, so it was stopped; /);
    expect(body.error.report).toEqual([expect.objectContaining({ code: 'too_large' })]);
    // health answered again and again while the import ran (reading it on the server's thread
    // blocked every request for the whole 40+ s it took)
    expect(latencies.length).toBeGreaterThan(3);
    expect(Math.max(...latencies)).toBeLessThan(2000);
  });
});
