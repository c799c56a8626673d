import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { XlsFormError } from './notes.ts';

/** Largest upload read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Largest total of the bytes actually inflated from the parts of a workbook. The largest real
 * form seen (UNICEF Liberia coverage, 878 KB) unpacks to 6 MB; the WHO verbal autopsy to 0.4 MB.
 */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** One part of a zip as its central directory lists it, not yet inflated. */
export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  /** The packed bytes of the part (a view into the upload). */
  readonly packed: Uint8Array;
}

function word(bytes: Uint8Array, at: number): number {
  return (
    ((bytes[at] ?? 0) |
      ((bytes[at + 1] ?? 0) << 8) |
      ((bytes[at + 2] ?? 0) << 16) |
      ((bytes[at + 3] ?? 0) << 24)) >>>
    0
  );
}

function half(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

const notXlsx = (why: string) =>
  new XlsFormError(
    'not_xlsx',
    `this is not an .xlsx workbook (${why}): save the form as Excel .xlsx and try again`,
  );

const damaged = () => notXlsx('the zip directory is damaged');

/** The "too large" refusal for a workbook whose parts inflate past {@link MAX_UNPACKED_BYTES}. */
export const unpacksTooLarge = () =>
  new XlsFormError(
    'too_large',
    `the workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; a form needs far less: remove pictures and unused sheets and try again`,
  );

function endOfDirectory(bytes: Uint8Array): number {
  // the end-of-directory record sits in the last 22 + 65535 bytes
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1)
    if (word(bytes, at) === END_OF_DIRECTORY) return at;
  throw notXlsx('the zip file is cut short');
}

/**
 * Check that bytes look like an .xlsx (a zip with a workbook inside) and list its parts, so an
 * empty file, an old .xls or a CSV is refused with a clear message before anything is inflated.
 * The sizes the directory declares are not trusted: {@link inflateEntry} counts real bytes.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length === 0) throw new XlsFormError('empty_file', 'the file is empty');
  if (bytes.length > MAX_FILE_BYTES)
    throw new XlsFormError('too_large', `the file is over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (word(bytes, 0) === 0xe011cfd0)
    throw new XlsFormError(
      'old_xls',
      'this is an old Excel 97-2003 .xls file: save it as .xlsx and try again',
    );
  if (word(bytes, 0) !== LOCAL_HEADER) throw notXlsx('it is not a zip file');
  const end = endOfDirectory(bytes);
  const count = half(bytes, end + 10);
  if (count > MAX_ENTRIES) throw new XlsFormError('too_large', 'the workbook holds too many parts');
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let at = word(bytes, end + 16);
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || word(bytes, at) !== DIRECTORY_ENTRY) throw damaged();
    const method = half(bytes, at + 10);
    const packedSize = word(bytes, at + 20);
    const nameLength = half(bytes, at + 28);
    const local = word(bytes, at + 42);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (method !== STORED && method !== DEFLATED)
      throw notXlsx(`the part "${name}" is packed in a way Excel does not use`);
    // the data starts after the local header, whose name and extra field may differ in length
    if (local + 30 > bytes.length || word(bytes, local) !== LOCAL_HEADER) throw damaged();
    const start = local + 30 + half(bytes, local + 26) + half(bytes, local + 28);
    if (packedSize === 0xffffffff || start + packedSize > bytes.length) throw damaged();
    entries.push({ name, method, packed: bytes.subarray(start, start + packedSize) });
    at += 46 + nameLength + half(bytes, at + 30) + half(bytes, at + 32);
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml'))
    throw notXlsx('the zip file holds no Excel workbook');
  return entries;
}

const damagedPart = (entry: ZipEntry, cause: unknown) =>
  new XlsFormError(
    'unreadable',
    `the part "${entry.name}" of the workbook is damaged: open the file in a spreadsheet program, save it as .xlsx and try again`,
    { sheet: '' },
    cause,
  );

/**
 * Inflate one part piece by piece, handing each piece to `onPiece` as it comes, and stop as soon
 * as the bytes actually inflated pass `budget` (the "too large" {@link XlsFormError}) or
 * `onPiece` throws (a row cap): a bomb costs at most the budget, and is stopped while read.
 * Resolves with the number of bytes inflated.
 */
export function inflateEntryPieces(
  entry: ZipEntry,
  budget: number,
  onPiece: (piece: Buffer) => void,
): Promise<number> {
  // a folder entry, or an empty part some writers mark as deflated
  if (entry.packed.length === 0) return Promise.resolve(0);
  if (entry.method === STORED) {
    if (entry.packed.length > budget) return Promise.reject(unpacksTooLarge());
    onPiece(Buffer.from(entry.packed.buffer, entry.packed.byteOffset, entry.packed.byteLength));
    return Promise.resolve(entry.packed.length);
  }
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let total = 0;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on('data', (piece: Buffer) => {
      if (done) return;
      total += piece.length;
      if (total > budget) return fail(unpacksTooLarge());
      try {
        onPiece(piece);
      } catch (error) {
        fail(error);
      }
    });
    inflater.on('error', (error) => fail(damagedPart(entry, error)));
    inflater.on('end', () => {
      if (done) return;
      done = true;
      resolve(total);
    });
    inflater.end(entry.packed);
  });
}

/**
 * The bytes of one part, inflating at most `budget` bytes: zlib stops as soon as the output
 * passes it, so a part that claims 1 KB and inflates to 1 GB costs `budget` bytes, not 1 GB.
 * Throws the "too large" {@link XlsFormError} past the budget.
 */
export function inflateEntry(entry: ZipEntry, budget: number): Uint8Array {
  if (entry.method === STORED) {
    if (entry.packed.length > budget) throw unpacksTooLarge();
    return entry.packed;
  }
  if (budget <= 0) throw unpacksTooLarge();
  try {
    return inflateRawSync(entry.packed, { maxOutputLength: budget });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw unpacksTooLarge();
    throw damagedPart(entry, error);
  }
}
