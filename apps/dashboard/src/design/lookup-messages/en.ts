import type { LookupProblem } from '@kolo/api';

/** The builder's lookup tables panel in English: the reference the other languages are typed against. */
export const en = {
  tab: 'Lookup tables',
  title: 'Lookup tables',
  intro:
    'Tables the form looks values up in with pulldata(), such as a list of areas with their coordinates: the CSV files an XLSForm carries as form media.',
  warning:
    'Each table is sent to every monitor’s phone with the form, so it must not contain anything about respondents.',
  none: 'The form reads no lookup table and none is attached.',
  status: {
    attached: 'Attached. Rows: {{rows}}, columns: {{columns}}.',
    missing: 'Missing: the survey cannot be published until this table is attached.',
    unused: 'Attached, but no question reads it.',
  },
  columns: 'Columns: {{columns}}',
  columnsRead: 'Columns the form reads: {{columns}}',
  columnsMissing: 'Columns the form reads that the table lacks: {{columns}}',
  fileHint:
    'A CSV file saved as UTF-8, its first line naming the columns; at most {{rows}} rows and {{columns}} columns.',
  upload: 'Upload {{file}}',
  replace: 'Replace {{file}}',
  attachOther: 'Attach another table (its file name becomes the table’s name)',
  download: 'Download {{file}}',
  remove: 'Remove {{file}}',
  removeConfirm:
    'Remove {{file}} from the draft? Questions that read it will stay empty until it is attached again.',
  removeYes: 'Remove the table',
  cancel: 'Cancel',
  working: 'Working…',
  attached: '{{file}} attached.',
  replaced: '{{file}} replaced.',
  removed: '{{file}} removed.',
  saveFirst: 'The draft could not be saved, so the table was not sent. Try again.',
  downloadFailed: 'The table could not be downloaded. Check your connection and try again.',
  lines: 'Lines: {{lines}}',
  refused: {
    not_csv:
      'This is not a CSV file. Open it in a spreadsheet program and save it as “CSV UTF-8 (comma delimited)”.',
    not_utf8:
      'The file is not saved as UTF-8, so its letters would be garbled. Save it as “CSV UTF-8 (comma delimited)”.',
    empty: 'The file is empty. Its first line must name the columns.',
    csv_header: 'The first line must name each column once, with at most {{columns}} columns.',
    csv_rows:
      'Some rows do not fit the first line: each row needs one value for each column, of at most 1,000 characters.',
    csv: 'The file cannot be read as a table. Check that every quote is closed and that it has at most {{rows}} rows.',
    bad_name:
      'A table’s name starts with a letter and holds only letters, digits, _ and -. Rename the file, for example to sampleList.csv.',
    too_many_tables: 'A survey carries at most {{cap}} lookup tables. Remove one first.',
    too_many_cells:
      'Together the tables would hold more than {{cap}} values, too much to send to phones. Make the tables smaller.',
    no_file: 'Choose a CSV file first.',
  } satisfies Record<LookupProblem, string>,
  importMedia: 'Form media: the CSV files the form reads (optional)',
  importMediaHint:
    'Files such as sampleList.csv that the form’s pulldata() calls read; they can also be attached later in the builder’s Lookup tables view.',
  tooLarge: 'The file is too large to upload. A lookup table holds at most {{rows}} rows.',
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The lookup tables panel's strings, one language. */
export type LookupMessages = Strings<typeof en>;
