import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db } from '@kolo/db';
import { neutralizeCell, restoreCell } from '@kolo/schema';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, validAnswers } from '../testing/test-app.ts';
import { exportColumns } from './columns.ts';
import type { ExportCell } from './csv-text.ts';
import { type RowsFilter, submissionChunks } from './rows-source.ts';
import { columnsByVersion } from './write-export.ts';
import { FORMULA, seedExportRows } from './xlsx-export.fixture.ts';
import { xlsxExport } from './xlsx-export.ts';

const SURVEY = 'service-satisfaction';
/** Every sheet of a workbook as rows of cell values. */
async function readBack(stream: ReadableStream<Uint8Array>): Promise<unknown[][][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.fromWeb(stream as never));
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      expect(row.values).not.toContainEqual(expect.objectContaining({ formula: expect.anything() }));
      rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  });
}

/**
 * Excel reads `_xHHHH_` in a cell's text as that character (ECMA-376's ST_Xstring); exceljs leaves
 * inline strings as written, so the tests read them as Excel does.
 */
const asExcelReads = (text: string) =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** Text a respondent could type that XML, Excel or both read otherwise: markup, a control character, Excel's escape, edge spaces. */
const AWKWARD = ' <b>A & B</b> _x0041_ bell\u0001 end ';

describe('xlsxExport', () => {
  let t: TestApp;
  let filter: RowsFilter;

  beforeAll(async () => {
    t = await createTestApp();
    await seedExportRows(t, 20_000);
    await t.database.db.execute(sql`
      insert into submissions (id, org_id, survey_id, version, site_id, collected_at, locale, answers, content_hash, facts)
      values (gen_random_uuid(), ${t.orgs[0].id}, ${SURVEY}, 1, ${t.orgs[0].siteIds[0]}, '2031-05-05T10:00:00Z', 'uk',
        ${JSON.stringify({ ...validAnswers(t.survey, 2), comment: AWKWARD })}::jsonb, 'awkward', '{}'::json)`);
    filter = { orgId: t.orgs[0].id, surveyId: SURVEY };
  });
  afterAll(async () => {
    await t.close();
  });

  it('should stream every row in order, neutralised, by the allow-list, on further sheets past the row limit', async () => {
    const small = { ...filter, to: '2026-01-01' };
    const plain = await readBack(
      xlsxExport(t.database.db, t.survey, small, {
        labels: 'code',
        includeSensitive: false,
        rowsPerSheet: 4,
      }),
    );
    const rows = plain.flatMap((sheet) => sheet.slice(1));
    // the first day's 23 rows, three to a sheet under the header
    expect(rows).toHaveLength(23);
    expect(plain).toHaveLength(8);
    expect(plain.every((sheet) => sheet.length <= 4)).toBe(true);
    expect(plain.map((sheet) => sheet[0])).toEqual(plain.map(() => plain[0]?.[0]));
    const header = plain[0]?.[0] as string[];
    expect(header.slice(0, 6)).toEqual([
      'submission_id',
      'survey_version',
      'site',
      'country',
      'collected_at',
      'locale',
    ]);
    expect(header).not.toContain('comment');
    const text = JSON.stringify(plain);
    expect(text).not.toContain('leaked');
    expect(text).not.toContain('evil.example');
    const times = rows.map((r) => r[4] as string);
    expect(times).toEqual([...times].sort());
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);

    const sensitive = await readBack(
      xlsxExport(t.database.db, t.survey, small, { labels: 'code', includeSensitive: true, rowsPerSheet: 4 }),
    );
    const all = sensitive.flatMap((sheet) => sheet.slice(1));
    expect(all).toHaveLength(rows.length);
    const comment = ((sensitive[0]?.[0] ?? []) as string[]).indexOf('comment');
    const comments = all.map((r) => r[comment] as string);
    expect(comments).toContain(`'${FORMULA}`);
    expect(comments.every((c) => !/^[=+\-@\t\r]/.test(c))).toBe(true);
    expect(comments.map(restoreCell)).toContain(FORMULA);
    expect(JSON.stringify(sensitive)).not.toContain('leaked');
  });

  it('should keep text as the respondent wrote it, whatever XML and Excel make of its characters', async () => {
    const day = { ...filter, from: '2031-05-05', to: '2031-05-05' };
    const [sheet] = await readBack(
      xlsxExport(t.database.db, t.survey, day, { labels: 'code', includeSensitive: true }),
    );
    const comment = ((sheet?.[0] ?? []) as string[]).indexOf('comment');
    expect(sheet).toHaveLength(2);
    expect(asExcelReads(sheet?.[1]?.[comment] as string)).toBe(AWKWARD);
  });

  it('should read no further rows while the client takes nothing, and all of them once it does', async () => {
    let pages = 0;
    const counted = new Proxy(t.database.db, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'execute') return value;
        return (...args: unknown[]) => {
          pages += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as Db;
    const stream = xlsxExport(counted, t.survey, filter, {
      labels: 'code',
      includeSensitive: true,
      bufferedBytes: 1,
      pendingXmlBytes: 1,
    });
    // wait until the export stops asking for rows: the sheet it writes holds one chunk of 1,000
    // rows, the reader has the next one ready, and the zip's own buffers hold less than a chunk
    let seen = -1;
    while (seen !== pages) {
      seen = pages;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(pages).toBeLessThanOrEqual(3);
    const sheets = await readBack(stream);
    expect(pages).toBe(21);
    expect(sheets[0]).toHaveLength(20_002);
  });

  it('should give back every stored row cell for cell, across sheets, as a reader sees it', async () => {
    const options = { labels: 'code', includeSensitive: true } as const;
    const sheets = await readBack(
      xlsxExport(t.database.db, t.survey, filter, { ...options, rowsPerSheet: 7000 }),
    );
    expect(sheets).toHaveLength(3);
    const header = sheets[0]?.[0] ?? [];
    const read = sheets.flatMap((sheet) => sheet.slice(1));
    // what the rows hold, straight from the database: each row's own allow-list, text neutralised
    const columns = exportColumns(t.survey, options);
    const rowColumns = await columnsByVersion(t.database.db, filter, columns, options);
    const expected: unknown[][] = [];
    for await (const chunk of submissionChunks(t.database.db, filter))
      for (const row of chunk) {
        const cells: ExportCell[] = [
          row.id,
          row.version,
          row.siteName,
          row.country,
          row.collectedAt,
          row.locale,
        ];
        for (const column of rowColumns(row.version)) cells.push(column.read(row.answers));
        expected.push(cells.map((c) => (typeof c === 'string' ? neutralizeCell(c) : c)));
      }
    expect(read).toHaveLength(20_001);
    expect(header).toHaveLength(6 + columns.length);
    for (let i = 0; i < expected.length; i++) {
      // exceljs leaves an empty cell out: the row reads shorter, or with a hole
      const back = Array.from({ length: header.length }, (_, j) => {
        const value = read[i]?.[j] ?? null;
        return typeof value === 'string' ? asExcelReads(value) : value;
      });
      const want = (expected[i] ?? []).map((c) => (c === '' ? null : c));
      expect(back).toEqual(want);
    }
  });

  it("should name the survey's choices, locales and sites once, as shared strings, and no respondent's text there", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kolo-xlsx-'));
    try {
      const stream = xlsxExport(
        t.database.db,
        t.survey,
        { ...filter, to: '2026-01-01' },
        {
          labels: 'code',
          includeSensitive: true,
        },
      );
      const file = join(dir, 'export.xlsx');
      writeFileSync(file, Buffer.from(await new Response(stream).arrayBuffer()));
      const part = (name: string) => execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
      const shared = part('xl/sharedStrings.xml');
      const sheet = part('xl/worksheets/sheet1.xml');
      const siteName = (sheets: unknown[][][]) => sheets[0]?.[1]?.[2];
      const site = siteName(
        await readBack(
          xlsxExport(
            t.database.db,
            t.survey,
            { ...filter, to: '2026-01-01' },
            {
              labels: 'code',
              includeSensitive: true,
            },
          ),
        ),
      );
      expect(shared).toContain(`<t>${site}</t>`);
      expect(shared).toContain('<t>uk</t>');
      expect(sheet).toContain(' t="s"><v>');
      // comments, ids and times stay inline: the table is the survey's and the sites', whatever the rows
      expect(shared).not.toContain('note ');
      expect(shared).not.toContain('HYPERLINK');
      expect(shared).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
