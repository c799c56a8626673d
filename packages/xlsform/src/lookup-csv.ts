import { LOOKUP_MAX_CELLS, LOOKUP_MAX_COLUMNS, LOOKUP_MAX_ROWS, LookupName, LookupTable } from '@kolo/schema';
import { CsvError, parse } from 'csv-parse/sync';

/** One problem of a lookup CSV file, at its 1-based line when it has one. */
export interface LookupCsvProblem {
  readonly line?: number;
  readonly message: string;
}

/** What {@link parseLookupCsv} gives: the table, or every problem that keeps it out. */
export type ParseLookupCsvResult = { table: LookupTable } | { errors: LookupCsvProblem[] };

/** The longest a cell may be, as {@link LookupTable} allows. */
const CELL_MAX = 1_000;
/** The longest one row may be in characters: every column at its longest, delimiters and quotes. */
const RECORD_MAX = LOOKUP_MAX_COLUMNS * (CELL_MAX * 2 + 3);
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** `sampleList.csv` (or `sampleList`) as a message names it. */
function fileLabel(name: string | undefined): string {
  if (name === undefined || name === '') return 'the CSV file';
  return /\.csv$/i.test(name) ? name : `${name}.csv`;
}

/** The text of the file, or a problem saying how to save it: UTF-8, its byte order mark dropped. */
function decode(bytes: Uint8Array | string, file: string): string | LookupCsvProblem {
  const saveAs = 'in Excel, save it with "Save as" and the type "CSV UTF-8 (comma delimited)"';
  let text: string;
  if (typeof bytes === 'string') text = bytes.replace(/^\uFEFF/, '');
  else {
    try {
      // a fatal decoder refuses Windows-1251, Latin-1 or UTF-16 instead of guessing; it drops the BOM
      text = UTF8.decode(bytes);
    } catch {
      return { message: `${file} is not UTF-8 text: ${saveAs}` };
    }
  }
  // a NUL is never in a text file (it is in a binary one), and a draft's jsonb could not store it
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return { line: text.slice(0, nul).split('\n').length, message: `${file} is not a text file: ${saveAs}` };
  return text;
}

/**
 * The delimiter of the header line: `;` when it has more semicolons than commas outside quotes
 * (Excel in Ukrainian, Russian, Polish and other locales with a decimal comma saves so), else `,`.
 */
export function headerDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The line where the last quoted value that is never closed opens (csv-parse says only where the file ends). */
function unclosedQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let opened = 1;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') i++;
      else if (char === '"') quoted = false;
      else if (char === '\n') line++;
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      opened = line;
    }
    if (char === '\n') line++;
    fieldStart = char === delimiter || char === '\n' || char === '\r';
  }
  return opened;
}

/** A csv-parse error as a sentence saying what to fix, at its line. */
function syntaxProblem(error: CsvError, text: string, delimiter: string, file: string): LookupCsvProblem {
  const line = (error as CsvError & { lines?: number }).lines;
  const at = typeof line === 'number' && line > 0 ? { line } : {};
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        line: unclosedQuoteLine(text, delimiter),
        message: `a quoted value in ${file} is never closed: a closing " is missing`,
      };
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return {
        ...at,
        message:
          'a quote inside a quoted value must be written twice ("") and the value must end at its closing quote',
      };
    case 'CSV_MAX_RECORD_SIZE':
      return {
        ...at,
        message: `a row is too long: a lookup table has at most ${LOOKUP_MAX_COLUMNS} columns of at most ${CELL_MAX} characters`,
      };
    default:
      return { ...at, message: `${file} could not be read as CSV: ${error.message}` };
  }
}

interface CsvRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/**
 * Drop columns at the end with no name and no value in any row, in place: Excel writes them
 * (`code,lat,,`) when cells past the table were once formatted.
 */
function dropEmptyTrailingColumns(columns: string[], body: readonly CsvRecord[]): void {
  while (columns.length > 1 && columns.at(-1) === '') {
    const at = columns.length - 1;
    if (body.some(({ record }) => (record[at] ?? '').trim() !== '')) return;
    columns.pop();
    for (const { record } of body) if (record.length > at) record.length = at;
  }
}

/** The header's problems: names present, unique, within the caps. */
function headerProblems(columns: readonly string[]): LookupCsvProblem[] {
  const problems: LookupCsvProblem[] = [];
  if (columns.length > LOOKUP_MAX_COLUMNS)
    problems.push({
      line: 1,
      message: `the header has ${columns.length} columns; a lookup table has at most ${LOOKUP_MAX_COLUMNS}`,
    });
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    if (column === '') problems.push({ line: 1, message: `column ${i + 1} of the header has no name` });
    else if (seen.has(column))
      problems.push({
        line: 1,
        message: `column "${column}" appears twice in the header: give each column its own name`,
      });
    else if (column.length > 100)
      problems.push({ line: 1, message: `the name of column ${i + 1} is longer than 100 characters` });
    seen.add(column);
  });
  return problems;
}

/**
 * Read a lookup table from a CSV file (XLSForm form media, read by `pulldata()`): UTF-8 with or
 * without a byte order mark, CRLF or LF, quoted values holding commas or line breaks, comma or
 * semicolon delimited (told from the header line); lines with no value at all are skipped. The first line names
 * the columns. Anything else is refused with a located problem saying what to fix. Node only
 * (csv-parse's sync API reads a Buffer).
 * @example parseLookupCsv('EFEACODE,lat\n30010101,6.3\n', 'sampleList') // { table: { columns: ['EFEACODE', 'lat'], rows: [['30010101', '6.3']] } }
 */
export function parseLookupCsv(bytes: Uint8Array | string, name?: string): ParseLookupCsvResult {
  const file = fileLabel(name);
  const text = decode(bytes, file);
  if (typeof text !== 'string') return { errors: [text] };
  if (text.trim() === '')
    return { errors: [{ message: `${file} is empty: its first line names the columns` }] };
  const delimiter = headerDelimiter(text);
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      // a quote inside an unquoted value (`12" pipe`) is kept as written, as Excel reads it
      relax_quotes: true,
      skip_empty_lines: true,
      max_record_size: RECORD_MAX,
      // stop reading past the cap: the header, the most rows, and one more to say it is over
      to: LOOKUP_MAX_ROWS + 2,
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (error instanceof CsvError) return { errors: [syntaxProblem(error, text, delimiter, file)] };
    throw error;
  }
  const [header, ...body] = records.filter((r) => !isBlank(r.record));
  if (!header) return { errors: [{ message: `${file} has no header line naming its columns` }] };
  const columns = header.record.map((c) => c.trim());
  dropEmptyTrailingColumns(columns, body);
  const problems = headerProblems(columns);
  if (body.length > LOOKUP_MAX_ROWS)
    problems.push({
      message: `${file} has more than ${LOOKUP_MAX_ROWS} rows: a lookup table has at most ${LOOKUP_MAX_ROWS} rows`,
    });
  if (columns.length * body.length > LOOKUP_MAX_CELLS)
    problems.push({
      message: `${file} holds ${columns.length * body.length} values; a survey carries at most ${LOOKUP_MAX_CELLS} over all its lookup tables`,
    });
  for (const { record, info } of body.slice(0, LOOKUP_MAX_ROWS)) {
    if (problems.length >= 20) break;
    if (record.length !== columns.length)
      problems.push({
        line: info.lines,
        message: `this row has ${record.length} values but the header names ${columns.length} columns`,
      });
    else if (record.some((cell) => cell.length > CELL_MAX))
      problems.push({
        line: info.lines,
        message: `a value in this row is longer than ${CELL_MAX} characters`,
      });
  }
  if (problems.length > 0) return { errors: problems };
  const parsed = LookupTable.safeParse({ columns, rows: body.map((r) => r.record) });
  if (!parsed.success) return { errors: parsed.error.issues.map((issue) => ({ message: issue.message })) };
  return { table: parsed.data };
}

/** A value needs quotes when it holds a delimiter (`;` too, so the header's delimiter is told right), a quote or a line break. */
const NEEDS_QUOTES = /[",;\n\r]/;

function quoteField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A lookup table as a CSV file (UTF-8, comma delimited, CRLF, quoted only where it must be), the
 * form media an XLSForm tool expects beside the form; {@link parseLookupCsv} reads it back equal.
 * Cells are written as they are: they are values `pulldata()` must find unchanged.
 */
export function lookupCsv(table: LookupTable): string {
  const line = (cells: readonly string[]) => cells.map(quoteField).join(',');
  return [table.columns, ...table.rows].map((cells) => `${line(cells)}\r\n`).join('');
}

/** The lookup table name of a media file (`sampleList.csv` → `sampleList`), or undefined when it is no CSV name kolo takes. */
export function lookupNameOfFile(fileName: string): string | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const match = /^(.+)\.csv$/i.exec(base);
  if (!match?.[1]) return undefined;
  return LookupName.safeParse(match[1]).success ? match[1] : undefined;
}
