import { once } from 'node:events';
import type { TransformOptions } from 'node:stream';
import { crc32, createDeflateRaw, type DeflateRaw, type ZlibOptions } from 'node:zlib';

/** The largest size or offset a plain zip field holds; anything larger goes in a ZIP64 field. */
const MAX_32 = 0xffff_ffff;
/** The most entries a plain end-of-central-directory record counts. */
const MAX_16 = 0xffff;
/** General-purpose flags: sizes and CRC in a data descriptor after the data (bit 3), names in UTF-8 (bit 11). */
const FLAGS = 0x0808;
const DEFLATE = 8;
/** Version needed to extract: 2.0 for deflate and data descriptors, 4.5 for ZIP64. */
const VERSION = 20;
const VERSION_ZIP64 = 45;
/** Uncompressed bytes one entry may hold waiting for the compressor: one chunk being built while one is compressed. */
const PENDING_INPUT_BYTES = 2 * 1024 * 1024;
/** zlib's output pieces: fewer, larger writes to the client than its 16 KB default. */
const OUTPUT_CHUNK_BYTES = 256 * 1024;

export interface ZipWriterOptions {
  /** The entries' modification time; now unless a test asks otherwise. */
  readonly modified?: Date | undefined;
  /** Write ZIP64 fields even where the plain ones would do (tests of what readers make of them). */
  readonly forceZip64?: boolean | undefined;
}

interface Written {
  readonly name: Buffer;
  readonly offset: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
  readonly level: number;
}

/** Date and time as MS-DOS writes them (local fields in UTC, two-second steps). */
function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.max(at.getUTCFullYear(), 1980);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

/** Writes a 64-bit unsigned size (below 2^53, as every JavaScript size is). */
function writeUint64(buffer: Buffer, value: number, at: number): void {
  buffer.writeUInt32LE(value % 0x1_0000_0000, at);
  buffer.writeUInt32LE(Math.floor(value / 0x1_0000_0000), at + 4);
}

/**
 * A zip archive written front to back as its entries are made, for a stream: each entry is
 * deflated as it is written (zlib in node's thread pool), its CRC taken with zlib's native crc32,
 * and its sizes given after its data (a data descriptor), so nothing is held but the chunk in hand.
 * Sizes and offsets past 4 GiB and more than 65,535 entries get ZIP64 records, as APPNOTE 6.3
 * says. Every byte goes to `push`, which resolves when the reader is ready for more: that is the
 * back-pressure, from the client to whoever writes the entries.
 */
export class ZipWriter {
  private offset = 0;
  private readonly entries: Written[] = [];
  private readonly stamp: { time: number; date: number };
  private open: ZipEntry | undefined;

  constructor(
    private readonly push: (bytes: Uint8Array) => Promise<void>,
    private readonly signal: AbortSignal,
    private readonly options: ZipWriterOptions = {},
  ) {
    this.stamp = dosDateTime(options.modified ?? new Date());
  }

  /** Bytes written so far. */
  get written(): number {
    return this.offset;
  }

  /** Start an entry, deflated at `level` (1 fastest .. 9 smallest); the entry before must have ended. */
  async entry(name: string, level: number): Promise<ZipEntry> {
    if (this.open) throw new Error(`zip: ${name} started before the entry before it ended`);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(DEFLATE, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes (14..25) stay zero: the data descriptor gives them
    header.writeUInt16LE(nameBytes.length, 26);
    const offset = this.offset;
    await this.out(Buffer.concat([header, nameBytes]));
    const entry = new ZipEntry(
      level,
      this.signal,
      (bytes) => this.out(bytes),
      async (crc, compressed, size) => {
        this.open = undefined;
        const zip64 = this.options.forceZip64 === true || compressed >= MAX_32 || size >= MAX_32;
        const descriptor = Buffer.alloc(zip64 ? 24 : 16);
        descriptor.writeUInt32LE(0x08074b50, 0);
        descriptor.writeUInt32LE(crc, 4);
        if (zip64) {
          writeUint64(descriptor, compressed, 8);
          writeUint64(descriptor, size, 16);
        } else {
          descriptor.writeUInt32LE(compressed, 8);
          descriptor.writeUInt32LE(size, 12);
        }
        await this.out(descriptor);
        this.entries.push({ name: nameBytes, offset, crc, compressed, size, level });
      },
    );
    this.open = entry;
    return entry;
  }

  /** One whole entry from bytes in hand. */
  async add(name: string, data: Buffer, level: number): Promise<void> {
    const entry = await this.entry(name, level);
    await entry.write(data);
    await entry.end();
  }

  /** The central directory and its end records; nothing may be written after. */
  async finish(): Promise<void> {
    if (this.open) throw new Error('zip: finished before its last entry ended');
    const force = this.options.forceZip64 === true;
    const start = this.offset;
    const records: Buffer[] = [];
    for (const e of this.entries) {
      // ZIP64 extra field: only the values too large for their plain field, in this order
      const big: number[] = [];
      const field = (value: number): number => {
        if (!force && value < MAX_32) return value;
        big.push(value);
        return MAX_32;
      };
      const size = field(e.size);
      const compressed = field(e.compressed);
      const offset = field(e.offset);
      const extra = Buffer.alloc(big.length > 0 ? 4 + 8 * big.length : 0);
      if (big.length > 0) {
        extra.writeUInt16LE(0x0001, 0);
        extra.writeUInt16LE(8 * big.length, 2);
        for (const [i, value] of big.entries()) writeUint64(extra, value, 4 + 8 * i);
      }
      const version = big.length > 0 ? VERSION_ZIP64 : VERSION;
      const record = Buffer.alloc(46);
      record.writeUInt32LE(0x02014b50, 0);
      // made by: MS-DOS attributes (0), this version
      record.writeUInt16LE(version, 4);
      record.writeUInt16LE(version, 6);
      record.writeUInt16LE(FLAGS, 8);
      record.writeUInt16LE(DEFLATE, 10);
      record.writeUInt16LE(this.stamp.time, 12);
      record.writeUInt16LE(this.stamp.date, 14);
      record.writeUInt32LE(e.crc, 16);
      record.writeUInt32LE(compressed, 20);
      record.writeUInt32LE(size, 24);
      record.writeUInt16LE(e.name.length, 28);
      record.writeUInt16LE(extra.length, 30);
      // comment length, disk, internal and external attributes stay zero
      record.writeUInt32LE(offset, 42);
      records.push(record, e.name, extra);
    }
    const directory = Buffer.concat(records);
    await this.out(directory);
    const count = this.entries.length;
    const zip64 = force || count > MAX_16 || directory.length >= MAX_32 || start >= MAX_32;
    const end: Buffer[] = [];
    if (zip64) {
      const at = this.offset;
      const record = Buffer.alloc(56);
      record.writeUInt32LE(0x06064b50, 0);
      writeUint64(record, 44, 4);
      record.writeUInt16LE(VERSION_ZIP64, 12);
      record.writeUInt16LE(VERSION_ZIP64, 14);
      // this disk and the directory's disk stay zero
      writeUint64(record, count, 24);
      writeUint64(record, count, 32);
      writeUint64(record, directory.length, 40);
      writeUint64(record, start, 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      writeUint64(locator, at, 8);
      locator.writeUInt32LE(1, 16);
      end.push(record, locator);
    }
    const last = Buffer.alloc(22);
    last.writeUInt32LE(0x06054b50, 0);
    last.writeUInt16LE(zip64 ? MAX_16 : count, 8);
    last.writeUInt16LE(zip64 ? MAX_16 : count, 10);
    last.writeUInt32LE(zip64 ? MAX_32 : directory.length, 12);
    last.writeUInt32LE(zip64 ? MAX_32 : start, 16);
    end.push(last);
    await this.out(Buffer.concat(end));
  }

  private async out(bytes: Uint8Array): Promise<void> {
    this.signal.throwIfAborted();
    this.offset += bytes.length;
    await this.push(bytes);
  }
}

/** One entry being written: bytes in, deflated out to the archive as zlib gives them. */
export class ZipEntry {
  private crc = 0;
  private size = 0;
  private compressed = 0;
  private readonly deflate: DeflateRaw;
  private readonly drained: Promise<void>;

  constructor(
    level: number,
    private readonly signal: AbortSignal,
    out: (bytes: Uint8Array) => Promise<void>,
    private readonly done: (crc: number, compressed: number, size: number) => Promise<void>,
  ) {
    // zlib hands its options on to the Transform, so the stream's own limits are accepted too
    const streamOptions: ZlibOptions & TransformOptions = {
      level,
      chunkSize: OUTPUT_CHUNK_BYTES,
      writableHighWaterMark: PENDING_INPUT_BYTES,
    };
    this.deflate = createDeflateRaw(streamOptions);
    const deflate = this.deflate;
    this.drained = (async () => {
      for await (const piece of deflate as AsyncIterable<Buffer>) {
        this.compressed += piece.length;
        await out(piece);
      }
    })();
    const stop = () => deflate.destroy();
    signal.addEventListener('abort', stop, { once: true });
    // a failure is seen by whoever awaits `write` or `end`; never an unhandled rejection
    this.drained.then(
      () => signal.removeEventListener('abort', stop),
      () => deflate.destroy(),
    );
  }

  /**
   * Add bytes to the entry; resolves when the compressor can take more. `consumed` runs once the
   * compressor has read them all, so the caller may fill the same memory again.
   */
  async write(bytes: Buffer, consumed?: () => void): Promise<void> {
    if (bytes.length === 0) return consumed?.();
    this.signal.throwIfAborted();
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes, consumed && ((error) => error || consumed())))
      await Promise.race([once(this.deflate, 'drain', { signal: this.signal }), this.drained]);
  }

  /** End the entry: the rest of its compressed data, then its data descriptor. */
  async end(): Promise<void> {
    this.signal.throwIfAborted();
    this.deflate.end();
    await this.drained;
    await this.done(this.crc, this.compressed, this.size);
  }
}
