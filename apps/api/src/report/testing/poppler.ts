import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Write a PDF to a fresh folder and return its path (tests read it with Debian's poppler-utils). */
export async function savePdf(bytes: Uint8Array, name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kolo-report-'));
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, bytes);
  return path;
}

/** The text `pdftotext` extracts: proof that the text is real, selectable text. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    maxBuffer: 20_000_000,
  });
  return stdout;
}

/** `pdfinfo` and `pdffonts` output: page count and size, embedded font subsets. */
export async function pdfInfo(path: string): Promise<{ info: string; fonts: string }> {
  const info = (await run('pdfinfo', [path])).stdout;
  const fonts = (await run('pdffonts', [path])).stdout;
  return { info, fonts };
}

/** Render every page to PNG with `pdftoppm` at `dpi`; returns the image paths in page order. */
export async function pdfPages(path: string, dpi = 60): Promise<string[]> {
  const prefix = path.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-png', '-r', String(dpi), path, prefix]);
  const dir = prefix.slice(0, prefix.lastIndexOf('/'));
  const base = prefix.slice(prefix.lastIndexOf('/') + 1);
  return (await readdir(dir))
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}
