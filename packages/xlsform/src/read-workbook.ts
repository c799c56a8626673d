import ExcelJS from 'exceljs';
import { XlsFormError } from './notes.ts';
import { isOldXls, readXls } from './read-xls.ts';
import { MAX_ROWS, scanWorkbook } from './workbook-scan.ts';

/** One column of a sheet: its header as written, and the header read apart. */
export interface Column {
  /** 1-based column number. */
  readonly index: number;
  /** The header text as written, for notes. */
  readonly header: string;
  /** Lower-cased, with spaces as "_": `label`, `list_name`, `kolo_other`. */
  readonly key: string;
  /** What follows "::", as written: `English (en)`; undefined for a plain column. */
  readonly language: string | undefined;
}

/** One row below the header, by 1-based row number; cells are trimmed text keyed by column number. */
export interface SheetRow {
  readonly row: number;
  readonly cells: ReadonlyMap<number, string>;
}

export interface Sheet {
  readonly name: string;
  readonly headerRow: number;
  readonly columns: readonly Column[];
  readonly rows: readonly SheetRow[];
}

/** The sheets of a workbook by lower-cased name. */
export type Workbook = ReadonlyMap<string, Sheet>;

export const MAX_COLUMNS = 1000;

/** Whether a code point can be stored: not a control character (but tab and line breaks), not a lone UTF-16 half. */
const storable = (code: number): boolean =>
  (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) &&
  code !== 0xfffe &&
  code !== 0xffff &&
  (code < 0xd800 || code > 0xdfff);

/** The text a spreadsheet shows in a cell, without characters no database or form can hold. */
export function cellText(value: ExcelJS.CellValue): string {
  // OOXML writes characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_); line ends as \n
  const text = rawText(value)
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/\r\n?/g, '\n');
  let clean = '';
  // iterating a string yields code points: a paired surrogate comes as one, a lone half alone
  for (const char of text) if (storable(char.codePointAt(0) ?? 0)) clean += char;
  return clean;
}

function rawText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText))
    return value.richText.map((part) => (typeof part?.text === 'string' ? part.text : '')).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return rawText(value.result as ExcelJS.CellValue);
  return '';
}

/** `Label::English (en)` as key `label` and language `English (en)`; `list name` as `list_name`. */
export function readHeader(header: string): { key: string; language: string | undefined } {
  const split = header.indexOf('::');
  const base = split < 0 ? header : header.slice(0, split);
  const language = split < 0 ? undefined : header.slice(split + 2).trim();
  const key = base.trim().toLowerCase().replace(/\s+/g, '_');
  return { key: HEADER_ALIASES[key] ?? key, language: language || undefined };
}

/** Other spellings of survey columns that XLSForm tools accept. */
const HEADER_ALIASES: Readonly<Record<string, string>> = {
  relevance: 'relevant',
  caption: 'label',
  'jr:count': 'repeat_count',
  'jr:noaddremove': 'no_add_remove',
};

function readSheet(worksheet: ExcelJS.Worksheet): Sheet {
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length > MAX_ROWS)
      throw new XlsFormError('too_large', `sheet "${worksheet.name}" has over ${MAX_ROWS} rows`, {
        sheet: worksheet.name,
      });
    const cells = new Map<number, string>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_COLUMNS) return;
      const text = cellText(cell.value).trim();
      if (text !== '') cells.set(column, text);
    });
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return sheetOf(worksheet.name, rows);
}

/** A sheet from its non-blank rows: the first is the header. */
export function sheetOf(name: string, rows: readonly SheetRow[]): Sheet {
  const [head, ...body] = rows;
  const columns: Column[] = [];
  for (const [index, header] of head?.cells ?? []) columns.push({ index, header, ...readHeader(header) });
  columns.sort((a, b) => a.index - b.index);
  return { name, headerRow: head?.row ?? 1, columns, rows: body };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await workbook.xlsx.load(buffer as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return workbook;
}

/**
 * Read an .xlsx into plain sheets of trimmed text: header row first, blank rows left out.
 * The zip is scanned first with real caps on inflated bytes, rows and cells, so a bomb is refused
 * before the spreadsheet library builds anything. Anything unreadable becomes an {@link XlsFormError}.
 * It runs on the calling thread: a server calls it through a worker with a timeout.
 */
export async function readWorkbook(file: Uint8Array | ArrayBuffer): Promise<Workbook> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  // an Excel 97-2003 file, whatever its name says
  if (isOldXls(bytes)) return readXls(bytes);
  await scanWorkbook(bytes);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await load(bytes);
  } catch (error) {
    if (error instanceof XlsFormError) throw error;
    throw new XlsFormError(
      'unreadable',
      'the workbook could not be read; it may be damaged: open it in a spreadsheet program, save it as .xlsx and try again',
      { sheet: '' },
      error,
    );
  }
  const sheets = new Map<string, Sheet>();
  try {
    for (const worksheet of workbook.worksheets) {
      const key = worksheet.name.trim().toLowerCase();
      if (!sheets.has(key)) sheets.set(key, readSheet(worksheet));
    }
  } catch (error) {
    if (error instanceof XlsFormError) throw error;
    throw new XlsFormError('unreadable', 'a sheet of the workbook could not be read', { sheet: '' }, error);
  }
  return sheets;
}
