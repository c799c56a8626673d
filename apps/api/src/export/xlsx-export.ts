import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Db } from '@kolo/db';
import { neutralizeCell, type SurveyDefinition } from '@kolo/schema';
import { ZipFile } from 'yazl';
import { type ExportColumn, type ExportOptions, exportColumns, repeatSections } from './columns.ts';
import type { ExportCell } from './csv-text.ts';
import { repeatSheet } from './repeat-rows.ts';
import { databaseNow, type ExportRow, type RowsFilter, submissionChunks } from './rows-source.ts';
import { columnLetters, rowXml, SHEET_END, SHEET_START, sheetNames, workbookParts } from './sheet-xml.ts';
import { webSink } from './web-sink.ts';
import { columnsByVersion, FIXED_HEADERS } from './write-export.ts';

/** Excel's rows per sheet, header included: a longer export goes on to a next sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Compressed bytes that may wait for the client, as the CSV export allows. */
const BUFFERED_BYTES = 4 * 1024 * 1024;

/** Sheet XML that may wait for the compressor before no more rows are read. */
const PENDING_XML_BYTES = 1024 * 1024;

/** Sheet XML handed on at once: the zip's streams hold a chunk or two each, so chunks stay small. */
const PIECE_CHARS = 64 * 1024;

/**
 * zlib's level for the sheets. Sheet XML is repetitive enough that level 1 keeps most of level 6's
 * saving at a fraction of its time (see the commit that set it for the figures).
 */
const COMPRESSION_LEVEL = 1;

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

/** Sheets written one after another into the zip, each split on at the row limit. */
class SheetWriter {
  /** The name each sheet asked for, in the zip's order (made unique at the end). */
  readonly wanted: string[] = [];
  private stream: PassThrough | undefined;
  private rows = 0;
  private name = '';
  private header: readonly ExportCell[] = [];
  private letters: readonly string[] = [];

  constructor(
    private readonly zip: ZipFile,
    private readonly rowsPerSheet: number,
    private readonly pendingXmlBytes: number,
    private readonly signal: AbortSignal,
  ) {}

  /** Start a sheet (and its header row); the one before is ended. */
  async open(name: string, header: readonly ExportCell[]): Promise<void> {
    await this.end();
    this.name = name;
    this.header = header.map(xlsxCell);
    this.letters = header.map((_, i) => columnLetters(i));
    await this.start();
  }

  private async start(): Promise<void> {
    this.stream = new PassThrough({ highWaterMark: this.pendingXmlBytes });
    this.wanted.push(this.name);
    this.zip.addReadStream(this.stream, `xl/worksheets/sheet${this.wanted.length}.xml`, {
      compressionLevel: COMPRESSION_LEVEL,
    });
    this.rows = 1;
    await this.write(`${SHEET_START}${rowXml(1, this.header, this.letters)}`);
  }

  /** Rows for the open sheet, written together; waits while the compressor has not taken the last. */
  async add(records: readonly (readonly ExportCell[])[]): Promise<void> {
    let xml = '';
    for (const cells of records) {
      if (this.rows === this.rowsPerSheet) {
        await this.write(xml);
        xml = '';
        await this.end();
        await this.start();
      }
      this.rows += 1;
      xml += rowXml(this.rows, cells, this.letters);
      // pieces of about 64 KB: the streams after this one count chunks, whatever their size
      if (xml.length >= PIECE_CHARS) {
        await this.write(xml);
        xml = '';
      }
    }
    await this.write(xml);
  }

  /** End the open sheet's XML and its zip entry. */
  async end(): Promise<void> {
    const stream = this.stream;
    if (!stream) return;
    this.stream = undefined;
    await this.write(SHEET_END, stream);
    stream.end();
  }

  private async write(xml: string, stream = this.stream): Promise<void> {
    if (!stream || xml === '' || this.signal.aborted) return;
    if (!stream.write(xml)) await once(stream, 'drain', { signal: this.signal });
  }
}

/**
 * An XLSX stream of every matching submission, written row by row as the rows come from the
 * database, with back-pressure end to end: no more rows are read while the client has not taken
 * what was written. The sheet XML is written here (inline strings, no shared-strings table, no
 * styles), zipped by yazl with node's zlib. Every text cell goes through the one neutraliser and
 * every row through its own version's allow-list, as in the CSV. Past Excel's 1,048,576 rows a
 * sheet goes on in a next one, header repeated. Each repeat section follows on sheets of its own,
 * one row per instance, linked to the first sheet by `_submission_id` (see `repeat-rows.ts`).
 */
export function xlsxExport(
  db: Db,
  definition: SurveyDefinition,
  filter: RowsFilter,
  options: XlsxExportOptions,
): ReadableStream<Uint8Array> {
  const columns = exportColumns(definition, options);
  const rowsPerSheet = Math.min(options.rowsPerSheet ?? EXCEL_MAX_ROWS, EXCEL_MAX_ROWS);
  const stop = new AbortController();
  const { sink, readable, fail } = webSink(options.bufferedBytes ?? BUFFERED_BYTES, () => stop.abort());
  const zip = new ZipFile();
  zip.on('error', fail);
  zip.outputStream.pipe(sink);
  const sheets = new SheetWriter(
    zip,
    rowsPerSheet,
    options.pendingXmlBytes ?? PENDING_XML_BYTES,
    stop.signal,
  );
  const repeats = repeatSections(definition);
  void (async () => {
    // with repeat sheets, every sheet reads the submissions received until now, so they match the first
    const snapshot: RowsFilter =
      repeats.length > 0 && !filter.receivedBy ? { ...filter, receivedBy: await databaseNow(db) } : filter;
    const rowColumns = await columnsByVersion(db, snapshot, columns, options);
    await sheets.open(definition.id, [...FIXED_HEADERS, ...columns.map((c) => c.header)]);
    for await (const chunk of submissionChunks(db, snapshot)) {
      await sheets.add(chunk.map((row) => xlsxRecord(row, rowColumns(row.version))));
      if (stop.signal.aborted) return;
    }
    for (const section of repeats) {
      const sheet = await repeatSheet(db, definition, section, snapshot, options);
      await sheets.open(section.id, sheet.header);
      for await (const records of sheet.records()) {
        await sheets.add(records.map((cells) => cells.map(xlsxCell)));
        if (stop.signal.aborted) return;
      }
    }
    await sheets.end();
    const names = sheetNames(sheets.wanted);
    for (const [path, xml] of workbookParts(names, new Date()))
      zip.addBuffer(Buffer.from(xml), path, { compressionLevel: COMPRESSION_LEVEL });
    zip.end();
  })().catch((error: unknown) => {
    // a client that left is no failure; anything else errors the stream, which cuts the download
    if (!stop.signal.aborted) fail(error);
  });
  return readable;
}
