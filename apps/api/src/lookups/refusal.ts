/**
 * Why an uploaded lookup table was refused, as data the dashboard words in the reader's language:
 * `not_csv` a spreadsheet or other binary file, `not_utf8` text in another encoding, `empty` no
 * line at all, `csv_header` problems of the first line (names missing or repeated, too many
 * columns), `csv_rows` problems of rows (`lines` says which), `csv` the file as a whole (over the
 * rows or cells one table may hold, a quote never closed), `bad_name` a table name `pulldata()`
 * cannot use, `too_many_tables` and `too_many_cells` the caps of what travels to every phone with
 * the form (`cap`), `no_file` a multipart body without the file.
 */
export const LOOKUP_PROBLEMS = [
  'not_csv',
  'not_utf8',
  'empty',
  'csv_header',
  'csv_rows',
  'csv',
  'bad_name',
  'too_many_tables',
  'too_many_cells',
  'no_file',
] as const;
export type LookupProblem = (typeof LOOKUP_PROBLEMS)[number];

/** One located problem of a CSV file (1-based line), as the CSV reader of @kolo/xlsform gives it. */
export interface LookupLineProblem {
  readonly line?: number | undefined;
  readonly message: string;
}

/** An upload the lookup routes refuse with 422, saying what to fix (bytes over the body limit are a 413 before this). */
export class LookupRefusedError extends Error {
  override readonly name = 'LookupRefusedError';
  constructor(
    readonly problem: LookupProblem,
    message: string,
    readonly details: { cap?: number; cells?: number; lines?: readonly LookupLineProblem[] } = {},
  ) {
    super(message);
  }
}
