import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const en = (text: string) => ({ en: text });
const MARKER = `story-marker-${randomUUID()}`;
const REUSED = `reused-marker-${randomUUID()}`;

/** Version 1 asks a sensitive free-text question and a free-text `detail`. */
const V1 = [
  { id: 'tested', kind: 'yes_no', label: en('Tested?') },
  { id: 'story', kind: 'text', sensitive: true, label: en('What happened?') },
  { id: 'detail', kind: 'text', label: en('Details') },
];
/** Version 2 drops `story` and asks `detail` again as a plain choice, which is not sensitive. */
const V2 = [
  { id: 'tested', kind: 'yes_no', label: en('Tested?') },
  {
    id: 'detail',
    kind: 'single_choice',
    label: en('Details'),
    options: [
      { value: 'a', label: en('A') },
      { value: 'b', label: en('B') },
    ],
  },
];

describe('rows of earlier survey versions', () => {
  let t: TestApp;
  let staff: string;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    const definition = (items: unknown[]) => ({
      id: 'versioned',
      version: 1,
      locales: ['en'],
      title: en('Versioned'),
      sections: [{ id: 'main', title: en('Main'), items }],
    });
    const send = async (version: number, answers: Record<string, unknown>) => {
      const id = randomUUID();
      ids.push(id);
      const res = await t.request('/api/submissions', {
        method: 'POST',
        cookie: staff,
        json: {
          id,
          surveyId: 'versioned',
          version,
          siteId: t.orgs[0].siteIds[0],
          collectedAt: `2026-03-0${ids.length}T10:00:00Z`,
          locale: 'en',
          answers,
        },
      });
      expect(res.status).toBe(201);
    };
    const create = await t.request('/api/surveys', {
      method: 'POST',
      cookie: staff,
      json: { definition: definition(V1) },
    });
    expect(create.status).toBe(201);
    const publish = () =>
      t.request('/api/surveys/versioned/publish', { method: 'POST', cookie: staff, json: {} });
    expect((await publish()).status).toBe(201);
    await send(1, { tested: 'yes', story: MARKER, detail: REUSED });
    const draft = await t.request('/api/surveys/versioned/draft', {
      method: 'PUT',
      cookie: staff,
      json: { definition: definition(V2) },
    });
    expect(draft.status).toBe(200);
    expect((await publish()).status).toBe(201);
    await send(2, { tested: 'no', detail: 'a' });
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string) => t.request(`/api/surveys/versioned/${path}`, { cookie: staff });

  it("should return each row's answers by its own version's allow-list, without sensitive ones", async () => {
    const res = await get('submissions');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain(REUSED);
    const { rows } = JSON.parse(text) as { rows: Array<{ version: number; answers: object }> };
    expect(rows.map((r) => [r.version, r.answers])).toEqual([
      [1, { tested: 'yes' }],
      [2, { tested: 'no', detail: 'a' }],
    ]);
  });

  it("should leave an earlier version's sensitive answers out of CSV and XLSX exports", async () => {
    const csv = await get('export.csv?labels=en');
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain(REUSED);
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/,tested,detail$/);
    expect(lines[1]).toMatch(/,Yes,$/);
    expect(lines[2]).toMatch(/,No,A$/);

    const xlsx = await get('export.xlsx');
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const cells: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell.value);
      });
    });
    expect(cells).not.toContain(REUSED);
    expect(JSON.stringify(cells)).not.toContain(MARKER);
  });
});
