import { XlsFormError } from './notes.ts';
import { inflateEntryPieces, MAX_UNPACKED_BYTES, type ZipEntry, zipEntries } from './zip-guard.ts';

/** Most rows a sheet may hold (a large real form has a few thousand choices). */
export const MAX_ROWS = 50_000;
/** Most cells a workbook may hold, all sheets together. */
export const MAX_CELLS = 500_000;

/** What a scan found: the sheets by part name, with their names and row and cell counts. */
export interface WorkbookScan {
  readonly unpackedBytes: number;
  readonly sheets: ReadonlyArray<{ part: string; name: string; rows: number; cells: number }>;
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

/** The XML-escaped text of an attribute, read back. */
function xmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    return Number.isInteger(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return found ? xmlText(found[1] ?? found[2] ?? '') : undefined;
}

/** Sheet names by worksheet part (`xl/worksheets/sheet1.xml` → `survey`), from workbook.xml and its rels. */
function sheetNames(parts: ReadonlyMap<string, Uint8Array>): Map<string, string> {
  const decoder = new TextDecoder();
  const workbook = decoder.decode(parts.get('xl/workbook.xml'));
  const rels = decoder.decode(parts.get('xl/_rels/workbook.xml.rels'));
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    const id = attribute(tag, '[\\w.-]+:id');
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, name);
  }
  return names;
}

/**
 * Counts the rows that hold a cell, and the cells, of a worksheet's XML piece by piece as it is
 * inflated, throwing at the first row past {@link MAX_ROWS} or cell past the workbook's
 * remaining cell allowance.
 */
class SheetCounter {
  rows = 0;
  cells = 0;
  #rowCounted = false;
  /** The end of the last piece from its last "<": a tag cut in two is read whole with the next piece. */
  #carry = '';

  constructor(
    private readonly name: string,
    private readonly cellsLeft: number,
  ) {}

  push(piece: Buffer): void {
    // latin1 maps each byte to one character: tags are ASCII, so positions and names survive
    const text = this.#carry + piece.toString('latin1');
    const cut = text.lastIndexOf('<');
    this.#carry = cut < 0 ? '' : text.slice(cut);
    this.#count(cut < 0 ? text : text.slice(0, cut));
  }

  #count(text: string): void {
    const tags = /<(?:[\w.-]+:)?(row|c)[\s/>]/g;
    for (let found = tags.exec(text); found !== null; found = tags.exec(text)) {
      if (found[1] === 'row') {
        this.#rowCounted = false;
        continue;
      }
      // an empty <c r="A1" s="3"/> holds only formatting; a row of them is an empty row
      const close = text.indexOf('>', found.index);
      if (close < 0 || text[close - 1] === '/') continue;
      this.cells += 1;
      if (this.cells > this.cellsLeft)
        throw new XlsFormError(
          'too_large',
          `the workbook has over ${MAX_CELLS.toLocaleString('en')} cells; a form needs far fewer: delete the extra rows and columns and try again`,
          { sheet: this.name },
        );
      if (this.#rowCounted) continue;
      this.#rowCounted = true;
      this.rows += 1;
      if (this.rows > MAX_ROWS)
        throw new XlsFormError(
          'too_large',
          `the sheet "${this.name}" has over ${MAX_ROWS.toLocaleString('en')} rows; a form needs far fewer: delete the extra rows and try again`,
          { sheet: this.name },
        );
    }
  }
}

/**
 * Read an .xlsx's zip with a real cap on the bytes inflated ({@link MAX_UNPACKED_BYTES}),
 * counting each sheet's rows and cells while it is inflated, before any spreadsheet library
 * builds the workbook in memory: a zip bomb or a million-row sheet is stopped at the cap, at
 * the cost of reading up to the cap, never of loading the whole of it.
 */
export async function scanWorkbook(bytes: Uint8Array): Promise<WorkbookScan> {
  const entries = zipEntries(bytes);
  let unpackedBytes = 0;
  const read = async (entry: ZipEntry, onPiece: (piece: Buffer) => void) => {
    unpackedBytes += await inflateEntryPieces(entry, MAX_UNPACKED_BYTES - unpackedBytes, onPiece);
  };
  // the sheet names first, so a refusal can name the sheet
  const parts = new Map<string, Uint8Array>();
  for (const entry of entries) {
    if (entry.name !== 'xl/workbook.xml' && entry.name !== 'xl/_rels/workbook.xml.rels') continue;
    const pieces: Buffer[] = [];
    await read(entry, (piece) => pieces.push(piece));
    parts.set(entry.name, Buffer.concat(pieces));
  }
  const names = sheetNames(parts);
  const sheets: Array<WorkbookScan['sheets'][number]> = [];
  let cells = 0;
  for (const entry of entries) {
    if (parts.has(entry.name)) continue;
    if (!WORKSHEET.test(entry.name)) {
      await read(entry, () => {});
      continue;
    }
    const name = names.get(entry.name) ?? entry.name;
    const counter = new SheetCounter(name, MAX_CELLS - cells);
    await read(entry, (piece) => counter.push(piece));
    cells += counter.cells;
    sheets.push({ part: entry.name, name, rows: counter.rows, cells: counter.cells });
  }
  return { unpackedBytes, sheets };
}
