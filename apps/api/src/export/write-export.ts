import { PassThrough, Readable } from 'node:stream';
import type { Db } from '@kolo/db';
import type { SurveyDefinition } from '@kolo/schema';
import { versionAllowLists } from './answer-policy.ts';
import { columnsForVersion, type ExportColumn, type ExportOptions, exportColumns } from './columns.ts';
import { BOM, csvLine, type ExportCell, quoteField } from './csv-text.ts';
import { type ExportRow, type RowsFilter, submissionChunks } from './rows-source.ts';

const FIXED_HEADERS = ['submission_id', 'survey_version', 'site', 'country', 'collected_at', 'locale'];

/**
 * The columns each row may fill, by the row's own survey version (see `answer-policy.ts`): the
 * latest version's columns, with those the row's version does not allow read as empty.
 */
async function columnsByVersion(
  db: Db,
  filter: RowsFilter,
  columns: readonly ExportColumn[],
  options: ExportOptions,
): Promise<(version: number) => readonly ExportColumn[]> {
  const allowList = await versionAllowLists(db, filter.orgId, filter.surveyId, options.includeSensitive);
  const byVersion = new Map<number, readonly ExportColumn[]>();
  return (version) => {
    let found = byVersion.get(version);
    if (!found) {
      found = columnsForVersion(columns, allowList(version));
      byVersion.set(version, found);
    }
    return found;
  };
}

function record(row: ExportRow, columns: readonly ExportColumn[]): ExportCell[] {
  return [
    row.id,
    row.version,
    row.siteName,
    row.country,
    row.collectedAt,
    row.locale,
    ...columns.map((c) => c.read(row.answers)),
  ];
}

/**
 * How much CSV may wait for the client: enough that the database, this process and the client
 * work at the same time, little enough that memory stays flat when the client is slow.
 */
const BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * A CSV stream of every matching submission (UTF-8 with BOM so spreadsheets read Cyrillic right).
 * Each chunk of rows becomes one piece of text, asked for only when the client has taken the last
 * (`pull`), so memory stays flat on a slow client. Lines are written here rather than by
 * csv-stringify: its per-record work and a stream write per record were a third of the export's
 * time at a million rows; `csv-text.test.ts` checks the output against csv-stringify's.
 */
export function csvExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: ExportOptions,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(definition, options);
  let chunks: AsyncGenerator<ExportRow[]> | undefined;
  let rowColumns: ((version: number) => readonly ExportColumn[]) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const header = [...FIXED_HEADERS, ...columns.map((c) => c.header)].map(quoteField).join(',');
        controller.enqueue(Buffer.from(`${BOM}${header}\n`));
      },
      async pull(controller) {
        rowColumns ??= await columnsByVersion(db, filter, columns, options);
        chunks ??= submissionChunks(db, filter);
        const { done, value } = await chunks.next();
        if (done) return controller.close();
        let text = '';
        for (const row of value) text += csvLine(row, rowColumns(row.version));
        controller.enqueue(Buffer.from(text));
      },
      async cancel() {
        await chunks?.return(undefined);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: BUFFERED_BYTES }),
  );
}

/** An XLSX stream written row by row (no shared strings), cells as text so nothing runs as a formula. */
export function xlsxExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: ExportOptions,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(definition, options);
  const out = new PassThrough();
  void (async () => {
    try {
      // loaded on the first XLSX export, not at start: it is a large share of the API's memory
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useSharedStrings: false,
        useStyles: false,
      });
      const sheet = workbook.addWorksheet(definition.id.slice(0, 31));
      sheet.addRow([...FIXED_HEADERS, ...columns.map((c) => c.header)]).commit();
      const rowColumns = await columnsByVersion(db, filter, columns, options);
      for await (const chunk of submissionChunks(db, filter)) {
        for (const row of chunk) sheet.addRow(record(row, rowColumns(row.version))).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
