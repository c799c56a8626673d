import { randomUUID } from 'node:crypto';
import { auditLog } from '@kolo/db';
import { desc, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralizeCell, restoreCell } from '../export/columns.ts';
import { sensitiveExportPath } from '../testing/sensitive-export.ts';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';

/** Free-text answers a spreadsheet would run as formulas, and ordinary ones. */
const COMMENTS = [
  '=1+1',
  '+SUM(A1:A9)',
  '-2+3',
  '@cmd',
  '\tstarts with a tab',
  '\rstarts with a carriage return',
  "'=already quoted",
  'привіт, "друг"\nновий рядок',
];
const FORMULA_SITE = '=HYPERLINK("http://evil.example","open")';
const SENSITIVE = [
  'comment',
  'missing_service',
  'missing_service_other',
  'gender',
  'gender_other',
  'key_population',
];

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('rows and exports', () => {
  let t: TestApp;
  let staff: string;
  let formulaSiteId: string;
  const sent: Array<{ id: string; comment: string; siteId: string; answers: Record<string, unknown> }> = [];

  beforeAll(async () => {
    t = await createTestApp();
    staff = await t.login(t.orgs[0].emails.staff);
    const admin = await t.login(t.orgs[0].emails.admin);
    const site = await t.request('/api/sites', {
      method: 'POST',
      cookie: admin,
      json: { name: FORMULA_SITE, country: 'UA', city: 'Odesa', serviceTypes: ['nsp'] },
    });
    formulaSiteId = ((await site.json()) as { id: string }).id;
    const submissions = COMMENTS.map((comment, i) => {
      const { gender_other: _, ...base } = validAnswers(t.survey, i + 1);
      const answers = { ...base, comment, gender: 'woman', key_population: ['pwud'] };
      const siteId = i === 0 ? formulaSiteId : (t.orgs[0].siteIds[0] as string);
      sent.push({ id: randomUUID(), comment, siteId, answers });
      return {
        id: sent[i]?.id,
        surveyId: 'service-satisfaction',
        version: 1,
        siteId,
        collectedAt: new Date(Date.UTC(2026, 2, 1 + i, 8)).toISOString(),
        locale: 'uk',
        answers,
      };
    });
    const res = await t.request('/api/submissions/batch', {
      method: 'POST',
      cookie: staff,
      json: { submissions },
    });
    const { results } = (await res.json()) as { results: Array<{ status: number }> };
    expect(results.map((r) => r.status)).toEqual(submissions.map(() => 201));
  });
  afterAll(async () => {
    await t.close();
  });

  const page = async (query: string) => {
    const res = await t.request(`/api/surveys/service-satisfaction/submissions${query}`, { cookie: staff });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      page: number;
      rows: Array<{ id: string; siteId: string; collectedAt: string; answers: Record<string, unknown> }>;
    };
  };
  const latestAudit = async (actions: string[]) => {
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.action, actions))
      .orderBy(desc(auditLog.id))
      .limit(1);
    return entry;
  };

  it('should page through every submission once, oldest first', async () => {
    const pages = await Promise.all([1, 2, 3].map((n) => page(`?page=${n}&pageSize=3`)));
    expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 2]);
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(ids).toEqual(sent.map((s) => s.id));
    expect((await page('?page=4&pageSize=3')).rows).toEqual([]);
    expect((await page(`?siteId=${formulaSiteId}`)).rows.map((r) => r.id)).toEqual([sent[0]?.id]);
    expect((await page('?from=2026-03-08')).rows).toHaveLength(1);
    for (const query of ['?pageSize=501', '?page=0', '?includeSensitive=yes', '?siteId=abc', '?from=March']) {
      const res = await t.request(`/api/surveys/service-satisfaction/submissions${query}`, { cookie: staff });
      expect(res.status, query).toBe(422);
    }
  });

  it('should leave sensitive and free-text answers out unless asked, and audit the read', async () => {
    const plain = await page('?pageSize=50');
    for (const row of plain.rows) for (const key of SENSITIVE) expect(row.answers).not.toHaveProperty(key);
    expect(plain.rows[0]?.answers).toHaveProperty('service_type');
    expect(JSON.stringify(plain)).not.toContain('привіт');
    expect((await latestAudit(['read_rows']))?.detail).toMatchObject({ includeSensitive: false });

    const full = await page('?pageSize=50&includeSensitive=true');
    expect(full.rows.map((r) => r.answers.comment)).toEqual(COMMENTS);
    expect(full.rows[0]?.answers).toMatchObject({ gender: 'woman', key_population: ['pwud'] });
    const audited = await latestAudit(['read_rows']);
    expect(audited).toMatchObject({ target: 'service-satisfaction', detail: { includeSensitive: true } });
    expect(JSON.stringify(audited)).not.toContain('привіт');
  });

  it('should stream a CSV whose formula-like cells are neutralised and read back as the same text', async () => {
    const res = await t.request(await sensitiveExportPath(t, staff, 'service-satisfaction', 'csv'), {
      cookie: staff,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="service-satisfaction-.*\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    // a BOM, so spreadsheets read Cyrillic right
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header = [], ...rows] = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).toHaveLength(COMMENTS.length);
    const at = (name: string) => header.indexOf(name);
    expect(at('comment')).toBeGreaterThan(0);
    for (const [i, row] of rows.entries()) {
      expect(row[at('submission_id')]).toBe(sent[i]?.id);
      const cell = row[at('comment')] ?? '';
      // nothing a spreadsheet would evaluate
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(restoreCell(cell)).toBe(COMMENTS[i]);
    }
    expect(rows[0]?.[at('site')]).toBe(`'${FORMULA_SITE}`);
    expect(restoreCell(rows[0]?.[at('site')] ?? '')).toBe(FORMULA_SITE);
    expect(await latestAudit(['export', 'export_sensitive'])).toMatchObject({
      action: 'export_sensitive',
      detail: { format: 'csv' },
    });
  });

  it('should export without sensitive columns by default, audited as an export', async () => {
    const text = await (
      await t.request('/api/surveys/service-satisfaction/export.csv?labels=en', { cookie: staff })
    ).text();
    const [header = [], ...rows] = parseCsv(text);
    for (const key of SENSITIVE) expect(header).not.toContain(key);
    expect(rows).toHaveLength(COMMENTS.length);
    expect(text).not.toContain('привіт');
    expect(await latestAudit(['export', 'export_sensitive'])).toMatchObject({ action: 'export' });
    const bad = await t.request('/api/surveys/service-satisfaction/export.csv?from=yesterday', {
      cookie: staff,
    });
    expect(bad.status).toBe(422);
  });

  it('should stream an XLSX whose cells are neutralised text, never formulas, and restore to the same text', async () => {
    const res = await t.request(await sensitiveExportPath(t, staff, 'service-satisfaction', 'xlsx'), {
      cookie: staff,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    const comment = header.indexOf('comment');
    const site = header.indexOf('site');
    expect(sheet.rowCount).toBe(COMMENTS.length + 1);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      });
    });
    for (const [i, text] of COMMENTS.entries()) {
      const row = sheet.getRow(i + 2);
      // XML turns a carriage return into a line feed (exceljs writes it raw): the one change
      // each text cell through the one neutraliser, as in the CSV: no formula even once edited;
      // XML turns a carriage return into a line feed (exceljs writes it raw): the one change
      const value = String(row.getCell(comment).value);
      expect(value).toBe(neutralizeCell(text).replace(/\r\n?/g, '\n'));
      if (!text.includes('\r')) expect(restoreCell(value)).toBe(text);
      expect(row.getCell(comment).type).toBe(ExcelJS.ValueType.String);
    }
    expect(sheet.getRow(2).getCell(site).value).toBe(neutralizeCell(FORMULA_SITE));
  });

  it('should neutralise any text so that it reads back unchanged', () => {
    const text = fc.oneof(
      fc.string(),
      fc
        .tuple(
          fc.constantFrom("'", "''", ''),
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a'),
          fc.string(),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (s) => {
        const cell = neutralizeCell(s);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreCell(cell)).toBe(s);
      }),
    );
  });
});
