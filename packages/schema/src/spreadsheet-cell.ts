/**
 * Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR), after any leading
 * quotes: text already starting with a quote and then one of these is neutralised too, so that
 * {@link restoreCell} is never ambiguous. The one rule for every CSV kolo writes, on the server
 * (exports) and in the browser (chart data).
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Neutralise a text cell that a spreadsheet would run as a formula by prefixing a single quote;
 * {@link restoreCell} gives the text back.
 * @example neutralizeCell('=1+1') // "'=1+1"
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text a cell held before {@link neutralizeCell}. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** What makes a field need quotes, as in csv-stringify's defaults: delimiter, quote, CR or LF. */
const NEEDS_QUOTES = /[",\n\r]/;
const QUOTE = /"/g;
/** Text that needs neither quotes nor neutralising: built from {@link FORMULA_START}, one test for most cells. */
const PLAIN = new RegExp(`^(?!${FORMULA_START.source.slice(1)})[^",\\n\\r]*$`);

/** Text as one CSV field the way csv-stringify writes it by default: quoted only when it must be, `""` for a quote. */
export function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/**
 * One cell as an RFC 4180 CSV field: text neutralised first so no cell runs as a formula, then
 * quoted if it must be; numbers as they are, empty for null.
 * @example csvField('=1+1') // "'=1+1"
 */
export function csvField(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // most cells are codes or labels that need neither: one test instead of two
  return PLAIN.test(cell) ? cell : quoteField(neutralizeCell(cell));
}
