import type { ConversionNote, FormMedia, XlsFormErrorCode, XlsFormImportResult } from '@kolo/xlsform';

/** What the parent sends the worker: a workbook and its form media (the CSV files `pulldata()` reads). */
export interface ImportJob {
  readonly bytes: Uint8Array;
  readonly media?: FormMedia | undefined;
}

/** What the import worker posts back: the import, or why the workbook could not be imported. */
export type JobOutcome =
  | { readonly ok: true; readonly result: XlsFormImportResult }
  | {
      readonly ok: false;
      readonly code: XlsFormErrorCode;
      readonly message: string;
      readonly notes: ConversionNote[];
    };

/** What the worker posts: `ready` once its libraries are loaded, then one outcome a workbook. */
export type WorkerMessage = 'ready' | JobOutcome;

/**
 * A workbook that cannot be imported, as the worker reported it (the `XlsFormError` of
 * @kolo/xlsform, rebuilt on this side without loading the spreadsheet library here).
 */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
  readonly code: XlsFormErrorCode;
  readonly notes: ConversionNote[];

  constructor(code: XlsFormErrorCode, message: string, notes?: ConversionNote[], cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.notes = notes ?? [{ sheet: '', severity: 'error', code, message }];
  }
}
