import { Writable } from 'node:stream';

/**
 * A node Writable that hands what it is given to a web stream and takes more only when the
 * client has drained the stream below `bufferedBytes`.
 */
export function webSink(
  bufferedBytes: number,
  onCancel: () => void,
): {
  sink: Writable;
  readable: ReadableStream<Uint8Array>;
  fail: (error: unknown) => void;
} {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let waiting: (() => void) | undefined;
  let ended = false;
  const readable = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
      },
      pull() {
        const resume = waiting;
        waiting = undefined;
        resume?.();
      },
      cancel() {
        ended = true;
        onCancel();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: bufferedBytes }),
  );
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (ended) return callback();
      controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if ((controller.desiredSize ?? 0) > 0) callback();
      else waiting = () => callback();
    },
    final(callback) {
      if (!ended) controller.close();
      ended = true;
      callback();
    },
  });
  const fail = (error: unknown) => {
    if (ended) return;
    ended = true;
    controller.error(error);
  };
  sink.on('error', fail);
  return { sink, readable, fail };
}
