import { LookupName } from '@kolo/schema';
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { ApiError } from '../errors.ts';
import { multipartForm } from '../multipart.ts';
import { LookupRefusedError } from './refusal.ts';

/** The CSV of an upload and the file's name, when the body had one. */
export interface LookupUpload {
  readonly bytes: Uint8Array;
  readonly fileName?: string | undefined;
}

const SAVE_AS_CSV = 'open it in a spreadsheet program and save it as "CSV UTF-8 (comma delimited)"';

/**
 * The CSV of a lookup upload: a multipart body's field "file", or a `text/csv` (or `text/plain`)
 * body as it is. 415 for another body, 400 when the multipart body is unreadable.
 */
export async function readLookupUpload(c: Context<AppEnv>): Promise<LookupUpload> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (/^text\/(csv|plain)\b/.test(type)) return { bytes: new Uint8Array(await c.req.arrayBuffer()) };
  if (!/^multipart\/form-data\b/.test(type))
    throw new ApiError(
      415,
      'unsupported_media_type',
      'send the table as text/csv, or as multipart/form-data in the field "file"',
    );
  const form = await multipartForm(c);
  const file = form.get('file');
  if (file === null || typeof file === 'string')
    throw new LookupRefusedError('no_file', 'send the CSV file in the field "file"');
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}

/**
 * The table name of a CSV file's name (`sampleList.csv` is `sampleList`, as `pulldata('sampleList', …)`
 * reads it; a browser's "sampleList (1).csv" copy is `sampleList` too), checked as a `LookupName`.
 */
export function lookupNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const name = base.replace(/\.csv$/i, '').replace(/\s*\(\d+\)$/, '');
  return checkedLookupName(name);
}

/** A table name `pulldata()` can use, or a refusal saying what a name may hold. */
export function checkedLookupName(name: string): string {
  const parsed = LookupName.safeParse(name);
  if (!parsed.success)
    throw new LookupRefusedError(
      'bad_name',
      `the table name "${name.slice(0, 80)}" ${parsed.error.issues[0]?.message ?? 'is not valid'}`,
    );
  return parsed.data;
}

/** A spreadsheet workbook (zip or the old binary format) or another binary file sent as a table. */
export function refuseBinary(bytes: Uint8Array): void {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  // text never holds a NUL byte, and PostgreSQL's jsonb cannot store one anywhere in the file
  const nul = bytes.includes(0);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16)
    throw new LookupRefusedError(
      'not_utf8',
      `this is UTF-16 text ("Unicode text"), not UTF-8: ${SAVE_AS_CSV}`,
    );
  if (zip || ole)
    throw new LookupRefusedError('not_csv', `this is a spreadsheet workbook, not a CSV file: ${SAVE_AS_CSV}`);
  if (nul) throw new LookupRefusedError('not_csv', `this is not a text file: ${SAVE_AS_CSV}`);
}
