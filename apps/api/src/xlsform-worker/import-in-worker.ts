import { Worker } from 'node:worker_threads';
import type { FormMedia, XlsFormImportResult } from '@kolo/xlsform';
import { ImportsBusyError } from './import-slots.ts';
import { type ImportJob, ImportRefusedError, type JobOutcome, type WorkerMessage } from './job-outcome.ts';

/** How long and how much memory one import may take before its thread is stopped. */
export interface WorkerImportOptions {
  /**
   * Milliseconds of reading (after the worker has loaded its libraries) before it is terminated;
   * default 20 s (the largest real form reads in under 2 s).
   */
  readonly timeoutMs?: number;
  /** The worker's JavaScript heap limit in MB; default 256 (the largest real form needs under 96). */
  readonly memoryMb?: number;
  /** The form media sent with the workbook, by file name: the CSV files `pulldata()` reads. */
  readonly media?: FormMedia;
}

export const DEFAULT_IMPORT_TIMEOUT_MS = 20_000;
export const DEFAULT_IMPORT_MEMORY_MB = 256;
/** Named by the API's build (apps/api/scripts/build.mjs): the compiled worker beside the bundle. */
declare const KOLO_BUILT_XLSFORM_WORKER: string | undefined;
/** The worker's script: compiled in the built server, else the entry that loads the TypeScript sources. */
const ENTRY =
  typeof KOLO_BUILT_XLSFORM_WORKER === 'string'
    ? new URL(KOLO_BUILT_XLSFORM_WORKER, import.meta.url)
    : new URL('./worker-entry.mjs', import.meta.url);
/** Idle workers kept warm (starting one loads the spreadsheet library: seconds on a busy server). */
const MAX_IDLE = 1;
const IDLE_MS = 60_000;
/** How long a new worker may take to load its libraries (seconds on a busy server). */
const STARTUP_TIMEOUT_MS = 60_000;
const FIX = 'a form reads in a second or two: remove pictures, unused sheets and extra rows and try again';
const DAMAGED =
  'the workbook could not be read; it may be damaged: open it in a spreadsheet program, save it as .xlsx and try again';

interface Idle {
  readonly worker: Worker;
  readonly memoryMb: number;
  readonly timer: ReturnType<typeof setTimeout>;
  readonly onExit: () => void;
}

const idle: Idle[] = [];
/** Workers that said they have loaded their libraries. */
const ready = new WeakSet<Worker>();
let busy = 0;

/** Import threads working now and kept idle now (for tests and monitoring). */
export const importWorkerCounts = (): { busy: number; idle: number } => ({ busy, idle: idle.length });

function startWorker(memoryMb: number): Worker {
  return new Worker(ENTRY, {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32 },
    // the entry registers its own TypeScript loader; the parent's flags are not needed
    execArgv: [],
    stdout: false,
    stderr: false,
  });
}

function takeWorker(memoryMb: number): Worker {
  const at = idle.findIndex((entry) => entry.memoryMb === memoryMb);
  const found = at < 0 ? undefined : idle.splice(at, 1)[0];
  if (!found) return startWorker(memoryMb);
  clearTimeout(found.timer);
  found.worker.off('exit', found.onExit).ref();
  return found.worker;
}

/** Keep a worker that finished cleanly for the next import; an idle one holds no process open. */
function keepWorker(worker: Worker, memoryMb: number): void {
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  const drop = () => {
    const at = idle.indexOf(entry);
    if (at >= 0) idle.splice(at, 1);
  };
  const entry: Idle = {
    worker,
    memoryMb,
    timer: setTimeout(() => {
      drop();
      void worker.terminate();
    }, IDLE_MS).unref(),
    onExit: drop,
  };
  worker.once('exit', drop);
  idle.push(entry);
}

const outcomeError = (outcome: Extract<JobOutcome, { ok: false }>) =>
  new ImportRefusedError(outcome.code, outcome.message, outcome.notes);

/**
 * Import an XLSForm workbook in a worker thread with a heap limit, terminated past the timeout,
 * so a hostile or huge workbook costs one bounded thread and never stalls the server's other
 * requests. Rejects with an {@link ImportRefusedError} (the worker's `XlsFormError`, or a
 * timeout or memory refusal), or {@link ImportsBusyError} when a new worker cannot even start
 * in a minute; it settles after a stopped thread is gone.
 * @example const { definition, notes } = await importInWorker(bytes, { timeoutMs: 20_000 });
 */
export function importInWorker(
  bytes: Uint8Array,
  options: WorkerImportOptions = {},
): Promise<XlsFormImportResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
  const memoryMb = options.memoryMb ?? DEFAULT_IMPORT_MEMORY_MB;
  const worker = takeWorker(memoryMb);
  busy += 1;
  return new Promise<XlsFormImportResult>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (keep: boolean, settle: () => void) => {
      if (settled) return;
      settled = true;
      busy -= 1;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (keep) {
        keepWorker(worker, memoryMb);
        settle();
      } else void worker.terminate().then(settle, settle);
    };
    const refuse = (keep: boolean, error: ImportRefusedError) => finish(keep, () => reject(error));
    /** The reading clock starts once the worker has its libraries loaded, not while a thread starts. */
    const startReading = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () =>
          refuse(
            false,
            new ImportRefusedError(
              'too_large',
              `reading the workbook took over ${Math.max(1, Math.round(timeoutMs / 1000))} s, so it was stopped; ${FIX}`,
            ),
          ),
        timeoutMs,
      );
    };
    const onMessage = (message: WorkerMessage) => {
      if (message === 'ready') {
        ready.add(worker);
        startReading();
      } else if (message.ok) finish(true, () => resolve(message.result));
      else refuse(true, outcomeError(message));
    };
    const onError = (error: Error & { code?: string }) =>
      refuse(
        false,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportRefusedError(
              'too_large',
              `reading the workbook needed more than ${memoryMb} MB of memory, so it was stopped; ${FIX}`,
            )
          : new ImportRefusedError('unreadable', DAMAGED, undefined, error),
      );
    const onExit = () => refuse(false, new ImportRefusedError('unreadable', DAMAGED));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    if (ready.has(worker)) startReading();
    else
      timer = setTimeout(
        // not the workbook's fault: the machine is too busy to start a reader
        () => finish(false, () => reject(new ImportsBusyError(60))),
        STARTUP_TIMEOUT_MS,
      );
    // copies the worker owns, moved rather than cloned: the upload's buffers may hold other data
    const own = new Uint8Array(bytes);
    const media = Object.fromEntries(
      Object.entries(options.media ?? {}).map(([name, file]) => [name, new Uint8Array(file)]),
    );
    const job: ImportJob = { bytes: own, media };
    worker.postMessage(job, [own.buffer, ...Object.values(media).map((file) => file.buffer)]);
  });
}
