export type { WorkerImportOptions } from './import-in-worker.ts';
export {
  DEFAULT_IMPORT_MEMORY_MB,
  DEFAULT_IMPORT_TIMEOUT_MS,
  importInWorker,
  importWorkerCounts,
} from './import-in-worker.ts';
export type { ImportSlotsOptions } from './import-slots.ts';
export { ImportSlots, ImportsBusyError } from './import-slots.ts';
export { ImportRefusedError } from './job-outcome.ts';
