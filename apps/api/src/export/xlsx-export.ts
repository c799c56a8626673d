import { type Db, sites } from '@kolo/db';
import { neutralizeCell, type SurveyDefinition } from '@kolo/schema';
import { eq } from 'drizzle-orm';
import {
  answerVocabulary,
  type ExportColumn,
  type ExportOptions,
  exportColumns,
  repeatSections,
} from './columns.ts';
import type { ExportCell } from './csv-text.ts';
import { repeatSheet } from './repeat-rows.ts';
import { databaseNow, type ExportRow, type RowsFilter, submissionChunks } from './rows-source.ts';
import {
  columnLetters,
  rowXml,
  SHEET_END,
  SHEET_START,
  sharedStrings,
  sharedStringsXml,
  sheetNames,
  workbookParts,
} from './sheet-xml.ts';
import { webSink } from './web-sink.ts';
import { columnsByVersion, FIXED_HEADERS } from './write-export.ts';
import { type ZipEntry, ZipWriter } from './zip-writer.ts';

/** Excel's rows per sheet, header included: a longer export goes on to a next sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** Compressed bytes that may wait for the client, as the CSV export allows. */
const BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * Sheet XML built (as UTF-8) before it goes to the compressor: large pieces keep the writes few,
 * and a piece is written straight into its buffer row by row, never first joined as one string.
 */
const PENDING_XML_BYTES = 1024 * 1024;

/** Pieces kept for reuse once the compressor has read them. */
const SPARE_PIECES = 3;

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
  /** Sheet XML built before it goes to the compressor; {@link PENDING_XML_BYTES} unless a test asks for fewer. */
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
  private entry: ZipEntry | undefined;
  private rows = 0;
  private name = '';
  private header: readonly ExportCell[] = [];
  private letters: readonly string[] = [];
  private buffer: Buffer;
  private used = 0;
  private readonly spares: Buffer[] = [];

  constructor(
    private readonly zip: ZipWriter,
    private readonly rowsPerSheet: number,
    private readonly pieceBytes: number,
    private readonly shared: ReadonlyMap<string, number>,
  ) {
    this.buffer = Buffer.allocUnsafe(pieceBytes);
  }

  /** Start a sheet (and its header row); the one before is ended. */
  async open(name: string, header: readonly ExportCell[]): Promise<void> {
    await this.end();
    this.name = name;
    this.header = header.map(xlsxCell);
    this.letters = header.map((_, i) => columnLetters(i));
    await this.start();
  }

  private async start(): Promise<void> {
    this.wanted.push(this.name);
    this.entry = await this.zip.entry(`xl/worksheets/sheet${this.wanted.length}.xml`, COMPRESSION_LEVEL);
    this.rows = 1;
    await this.text(`${SHEET_START}${rowXml(1, this.header, this.letters, this.shared)}`);
  }

  /** Rows for the open sheet; waits only when a full piece goes to a compressor that is still busy. */
  async add(records: readonly (readonly ExportCell[])[]): Promise<void> {
    for (const cells of records) {
      if (this.rows === this.rowsPerSheet) {
        await this.end();
        await this.start();
      }
      this.rows += 1;
      const xml = rowXml(this.rows, cells, this.letters, this.shared);
      // UTF-8 takes at most 3 bytes for each UTF-16 unit
      if (xml.length * 3 <= this.buffer.length - this.used) this.used += this.buffer.write(xml, this.used);
      else await this.text(xml);
    }
  }

  /** End the open sheet's XML and its zip entry. */
  async end(): Promise<void> {
    const entry = this.entry;
    if (!entry) return;
    await this.text(SHEET_END);
    await this.flush();
    this.entry = undefined;
    await entry.end();
  }

  /** XML into the piece, which goes to the compressor first if it has no room. */
  private async text(xml: string): Promise<void> {
    if (xml.length * 3 > this.buffer.length - this.used) {
      await this.flush();
      // a row longer than a whole piece goes on its own
      if (xml.length * 3 > this.buffer.length) return this.entry?.write(Buffer.from(xml));
    }
    this.used += this.buffer.write(xml, this.used);
  }

  private async flush(): Promise<void> {
    if (this.used === 0 || !this.entry) return;
    const full = this.buffer;
    // the compressor keeps the piece until it has read it: the next rows go in a spare one, and
    // this one becomes a spare again once read (a few pieces in all, however long the export)
    this.buffer = this.spares.pop() ?? Buffer.allocUnsafe(this.pieceBytes);
    const piece = full.subarray(0, this.used);
    this.used = 0;
    await this.entry.write(piece, () => {
      if (this.spares.length < SPARE_PIECES) this.spares.push(full);
    });
  }
}

/** The texts many cells hold, neutralised as cells are: the survey's choices, locales, the organisation's sites. */
async function sharedTexts(
  db: Db,
  definition: SurveyDefinition,
  orgId: string,
  options: ExportOptions,
): Promise<Map<string, number>> {
  const found = await db
    .select({ name: sites.name, country: sites.country })
    .from(sites)
    .where(eq(sites.orgId, orgId));
  const texts = [
    ...answerVocabulary(definition, options),
    ...definition.locales,
    ...found.flatMap((site) => [site.name, site.country]),
  ];
  return sharedStrings(texts.map(neutralizeCell));
}

/**
 * An XLSX stream of every matching submission, written row by row as the rows come from the
 * database, with back-pressure end to end: no more rows are read while the client has not taken
 * what was written. The sheet XML is written here, straight into UTF-8 pieces of about 1 MB (the
 * survey's choices, locales and sites as shared strings, other text inline, no styles), and zipped
 * by `zip-writer.ts` (zlib deflate in the thread pool, its native CRC). Every text cell goes through
 * the one neutraliser and every row through its own version's allow-list, as in the CSV. Past
 * Excel's 1,048,576 rows a sheet goes on in a next one, header repeated. Each repeat section follows
 * on sheets of its own, one row per instance, linked to the first sheet by `_submission_id` (see
 * `repeat-rows.ts`).
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
  const sink = webSink(options.bufferedBytes ?? BUFFERED_BYTES, () => stop.abort());
  const zip = new ZipWriter((bytes) => sink.push(bytes), stop.signal);
  const repeats = repeatSections(definition);
  void (async () => {
    // with repeat sheets, every sheet reads the submissions received until now, so they match the first
    const snapshot: RowsFilter =
      repeats.length > 0 && !filter.receivedBy ? { ...filter, receivedBy: await databaseNow(db) } : filter;
    const rowColumns = await columnsByVersion(db, snapshot, columns, options);
    // the shared strings first, so a reader going through the zip in order has them before the sheets
    const shared = await sharedTexts(db, definition, filter.orgId, options);
    await zip.add('xl/sharedStrings.xml', Buffer.from(sharedStringsXml(shared)), COMPRESSION_LEVEL);
    const sheets = new SheetWriter(zip, rowsPerSheet, options.pendingXmlBytes ?? PENDING_XML_BYTES, shared);
    await sheets.open(definition.id, [...FIXED_HEADERS, ...columns.map((c) => c.header)]);
    for await (const chunk of submissionChunks(db, snapshot)) {
      await sheets.add(chunk.map((row) => xlsxRecord(row, rowColumns(row.version))));
    }
    for (const section of repeats) {
      const sheet = await repeatSheet(db, definition, section, snapshot, options);
      await sheets.open(section.id, sheet.header);
      for await (const records of sheet.records())
        await sheets.add(records.map((cells) => cells.map(xlsxCell)));
    }
    await sheets.end();
    const names = sheetNames(sheets.wanted);
    for (const [path, xml] of workbookParts(names, new Date()))
      await zip.add(path, Buffer.from(xml), COMPRESSION_LEVEL);
    await zip.finish();
    sink.close();
  })().catch((error: unknown) => {
    // a client that left is no failure (the rows stopped with it); anything else errors the
    // stream, which cuts the download
    if (!stop.signal.aborted) sink.fail(error);
  });
  return sink.readable;
}
