import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  BackupHeaderSchema,
  type BackupTrailer,
  BackupTrailerSchema,
} from './format.ts';

/** One row of a backup: its table and the row's JSON text, untouched. */
export interface BackupRow {
  readonly table: string;
  readonly json: string;
}

/** What a backup file holds, as streamed by `readBackup`. */
export type BackupEntry =
  | { readonly kind: 'header'; readonly header: BackupHeader }
  | { readonly kind: 'row'; readonly row: BackupRow }
  | { readonly kind: 'trailer'; readonly trailer: BackupTrailer };

const GZIP_MAGIC = [0x1f, 0x8b];
const TABLE_ORDER = new Map(BACKUP_TABLES.map((t, i) => [t.name, i]));
const ROW_LINE = /^\{"t":"([a-z_]+)","r":(.*)\}$/s;

async function assertGzip(file: string): Promise<void> {
  const handle = await open(file, 'r').catch((cause: unknown) => {
    const code = (cause as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code;
    throw new BackupError('not_a_backup', `cannot read ${file}${reason ? ` (${reason})` : ''}`, { cause });
  });
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    if (bytesRead < 2 || buffer[0] !== GZIP_MAGIC[0] || buffer[1] !== GZIP_MAGIC[1])
      throw new BackupError('not_a_backup', `${file} is not a kolo backup (not a gzip file)`);
  } finally {
    await handle.close();
  }
}

/** The file's lines, decompressed; zlib failures become `truncated` or `corrupted`. */
async function* lines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of gunzip) {
      rest += decoder.write(chunk as Buffer);
      let start = 0;
      for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
        yield rest.slice(start, end);
        start = end + 1;
      }
      rest = rest.slice(start);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'Z_BUF_ERROR')
      throw new BackupError('truncated', `${file} is truncated (the compressed data ends early)`, {
        cause: error,
      });
    if (typeof code === 'string' && code.startsWith('Z_'))
      throw new BackupError('corrupted', `${file} is corrupted (${(error as Error).message})`, {
        cause: error,
      });
    throw error;
  } finally {
    input.destroy();
  }
  rest += decoder.end();
  if (rest !== '') throw new BackupError('truncated', `${file} is truncated (its last line is incomplete)`);
}

function parseLine(file: string, n: number, line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (cause) {
    throw new BackupError('corrupted', `${file} is corrupted: line ${n} is not valid JSON`, { cause });
  }
}

/**
 * Stream a backup's header, rows and trailer, checking as it goes: the format and version, that
 * tables come in dependency order, and at the end the row counts and SHA-256 against the trailer.
 * A file that ends early, or carries anything after its trailer, fails with a `BackupError`.
 */
export async function* readBackup(file: string): AsyncGenerator<BackupEntry> {
  await assertGzip(file);
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  let total = 0;
  let tableIndex = 0;
  let n = 0;
  for await (const line of lines(file)) {
    n += 1;
    if (trailer) throw new BackupError('corrupted', `${file} is corrupted: line ${n} follows the trailer`);
    if (!header) {
      const value = parseLine(file, n, line) as { format?: unknown; version?: unknown } | null;
      if (value?.format !== BACKUP_FORMAT)
        throw new BackupError('not_a_backup', `${file} is not a kolo backup (no "${BACKUP_FORMAT}" header)`);
      if (value.version !== BACKUP_VERSION)
        throw new BackupError(
          'unsupported_version',
          `${file} is a version ${String(value.version)} kolo backup; this kolo reads version ${BACKUP_VERSION}`,
        );
      const parsed = BackupHeaderSchema.safeParse(value);
      if (!parsed.success)
        throw new BackupError('corrupted', `${file} is corrupted: its header is malformed`);
      header = parsed.data;
      hash.update(`${line}\n`);
      yield { kind: 'header', header };
      continue;
    }
    const row = ROW_LINE.exec(line);
    if (!row) {
      const parsed = BackupTrailerSchema.safeParse(parseLine(file, n, line));
      if (!parsed.success)
        throw new BackupError(
          'corrupted',
          `${file} is corrupted: line ${n} is neither a row nor the trailer`,
        );
      trailer = parsed.data;
      continue;
    }
    const table = row[1] as string;
    const json = row[2] as string;
    const index = TABLE_ORDER.get(table);
    if (index === undefined || index < tableIndex)
      throw new BackupError(
        'corrupted',
        `${file} is corrupted: line ${n} has an unexpected table "${table}"`,
      );
    const value = parseLine(file, n, json);
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new BackupError('corrupted', `${file} is corrupted: line ${n} is not a row`);
    tableIndex = index;
    hash.update(`${line}\n`);
    counts[table] = (counts[table] ?? 0) + 1;
    total += 1;
    yield { kind: 'row', row: { table, json } };
  }
  if (!header) throw new BackupError('not_a_backup', `${file} is empty`);
  if (!trailer)
    throw new BackupError(
      'truncated',
      `${file} is truncated: it ends after ${total} rows, without its trailer`,
    );
  const digest = hash.digest('hex');
  if (digest !== trailer.sha256)
    throw new BackupError(
      'checksum_mismatch',
      `${file} is corrupted: its SHA-256 is ${digest}, the trailer says ${trailer.sha256}`,
    );
  const countsAgree =
    trailer.rows === total &&
    BACKUP_TABLES.every((t) => (trailer?.counts[t.name] ?? 0) === (counts[t.name] ?? 0));
  if (!countsAgree)
    throw new BackupError(
      'checksum_mismatch',
      `${file} is corrupted: its row counts differ from its trailer`,
    );
  yield { kind: 'trailer', trailer };
}

export interface VerifyBackupResult {
  readonly header: BackupHeader;
  readonly trailer: BackupTrailer;
}

/** Read a whole backup without writing anything: its header and trailer if every check passes. */
export async function verifyBackup(file: string): Promise<VerifyBackupResult> {
  let header: BackupHeader | undefined;
  for await (const entry of readBackup(file)) {
    if (entry.kind === 'header') header = entry.header;
    if (entry.kind === 'trailer' && header) return { header, trailer: entry.trailer };
  }
  throw new BackupError('truncated', `${file} is truncated`);
}
