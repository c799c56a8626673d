import type { XlsFormNoteCode } from './note-codes.ts';

/** One finding of an import: where it is in the workbook and what happened to it. */
export interface ConversionNote {
  /** The sheet's name as written in the workbook; empty for the file as a whole. */
  sheet: string;
  /** The 1-based row number as Excel shows it. */
  row?: number;
  /** The column's header text, e.g. `relevant`. */
  column?: string;
  /** `error`: something was dropped or could not be converted; `warning`: converted with a caveat. */
  severity: 'error' | 'warning';
  code: XlsFormNoteCode;
  message: string;
}

/** Where a note points: a sheet, and optionally a row and a column. */
export interface NotePlace {
  readonly sheet: string;
  readonly row?: number | undefined;
  readonly column?: string | undefined;
}

/** Collects the notes of one import in the order they are found. */
export class NoteList {
  readonly notes: ConversionNote[] = [];

  add(place: NotePlace, severity: ConversionNote['severity'], code: XlsFormNoteCode, message: string): void {
    const note: ConversionNote = { sheet: place.sheet, severity, code, message };
    if (place.row !== undefined) note.row = place.row;
    if (place.column !== undefined) note.column = place.column;
    this.notes.push(note);
  }

  error(place: NotePlace, code: XlsFormNoteCode, message: string): void {
    this.add(place, 'error', code, message);
  }

  warning(place: NotePlace, code: XlsFormNoteCode, message: string): void {
    this.add(place, 'warning', code, message);
  }
}

/** Why a workbook could not be imported at all (each one of the note codes). */
export type XlsFormErrorCode = Extract<
  XlsFormNoteCode,
  | 'empty_file'
  | 'not_xlsx'
  | 'old_xls'
  | 'too_large'
  | 'unreadable'
  | 'no_survey_sheet'
  | 'no_type_column'
  | 'no_name_column'
>;

/**
 * A workbook that cannot be imported at all (not an .xlsx, no `survey` sheet, ...); `notes`
 * says where and why, like the notes of a successful import.
 */
export class XlsFormError extends Error {
  override name = 'XlsFormError' as const;
  readonly code: XlsFormErrorCode;
  readonly notes: ConversionNote[];

  constructor(code: XlsFormErrorCode, message: string, place: NotePlace = { sheet: '' }, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    const notes = new NoteList();
    notes.error(place, code, message);
    this.notes = notes.notes;
  }
}
