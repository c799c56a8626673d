import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package (not a system path, so every server has it): it
 * covers Latin with Polish letters, Ukrainian, Russian and Kyrgyz Cyrillic (ң ө ү). Read once.
 */
export const REPORT_FONTS = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

const cache = new Map<string, Uint8Array>();

/** The bytes of one of the report's fonts. */
export function fontBytes(font: keyof typeof REPORT_FONTS): Uint8Array {
  const path = REPORT_FONTS[font];
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(require.resolve(path)));
    cache.set(path, bytes);
  }
  return bytes;
}
