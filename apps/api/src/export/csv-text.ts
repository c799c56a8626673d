import { csvField, quoteField } from '@kolo/schema';
import type { ExportColumn } from './columns.ts';
import type { ExportRow } from './rows-source.ts';

/** A cell of an export row: text, a number, or empty. */
export type ExportCell = string | number | null;

/** The UTF-8 byte order mark, so spreadsheets read Cyrillic right. */
export const BOM = '\ufeff';

/** Cells are written by the one rule server and browser share: neutralised, then quoted if they must be. */
export { csvField, quoteField };

/**
 * One submission as a CSV line with its `\n`: the fixed columns, then each export column's cell,
 * neutralised and quoted, built as one string without an array of cells between.
 */
export function csvLine(row: ExportRow, columns: readonly ExportColumn[]): string {
  let line = `${csvField(row.id)},${row.version},${csvField(row.siteName)},${csvField(row.country)},${csvField(row.collectedAt)},${csvField(row.locale)}`;
  for (const column of columns) line += `,${csvField(column.read(row.answers))}`;
  return `${line}\n`;
}
