import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, type Database, surveys } from '@kolo/db';
import { openTestDatabase } from '@kolo/db/testing';
import type { SurveyDefinition } from '@kolo/schema';
import { exportXlsForm, importXlsForm } from '@kolo/xlsform';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seed.ts';
import { run } from './main.ts';
import { testIo } from './test-io.ts';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('kolo xlsform', () => {
  let database: Database;
  let folder: string;
  const kolo = async (...argv: string[]) => {
    const t = testIo({ database, cwd: folder });
    const code = await run(argv, t.io);
    return { code, stdout: t.stdout(), stderr: t.stderr() };
  };
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    await seedDemo(database.db, { password: 'demo-password-1', volume: 0 });
    folder = await mkdtemp(join(tmpdir(), 'kolo-xlsform-'));
  });
  afterAll(async () => {
    await database?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('should export a published survey to SURVEY-vN.xlsx, which imports back the same', async () => {
    const result = await kolo('xlsform', 'export', 'service-satisfaction');
    expect(result.code, result.stderr).toBe(0);
    const file = join(folder, 'service-satisfaction-v1.xlsx');
    expect(result.stdout).toContain(`wrote service-satisfaction v1 to ${file}`);
    const back = await importXlsForm(await readFile(file));
    expect(back.notes).toEqual([]);
    expect(back.definition).toMatchObject({ id: 'service-satisfaction', version: 1 });

    const named = await kolo(
      'xlsform',
      'export',
      'service-satisfaction',
      '--version',
      '1',
      '--out',
      'copy.xlsx',
    );
    expect(named.code, named.stderr).toBe(0);
    expect((await readFile(join(folder, 'copy.xlsx'))).length).toBeGreaterThan(0);
  });

  it('should import a workbook as a draft, printing the report, audited', async () => {
    const file = join(folder, 'kobo.xlsx');
    await writeFile(
      file,
      await workbook({
        survey: [
          ['type', 'name', 'label', 'relevant'],
          ['begin_group', 'main', 'Main'],
          ['select_one yn', 'tested', 'Tested?'],
          ['geopoint', 'where', 'Where?'],
          ['text', 'why', 'Why not?', `\${tested} = 'no'`],
          ['end_group'],
        ],
        choices: [
          ['list_name', 'name', 'label'],
          ['yn', 'yes', 'Yes'],
          ['yn', 'no', 'No'],
        ],
        settings: [
          ['form_title', 'form_id'],
          ['Kobo check', 'kobo-check'],
        ],
      }),
    );
    const result = await kolo('xlsform', 'import', 'kobo.xlsx');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('draft "kobo-check" created in "demo" from kobo.xlsx');
    expect(result.stdout).toContain('conversion: 0 error(s) (dropped or not converted), 1 warning(s)');
    // a location question becomes a note saying what was there, never silent loss
    expect(result.stdout).toMatch(/warning +survey row 4, type: kolo does not collect locations/);
    expect(result.stdout).toContain('the draft has no errors: it can be published');
    const [row] = await database.db.select().from(surveys).where(eq(surveys.id, 'kobo-check'));
    expect(row?.draft).toMatchObject({ title: { en: 'Kobo check' } });
    const audited = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'survey_draft'), eq(auditLog.target, 'kobo-check')));
    expect(audited).toHaveLength(1);

    const again = await kolo('xlsform', 'import', 'kobo.xlsx');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      'a survey "kobo-check" already exists in "demo": give another id with --id',
    );
    const renamed = await kolo('xlsform', 'import', 'kobo.xlsx', '--id', 'kobo-check-2');
    expect(renamed.code, renamed.stderr).toBe(0);
  });

  it('should import a form with its CSV media as lookup tables, and say which one is missing', async () => {
    const file = join(folder, 'village.xlsx');
    await writeFile(
      file,
      await workbook({
        survey: [
          ['type', 'name', 'label', 'calculation'],
          ['text', 'ea', 'Enumeration area'],
          ['calculate', 'lat', '', `pulldata('sampleList', 'lat', 'EFEACODE', \${ea})`],
          ['note', 'where', `Centre: \${lat}`],
        ],
        settings: [
          ['form_title', 'form_id'],
          ['Village', 'village'],
        ],
      }),
    );
    const without = await kolo('xlsform', 'import', 'village.xlsx', '--id', 'village-bare');
    expect(without.code, without.stderr).toBe(0);
    expect(without.stdout).toContain('sampleList.csv');
    expect(without.stdout).toContain('to fix in the builder before publishing: 1 error(s)');

    await writeFile(join(folder, 'sampleList.csv'), 'EFEACODE,lat\r\n30010101,6.3156\r\n');
    const result = await kolo('xlsform', 'import', 'village.xlsx', 'sampleList.csv');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('the draft has no errors: it can be published');
    const [row] = await database.db.select().from(surveys).where(eq(surveys.id, 'village'));
    expect(row?.draft).toMatchObject({
      lookups: { sampleList: { columns: ['EFEACODE', 'lat'], rows: [['30010101', '6.3156']] } },
    });

    const missing = await kolo('xlsform', 'import', 'village.xlsx', 'nowhere.csv', '--id', 'village-3');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });

  it('should export a valid draft and refuse one with errors', async () => {
    const definition = { ...(await exportedDefinition()), id: 'draft-copy' };
    const file = join(folder, 'draft.xlsx');
    await writeFile(file, await exportXlsForm(definition));
    expect((await kolo('xlsform', 'import', 'draft.xlsx')).code).toBe(0);
    const ok = await kolo('xlsform', 'export', 'draft-copy', '--draft');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('wrote draft-copy v1');
    await database.db
      .update(surveys)
      .set({ draft: { id: 'draft-copy', title: {} } })
      .where(eq(surveys.id, 'draft-copy'));
    const bad = await kolo('xlsform', 'export', 'draft-copy', '--draft');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('the draft of "draft-copy" has errors');
  });

  it('should say clearly what is wrong with the file or the arguments', async () => {
    await writeFile(join(folder, 'notes.txt'), 'type,name\n');
    const text = await kolo('xlsform', 'import', 'notes.txt');
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/cannot import notes\.txt: this is not an \.xlsx workbook/);
    const missing = await kolo('xlsform', 'import', 'nowhere.xlsx');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ENOENT');
    expect((await kolo('xlsform', 'import')).code).toBe(2);
    expect((await kolo('xlsform', 'export', 'service-satisfaction', '--version', 'two')).code).toBe(2);
    expect((await kolo('xlsform', 'export', 'service-satisfaction', '--version', '2', '--draft')).code).toBe(
      2,
    );
    const unknown = await kolo('xlsform', 'export', 'nothing-here');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('survey "nothing-here" not found');
    expect((await kolo('xlsform', 'export', 'service-satisfaction', '--version', '9')).stderr).toContain(
      'has no version 9',
    );
    const help = await kolo('xlsform', 'import', '--help');
    expect(help.stdout).toContain('Usage: pnpm kolo xlsform import FILE.xlsx');
  });

  async function exportedDefinition(): Promise<SurveyDefinition> {
    const back = await importXlsForm(await readFile(join(folder, 'service-satisfaction-v1.xlsx')));
    return back.definition as SurveyDefinition;
  }
});
