import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, neutralizeCell, restoreCell } from './spreadsheet-cell.ts';

/** Any text, and text built to start like a formula after zero or more quotes. */
const text = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom("'", "''", ''), fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a'), fc.string())
    .map((parts) => parts.join('')),
);

describe('spreadsheet cells', () => {
  it('should neutralise any text so that no cell starts a formula and it reads back unchanged', () => {
    fc.assert(
      fc.property(text, (s) => {
        const cell = neutralizeCell(s);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(restoreCell(cell)).toBe(s);
      }),
    );
  });

  it('should write a CSV field that reads back as the neutralised text', () => {
    fc.assert(
      fc.property(text, (s) => {
        const field = csvField(s);
        const read = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
        expect(read).toBe(neutralizeCell(s));
      }),
    );
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField(-2)).toBe('-2');
    expect(csvField(null)).toBe('');
  });
});
