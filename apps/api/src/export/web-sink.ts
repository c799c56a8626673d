/** What a sink's `push` rejects with once the client has gone: the writer stops there. */
export class ClientLeftError extends Error {
  override readonly name = 'ClientLeftError';
  constructor() {
    super('the client stopped reading the export');
  }
}

export interface WebSink {
  /** The stream the client reads. */
  readonly readable: ReadableStream<Uint8Array>;
  /** Hand bytes to the client; resolves once fewer than `bufferedBytes` wait for it. */
  push(bytes: Uint8Array): Promise<void>;
  /** The export is complete. */
  close(): void;
  /** Error the stream, which cuts the download. */
  fail(error: unknown): void;
}

/**
 * A web stream fed by `push`, which waits while `bufferedBytes` or more wait for the client: a slow
 * client holds the writer back instead of growing this process's memory. `onCancel` runs when the
 * client leaves.
 */
export function webSink(bufferedBytes: number, onCancel: () => void): WebSink {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let ended = false;
  const readable = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        const resume = waiting;
        waiting = undefined;
        resume?.resolve();
      },
      cancel() {
        ended = true;
        const stopped = waiting;
        waiting = undefined;
        stopped?.reject(new ClientLeftError());
        onCancel();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: bufferedBytes }),
  );
  return {
    readable,
    push(bytes) {
      if (ended) return Promise.reject(new ClientLeftError());
      controller.enqueue(bytes);
      if ((controller.desiredSize ?? 0) > 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    close() {
      if (ended) return;
      ended = true;
      controller.close();
    },
    fail(error) {
      if (ended) return;
      ended = true;
      const stopped = waiting;
      waiting = undefined;
      stopped?.reject(new ClientLeftError());
      controller.error(error);
    },
  };
}
