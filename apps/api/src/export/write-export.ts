import { PassThrough, Readable } from 'node:stream';
import type { Db } from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { type ExportColumn, type ExportOptions, exportColumns, neutralizeCell } from './columns.ts';
import { type RowsFilter, type SubmissionRow, submissionChunks } from './rows-source.ts';

const FIXED_HEADERS = ['submission_id', 'survey_version', 'site', 'country', 'collected_at', 'locale'];

function record(row: SubmissionRow, columns: readonly ExportColumn[]): Array<string | number | null> {
  return [
    row.id,
    row.version,
    row.siteName,
    row.country,
    row.collectedAt.toISOString(),
    row.locale,
    ...columns.map((c) => c.read(row.answers)),
  ];
}

const safe = (cell: string | number | null) => (typeof cell === 'string' ? neutralizeCell(cell) : cell);

/** A CSV stream of every matching submission (UTF-8 with BOM so spreadsheets read Cyrillic right). */
export function csvExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: ExportOptions,
): Readable {
  const columns = exportColumns(definition, options);
  const csv = stringify({ bom: true });
  void (async () => {
    try {
      csv.write([...FIXED_HEADERS, ...columns.map((c) => c.header)]);
      for await (const chunk of submissionChunks(db, filter)) {
        for (const row of chunk) {
          // respect back-pressure so memory stays flat on a slow client
          if (!csv.write(record(row, columns).map(safe))) await new Promise((r) => csv.once('drain', r));
        }
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return csv;
}

/** An XLSX stream written row by row (no shared strings), cells as text so nothing runs as a formula. */
export function xlsxExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: ExportOptions,
): Readable {
  const columns = exportColumns(definition, options);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet(definition.id.slice(0, 31));
  void (async () => {
    try {
      sheet.addRow([...FIXED_HEADERS, ...columns.map((c) => c.header)]).commit();
      for await (const chunk of submissionChunks(db, filter)) {
        for (const row of chunk) sheet.addRow(record(row, columns)).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

/** Turn a Node stream into a web stream for a fetch Response. */
export function toWebStream(stream: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}
