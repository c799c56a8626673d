import { type CellObject, read, type WorkSheet } from '@e965/xlsx';
import { XlsFormError } from './notes.ts';
import { cellText, MAX_COLUMNS, type Sheet, type SheetRow, sheetOf, type Workbook } from './read-workbook.ts';
import { MAX_CELLS, MAX_ROWS } from './workbook-scan.ts';
import { MAX_FILE_BYTES } from './zip-guard.ts';

/** The first bytes of an OLE2 compound file, the container of Excel 97-2003 (.xls) workbooks. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes are an Excel 97-2003 workbook (told by its magic bytes, not its name). */
export const isOldXls = (bytes: Uint8Array): boolean =>
  bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b);

const unreadable = (cause: unknown) =>
  new XlsFormError(
    'unreadable',
    'this Excel 97-2003 (.xls) workbook could not be read; it may be damaged or password-protected: open it in a spreadsheet program, save it as .xlsx and try again',
    { sheet: '' },
    cause,
  );

/** The value a cell shows: dates as YYYY-MM-DD, formulas by their last computed value. */
function shownText(cell: CellObject | undefined): string {
  if (!cell || cell.t === 'z' || cell.t === 'e') return '';
  const value = cell.v;
  if (
    value instanceof Date ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return cellText(value).trim();
  return '';
}

/** The rows of a dense worksheet (1-based row and column numbers), within the caps. */
function rowsOf(name: string, worksheet: WorkSheet, budget: { cells: number }): SheetRow[] {
  const data = (worksheet['!data'] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  if (data.length > MAX_ROWS + 1)
    throw new XlsFormError(
      'too_large',
      `the sheet "${name}" has over ${MAX_ROWS.toLocaleString('en')} rows; a form needs far fewer: delete the extra rows and try again`,
      { sheet: name },
    );
  const rows: SheetRow[] = [];
  data.forEach((row, r) => {
    if (!row) return;
    const cells = new Map<number, string>();
    row.forEach((cell, c) => {
      if (c >= MAX_COLUMNS) return;
      const text = shownText(cell);
      if (text === '') return;
      budget.cells -= 1;
      if (budget.cells < 0)
        throw new XlsFormError(
          'too_large',
          `the workbook has over ${MAX_CELLS.toLocaleString('en')} cells; a form needs far fewer: delete the extra rows and columns and try again`,
          { sheet: name },
        );
      cells.set(c + 1, text);
    });
    if (cells.size > 0) rows.push({ row: r + 1, cells });
  });
  return rows;
}

/**
 * Read an Excel 97-2003 (.xls) workbook into the same plain sheets as an .xlsx, through the same
 * caps: the file size, rows per sheet (the reader stops past them), cells and columns. The reader
 * (SheetJS 0.20.3, which fixed the prototype-pollution and ReDoS advisories of npm's 0.18.5)
 * runs with formulas, styles and HTML off, inside the import worker a server calls it from.
 */
export function readXls(bytes: Uint8Array): Workbook {
  if (bytes.length > MAX_FILE_BYTES)
    throw new XlsFormError('too_large', `the file is over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  let workbook: ReturnType<typeof read>;
  try {
    workbook = read(bytes, {
      type: 'array',
      dense: true,
      cellDates: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellNF: false,
      bookVBA: false,
      sheetRows: MAX_ROWS + 2,
    });
  } catch (error) {
    throw unreadable(error);
  }
  const sheets = new Map<string, Sheet>();
  const budget = { cells: MAX_CELLS };
  for (const name of workbook.SheetNames) {
    const key = name.trim().toLowerCase();
    const worksheet = workbook.Sheets[name];
    if (sheets.has(key) || !worksheet) continue;
    sheets.set(key, sheetOf(name, rowsOf(name, worksheet, budget)));
  }
  return sheets;
}
