import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { utils, write } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { importXlsForm } from './index.ts';
import { isOldXls } from './read-xls.ts';
import { MAX_ROWS } from './workbook-scan.ts';

/** An Excel 97-2003 workbook made from sheets of rows, as an old Kobo download holds them. */
function xls(sheets: Record<string, unknown[][]>): Uint8Array {
  const book = utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), name);
  return new Uint8Array(write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

const CORPUS = fileURLToPath(new URL('../../../../shared/xlsform-corpus/', import.meta.url));

describe('Excel 97-2003 (.xls) workbooks', () => {
  it('should import an .xls form like an .xlsx one', async () => {
    const bytes = xls({
      survey: [
        ['type', 'name', 'label::English (en)', 'relevant'],
        ['select_one yn', 'smokes', 'Do you smoke?', null],
        ['integer', 'per_day', 'How many a day?', `\${smokes} = 'yes'`],
      ],
      choices: [
        ['list_name', 'name', 'label::English (en)'],
        ['yn', 'yes', 'Yes'],
        ['yn', 'no', 'No'],
      ],
      settings: [
        ['form_title', 'form_id'],
        ['Smoking', 'smoking'],
      ],
    });
    expect(isOldXls(bytes)).toBe(true);
    const { definition } = await importXlsForm(bytes);
    expect(definition).toMatchObject({ id: 'smoking', title: { en: 'Smoking' } });
    const items = (definition.sections as Array<{ items: unknown[] }>)[0]?.items;
    expect(items?.[1]).toMatchObject({
      id: 'per_day',
      kind: 'number',
      showIf: { question: 'smokes', op: 'eq', value: 'yes' },
    });
  });

  it('should read an .xls named .xlsx by its magic bytes (the IFRC form of the corpus)', async () => {
    const bytes = await readFile(`${CORPUS}odk_ifrc_distribution_site_xls_misnamed.xlsx`).catch(() => null);
    if (!bytes) return;
    const { definition } = await importXlsForm(bytes);
    expect((definition.sections as unknown[]).length).toBeGreaterThan(5);
  });

  it('should refuse an .xls over the row cap, and a damaged one, with a 4xx-style error', async () => {
    // numbers: the writer is slow with 50,000 texts
    const rows = [['type', 'name', 'label'], ...Array.from({ length: MAX_ROWS + 5 }, (_, i) => [i])];
    await expect(importXlsForm(xls({ survey: rows }))).rejects.toMatchObject({ code: 'too_large' });
    const damaged = xls({ survey: [['type', 'name', 'label']] }).slice(0, 600);
    await expect(importXlsForm(damaged)).rejects.toMatchObject({ code: 'unreadable' });
  }, 90_000);
});
