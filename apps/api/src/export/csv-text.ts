import { type ExportColumn, neutralizeCell } from './columns.ts';
import type { ExportRow } from './rows-source.ts';

/** A cell of an export row: text, a number, or empty. */
export type ExportCell = string | number | null;

/** The UTF-8 byte order mark, so spreadsheets read Cyrillic right. */
export const BOM = '\ufeff';

/** What makes a field need quotes, as in csv-stringify's defaults: delimiter, quote, CR or LF. */
const NEEDS_QUOTES = /[",\n\r]/;
const QUOTE = /"/g;
/** Text that needs neither quotes nor neutralising ({@link neutralizeCell}'s starts, then anything but `"`, `,`, CR, LF). */
const PLAIN = /^(?!'*[=+\-@\t\r])[^",\n\r]*$/;

/** Text as one CSV field the way csv-stringify writes it by default: quoted only when it must be, `""` for a quote. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/**
 * One cell as a CSV field, text neutralised first so no cell runs as a formula; empty for null.
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // most cells are codes or labels that need neither: one test instead of two
  return PLAIN.test(cell) ? cell : quoteField(neutralizeCell(cell));
}

/**
 * One submission as a CSV line with its `\n`: the fixed columns, then each export column's cell,
 * neutralised and quoted, built as one string without an array of cells between.
 */
export function csvLine(row: ExportRow, columns: readonly ExportColumn[]): string {
  let line = `${csvField(row.id)},${row.version},${csvField(row.siteName)},${csvField(row.country)},${csvField(row.collectedAt)},${csvField(row.locale)}`;
  for (const column of columns) line += `,${csvField(column.read(row.answers))}`;
  return `${line}\n`;
}
