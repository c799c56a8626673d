export { exportDraftXlsForm } from './export-draft.ts';
export type { DraftProblem, ExportOptions } from './export-xlsform.ts';
export { exportXlsForm } from './export-xlsform.ts';
export type { XlsFormImportResult } from './import-xlsform.ts';
export { importXlsForm } from './import-xlsform.ts';
export { XLSFORM_NOTE_CODES, type XlsFormNoteCode } from './note-codes.ts';
export type { ConversionNote, XlsFormErrorCode } from './notes.ts';
export { XlsFormError } from './notes.ts';
