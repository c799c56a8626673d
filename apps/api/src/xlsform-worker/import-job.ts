import { parentPort } from 'node:worker_threads';
import { importXlsForm, XlsFormError } from '@kolo/xlsform';
import type { ImportJob, JobOutcome, WorkerMessage } from './job-outcome.ts';

/** Runs inside the worker thread: import one workbook and say how it went. */
async function run({ bytes, media }: ImportJob): Promise<JobOutcome> {
  try {
    return { ok: true, result: await importXlsForm(bytes, { media }) };
  } catch (error) {
    if (error instanceof XlsFormError)
      return { ok: false, code: error.code, message: error.message, notes: error.notes };
    return {
      ok: false,
      code: 'unreadable',
      message:
        'the workbook could not be read; it may be damaged: open it in a spreadsheet program, save it as .xlsx and try again',
      notes: [],
    };
  }
}

// one workbook at a time: the parent sends the next only after this one's answer
parentPort?.on('message', (job: ImportJob) => {
  void run(job).then((outcome) => parentPort?.postMessage(outcome));
});
// the libraries are loaded: the parent starts the reading clock now
parentPort?.postMessage('ready' satisfies WorkerMessage);
