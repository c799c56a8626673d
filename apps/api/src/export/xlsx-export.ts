import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { Db } from '@kolo/db';
import { neutralizeCell, type SurveyDefinition } from '@kolo/schema';
import { type ExportColumn, type ExportOptions, exportColumns } from './columns.ts';
import type { ExportCell } from './csv-text.ts';
import { type ExportRow, type RowsFilter, submissionChunks } from './rows-source.ts';
import { columnsByVersion, FIXED_HEADERS } from './write-export.ts';

/** Excel's rows per sheet, header included: a longer export goes on to a next sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Compressed bytes that may wait for the client, as the CSV export allows. */
const BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Sheet XML that may wait for the compressor: exceljs hands its XML on without waiting, so the
 * export stops reading rows above this until the compressor (itself held by the client) takes it.
 */
const PENDING_XML_BYTES = 1024 * 1024;

export interface XlsxExportOptions extends ExportOptions {
  /** Rows per sheet, header included; {@link EXCEL_MAX_ROWS} unless a test asks for fewer. */
  readonly rowsPerSheet?: number | undefined;
  /** Compressed bytes that may wait for the client; {@link BUFFERED_BYTES} unless a test asks for fewer. */
  readonly bufferedBytes?: number | undefined;
  /** Sheet XML that may wait for the compressor; {@link PENDING_XML_BYTES} unless a test asks for fewer. */
  readonly pendingXmlBytes?: number | undefined;
}

/** A cell as written: text through the one neutraliser, so no cell runs as a formula even once edited. */
function xlsxCell(value: ExportCell): ExportCell {
  return typeof value === 'string' ? neutralizeCell(value) : value;
}

function xlsxRecord(row: ExportRow, columns: readonly ExportColumn[]): ExportCell[] {
  const cells: ExportCell[] = [
    neutralizeCell(row.id),
    row.version,
    neutralizeCell(row.siteName),
    neutralizeCell(row.country),
    row.collectedAt,
    neutralizeCell(row.locale),
  ];
  for (const column of columns) cells.push(xlsxCell(column.read(row.answers)));
  return cells;
}

/** The `n`th sheet's name: the survey id, then "id (2)", within Excel's 31 characters. */
function sheetName(surveyId: string, n: number): string {
  if (n === 1) return surveyId.slice(0, 31);
  const suffix = ` (${n})`;
  return `${surveyId.slice(0, 31 - suffix.length)}${suffix}`;
}

/**
 * A node Writable that hands what it is given to a web stream and takes more only when the
 * client has drained the stream below {@link BUFFERED_BYTES}.
 */
function webSink(
  bufferedBytes: number,
  onCancel: () => void,
): {
  sink: Writable;
  readable: ReadableStream<Uint8Array>;
  fail: (error: unknown) => void;
} {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let waiting: (() => void) | undefined;
  let ended = false;
  const readable = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        const resume = waiting;
        waiting = undefined;
        resume?.();
      },
      cancel() {
        ended = true;
        onCancel();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: bufferedBytes }),
  );
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (ended) return callback();
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if ((controller.desiredSize ?? 0) > 0) callback();
      else waiting = () => callback();
    },
    final(callback) {
      if (!ended) controller.close();
      ended = true;
      callback();
    },
  });
  const fail = (error: unknown) => {
    if (ended) return;
    ended = true;
    controller.error(error);
  };
  sink.on('error', fail);
  return { sink, readable, fail };
}

/** A writable stream's state, as node's and readable-stream's (2.x and 3.x) both keep it. */
interface PendingEntry extends NodeJS.EventEmitter {
  readonly _writableState: { readonly length: number; readonly needDrain: boolean };
}

/**
 * Where exceljs leaves a sheet's XML until the zip's compressor reads it: its entry's PassThrough
 * (archiver's, from readable-stream). exceljs 4.4 is pinned; `xlsx-export.test.ts` fails if this
 * stops being found.
 */
function pendingXml(sheet: unknown): PendingEntry {
  const entry = (sheet as { stream?: { pipes?: Array<Partial<PendingEntry>> } }).stream?.pipes?.[0];
  if (typeof entry?._writableState?.length !== 'number' || typeof entry.once !== 'function')
    throw new Error("exceljs: a sheet's zip entry is not where it was");
  return entry as PendingEntry;
}

/**
 * An XLSX stream of every matching submission, written row by row as the rows come from the
 * database (exceljs's streaming writer, no shared strings), with back-pressure end to end: no
 * more rows are read while the client has not taken what was written. Every text cell goes
 * through the one neutraliser and every row through its own version's allow-list, as in the
 * CSV. Past Excel's 1,048,576 rows the export goes on in a next sheet, header repeated.
 */
export function xlsxExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: XlsxExportOptions,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(definition, options);
  const header = [...FIXED_HEADERS, ...columns.map((c) => c.header)].map(neutralizeCell);
  const rowsPerSheet = Math.min(options.rowsPerSheet ?? EXCEL_MAX_ROWS, EXCEL_MAX_ROWS);
  const stop = new AbortController();
  const { sink, readable, fail } = webSink(options.bufferedBytes ?? BUFFERED_BYTES, () => stop.abort());
  void (async () => {
    // loaded on the first XLSX export, not at start: it is a large share of the API's memory
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: sink,
      useSharedStrings: false,
      useStyles: false,
    });
    let sheets = 0;
    const nextSheet = () => {
      sheets += 1;
      const sheet = workbook.addWorksheet(sheetName(definition.id, sheets));
      sheet.addRow(header).commit();
      return sheet;
    };
    let sheet = nextSheet();
    let written = 1;
    const rowColumns = await columnsByVersion(db, filter, columns, options);
    for await (const chunk of submissionChunks(db, filter)) {
      for (const row of chunk) {
        if (written === rowsPerSheet) {
          sheet.commit();
          sheet = nextSheet();
          written = 1;
        }
        sheet.addRow(xlsxRecord(row, rowColumns(row.version))).commit();
        written += 1;
      }
      const pending = pendingXml(sheet);
      // 'drain' comes only once a write has found the entry full (writableNeedDrain)
      const state = pending._writableState;
      if (state.length > (options.pendingXmlBytes ?? PENDING_XML_BYTES) && state.needDrain)
        await once(pending, 'drain', { signal: stop.signal });
      if (stop.signal.aborted) return;
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    // a client that left is no failure; anything else errors the stream, which cuts the download
    if (!stop.signal.aborted) fail(error);
  });
  return readable;
}
