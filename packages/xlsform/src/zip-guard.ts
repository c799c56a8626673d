import { XlsFormError } from './notes.ts';

/** Largest upload read, and largest total size of the files packed inside it. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 5000;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

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

/**
 * Check that bytes look like an .xlsx (a zip with a workbook inside) of a sane unpacked size
 * before a spreadsheet reader sees them, so an empty file, an old .xls, a CSV or a zip bomb is
 * refused with a clear message.
 */
export function checkWorkbookBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsFormError('empty_file', 'the file is empty');
  if (bytes.length > MAX_FILE_BYTES)
    throw new XlsFormError('too_large', `the file is over ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (word(bytes, 0) === 0xe011cfd0)
    throw new XlsFormError(
      'old_xls',
      'this is an old Excel 97-2003 .xls file: save it as .xlsx and try again',
    );
  if (word(bytes, 0) !== 0x04034b50) throw notXlsx('it is not a zip file');
  // the end-of-directory record sits in the last 22 + 65535 bytes
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at -= 1) {
    if (word(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw notXlsx('the zip file is cut short');
  const entries = half(bytes, end + 10);
  let at = word(bytes, end + 16);
  if (entries > MAX_ENTRIES) throw new XlsFormError('too_large', 'the workbook holds too many parts');
  let unpacked = 0;
  let workbook = false;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || word(bytes, at) !== DIRECTORY_ENTRY)
      throw notXlsx('the zip directory is damaged');
    const size = word(bytes, at + 24);
    const nameLength = half(bytes, at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === 'xl/workbook.xml') workbook = true;
    unpacked += size;
    if (size === 0xffffffff || unpacked > MAX_UNPACKED_BYTES)
      throw new XlsFormError('too_large', 'the workbook unpacks to more than 200 MB');
    at += 46 + nameLength + half(bytes, at + 30) + half(bytes, at + 32);
  }
  if (!workbook) throw notXlsx('the zip file holds no Excel workbook');
}
