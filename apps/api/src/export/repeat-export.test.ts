import { Readable } from 'node:stream';
import { auditLog } from '@kolo/db';
import { testEngines } from '@kolo/db/testing';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sensitiveExportPath } from '../testing/sensitive-export.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { REPEAT_SURVEY, seedRepeatRows } from './repeat-export.fixture.ts';

const BASE = `/api/surveys/${REPEAT_SURVEY}`;

/** Every sheet of a workbook by name, as rows of cell values. */
async function sheetsOf(res: Response): Promise<Map<string, unknown[][]>> {
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.fromWeb(res.body as never));
  const sheets = new Map<string, unknown[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** A CSV answer as rows of text, the BOM dropped (these cells hold no comma, quote or newline). */
async function csvOf(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  const text = (await res.text()).replace(/^\ufeff/, '');
  expect(text).not.toContain('"');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

describe.each(testEngines())('repeat sections in exports on %s', (engine) => {
  let t: TestApp;
  let staff: string;
  let ids: string[];

  beforeAll(async () => {
    t = await createTestApp({ engine });
    staff = await t.login(t.orgs[0].emails.staff);
    // submission n has n - 1 partners: 0 + 1 + 2 + 3 = 6 instances
    ids = await seedRepeatRows(t, 4);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should give each repeat section a sheet of its own, one row per instance linked by _submission_id and _index', async () => {
    const sheets = await sheetsOf(await t.request(`${BASE}/export.xlsx`, { cookie: staff }));
    expect([...sheets.keys()]).toEqual([REPEAT_SURVEY, 'partners']);
    const main = sheets.get(REPEAT_SURVEY) ?? [];
    expect(main[0]).not.toContain('partner_age');
    expect(main[0]).not.toContain('partners');
    expect(main.slice(1).map((r) => r[0])).toEqual(ids);
    const partners = sheets.get('partners') ?? [];
    expect(partners[0]).toEqual(['_submission_id', '_index', 'partner_age', 'partner_tested']);
    expect(partners.slice(1)).toEqual([
      [ids[1], 1, 30, 'yes'],
      [ids[2], 1, 30, 'yes'],
      [ids[2], 2, 31, 'no'],
      [ids[3], 1, 30, 'yes'],
      [ids[3], 2, 31, 'no'],
      [ids[3], 3, 32, 'yes'],
    ]);
    expect(JSON.stringify([...sheets.values()])).not.toMatch(/leaked|=name/);
  });

  it("should give a repeat section's instances as their own CSV with ?repeat=, audited", async () => {
    const rows = await csvOf(
      await t.request(`${BASE}/export.csv?repeat=partners&labels=en`, { cookie: staff }),
    );
    expect(rows[0]).toEqual(['_submission_id', '_index', 'partner_age', 'partner_tested']);
    expect(rows.slice(1)).toHaveLength(6);
    expect(rows[3]).toEqual([ids[2], '2', '31', 'No']);
    const main = await csvOf(await t.request(`${BASE}/export.csv`, { cookie: staff }));
    expect(main[0]).not.toContain('partner_age');
    expect(main.slice(1)).toHaveLength(4);
    const entries = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, t.orgs[0].id), eq(auditLog.action, 'export')));
    expect(entries.map((e) => (e.detail as { repeat?: string } | null)?.repeat)).toContain('partners');
  });

  it('should put sensitive items inside a repeat in an export only with a confirmation, neutralised', async () => {
    const csv = await csvOf(
      await t.request(await sensitiveExportPath(t, staff, REPEAT_SURVEY, 'csv', '&repeat=partners'), {
        cookie: staff,
      }),
    );
    const name = csv[0]?.indexOf('partner_name') ?? -1;
    expect(name).toBeGreaterThan(1);
    expect(csv.slice(1).map((r) => r[name])).toContain("'=name 3.2");
    const sheets = await sheetsOf(
      await t.request(await sensitiveExportPath(t, staff, REPEAT_SURVEY, 'xlsx'), { cookie: staff }),
    );
    const partners = sheets.get('partners') ?? [];
    const column = (partners[0] as string[]).indexOf('partner_name');
    expect(partners.slice(1).map((r) => r[column])).toContain("'=name 4.3");
    expect(JSON.stringify([...sheets.values()])).not.toContain('leaked');
  });

  it('should keep sensitive items inside a repeat out of the submissions page unless asked for', async () => {
    const res = await t.request(`${BASE}/submissions?pageSize=10`, { cookie: staff });
    expect(res.status).toBe(200);
    const { rows } = (await res.json()) as { rows: Array<{ answers: Record<string, unknown> }> };
    const instances = rows.flatMap((r) => (r.answers.partners ?? []) as Array<Record<string, unknown>>);
    expect(instances).toHaveLength(6);
    expect(instances[0]).toEqual({ partner_age: 30, partner_tested: 'yes' });
  });

  it('should refuse an unknown repeat section, or ?repeat= on the workbook, with a 422 saying what to ask for', async () => {
    const unknown = await t.request(`${BASE}/export.csv?repeat=children`, { cookie: staff });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('the repeat sections of survey partner-notification are partners');
    const none = await t.request('/api/surveys/service-satisfaction/export.csv?repeat=partners', {
      cookie: staff,
    });
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('has no repeat sections');
    const workbook = await t.request(`${BASE}/export.xlsx?repeat=partners`, { cookie: staff });
    expect(workbook.status).toBe(422);
    expect(await workbook.text()).toContain('export.csv?repeat=partners');
  });
});
