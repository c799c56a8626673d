import { describeError } from '../errors.ts';

/** What the client's stream ends with when an export stops: no statement, parameter or stack. */
export class ExportStoppedError extends Error {
  override readonly name = 'ExportStoppedError';
  readonly code = 'export_stopped';
  constructor() {
    super('the export stopped before its end; ask for it again');
  }
}

export interface GuardExportOptions {
  /** The project's logger line for errors. */
  readonly log: (message: string) => void;
  /** What is exported, for the log line (a survey id, never a filter value). */
  readonly what: string;
  /**
   * Ends the connection without an error object, when the server gives one (node's `outgoing`):
   * @hono/node-server prints any error a response stream ends with in full (a failed query's SQL,
   * parameters and stack) with console.error, outside kolo's logger.
   */
  readonly abort?: (() => void) | undefined;
}

/**
 * A response stream that logs its source's failure the project's way (a database error by its
 * SQLSTATE only, see `describeError`) and then cuts the connection, so the client sees a broken
 * download, never a short file that looks complete, and nothing else is printed.
 */
export function guardExport(
  source: ReadableStream<Uint8Array>,
  options: GuardExportOptions,
): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let failed = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        // after a failure the connection is being cut; its cancel ends this stream
        if (failed) return new Promise<void>(() => undefined);
        let result: Awaited<ReturnType<typeof reader.read>>;
        try {
          result = await reader.read();
        } catch (error) {
          failed = true;
          options.log(
            `export of ${options.what} stopped: ${describeError(error instanceof Error ? error : new Error(String(error)))}`,
          );
          if (options.abort) options.abort();
          else controller.error(new ExportStoppedError());
          return;
        }
        if (result.done) controller.close();
        else controller.enqueue(result.value);
      },
      async cancel(reason) {
        await reader.cancel(reason).catch(() => undefined);
      },
    },
    // the source holds the buffer (see write-export.ts); this one only passes chunks on
    { highWaterMark: 0 },
  );
}
