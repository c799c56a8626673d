import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ZipWriter, type ZipWriterOptions } from './zip-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'kolo-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Entries of every kind the export writes: empty, small, repetitive and large, incompressible, UTF-8 text. */
function sampleEntries(): Array<[string, Buffer]> {
  const rows = Array.from(
    { length: 20_000 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>3</v></c></row>`,
  );
  return [
    ['empty.xml', Buffer.alloc(0)],
    ['xl/worksheets/sheet1.xml', Buffer.from(rows.join(''))],
    ['noise.bin', randomBytes(700_000)],
    ['docProps/core.xml', Buffer.from('<x>Київ</x>')],
  ];
}

/** The archive as written, each entry in pieces of `piece` bytes, to a file. */
async function writeArchive(
  entries: Array<[string, Buffer]>,
  piece: number,
  options: ZipWriterOptions,
): Promise<string> {
  const out: Uint8Array[] = [];
  const zip = new ZipWriter(
    async (bytes) => {
      out.push(bytes);
    },
    new AbortController().signal,
    options,
  );
  for (const [name, data] of entries) {
    const entry = await zip.entry(name, 1);
    for (let at = 0; at < data.length; at += piece) await entry.write(data.subarray(at, at + piece));
    await entry.end();
  }
  await zip.finish();
  const file = join(dir, `${options.forceZip64 ? 'zip64' : 'plain'}-${piece}.zip`);
  writeFileSync(file, Buffer.concat(out));
  return file;
}

describe('ZipWriter', () => {
  it.each([
    { forceZip64: false, piece: 64 * 1024 },
    { forceZip64: true, piece: 1_000_003 },
  ])(
    'should write an archive unzip reads back byte for byte, CRCs checked (ZIP64 records: $forceZip64)',
    async ({ forceZip64, piece }) => {
      const entries = sampleEntries();
      const file = await writeArchive(entries, piece, {
        forceZip64,
        modified: new Date('2026-03-04T05:06:08Z'),
      });
      // Info-ZIP's unzip checks every CRC and size against the central directory and the data descriptors
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
      const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
      expect(listing).toEqual(entries.map(([name]) => name));
      for (const [name, data] of entries) {
        const back = execFileSync('unzip', ['-p', file, name], { maxBuffer: 64 * 1024 * 1024 });
        expect(back.equals(data)).toBe(true);
      }
      expect(
        execFileSync('unzip', ['-Z', '-T', file, entries[1]?.[0] ?? ''], { encoding: 'utf8' }),
      ).toContain('20260304.0506');
    },
  );

  it('should write nothing more once the reader waits, and go on when it takes the bytes', async () => {
    const taken: number[] = [];
    let release: (() => void) | undefined;
    const zip = new ZipWriter(
      (bytes) =>
        new Promise<void>((resolve) => {
          taken.push(bytes.length);
          release = resolve;
        }),
      new AbortController().signal,
    );
    const writing = (async () => {
      const entry = await zip.entry('a.bin', 1);
      for (let i = 0; i < 20; i++) await entry.write(randomBytes(1024 * 1024));
      await entry.end();
      await zip.finish();
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // the local header went out and nothing after it while the reader has not taken it
    expect(taken).toHaveLength(1);
    let done = false;
    void writing.then(() => {
      done = true;
    });
    while (!done) {
      const next = release;
      release = undefined;
      next?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await writing;
    expect(taken.reduce((a, b) => a + b, 0)).toBeGreaterThan(20 * 1024 * 1024);
  });

  it('should stop with the signal: no byte more, and the writer told why', async () => {
    const stop = new AbortController();
    let pushed = 0;
    const zip = new ZipWriter(async (bytes) => {
      pushed += bytes.length;
    }, stop.signal);
    const entry = await zip.entry('a.bin', 1);
    await entry.write(randomBytes(1024));
    stop.abort();
    const before = pushed;
    await expect(entry.write(randomBytes(1024))).rejects.toThrow();
    await expect(zip.finish()).rejects.toThrow();
    expect(pushed).toBe(before);
  });
});
