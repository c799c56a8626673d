import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importXlsForm } from './index.ts';
import { MAX_CELLS, MAX_ROWS, scanWorkbook } from './workbook-scan.ts';
import { MAX_UNPACKED_BYTES } from './zip-guard.ts';

/** Real forms (Kobo, ODK, pyxform, REACH, UNICEF, WHO) kept outside the project, read where they are. */
const CORPUS = fileURLToPath(new URL('../../../../shared/xlsform-corpus/', import.meta.url));
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.xlsx')) : [];

describe.skipIf(files.length === 0)('real XLSForms against the reading caps', { timeout: 60_000 }, () => {
  it.each(files)('should read %s far below every cap, and import it', async (file) => {
    const bytes = await readFile(CORPUS + file);
    // one file of the corpus is an old .xls named .xlsx: no zip to scan, read by read-xls.ts
    if (file.includes('xls_misnamed')) {
      const { definition } = await importXlsForm(bytes);
      expect((definition.sections as unknown[]).length).toBeGreaterThan(0);
      return;
    }
    const scan = await scanWorkbook(bytes);
    expect(scan.unpackedBytes).toBeLessThan(MAX_UNPACKED_BYTES / 5);
    for (const sheet of scan.sheets) expect(sheet.rows).toBeLessThan(MAX_ROWS / 5);
    expect(scan.sheets.reduce((sum, s) => sum + s.cells, 0)).toBeLessThan(MAX_CELLS / 5);
    const { definition } = await importXlsForm(bytes);
    expect((definition.sections as unknown[]).length).toBeGreaterThan(0);
  });
});
