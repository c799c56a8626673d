import { type CliIo, count } from './io.ts';

/** A progress line on standard error: redrawn in place on a terminal, every tenth otherwise. */
export interface Progress {
  update(done: number): void;
  /** Clear the redrawn line, if any. */
  end(): void;
}

const REDRAW_MS = 250;
/** Without a terminal, jobs smaller than this report only their result. */
const QUIET_BELOW = 100_000;

/** Report progress of `label` towards `total` (when known). */
export function progress(io: CliIo, label: string, total?: number): Progress {
  const tty = io.stderr.isTTY === true;
  const started = performance.now();
  let drawn = 0;
  let lastStep = 0;
  let shown = false;
  const line = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const share = total ? ` / ${count(total)} (${((done / total) * 100).toFixed(1)}%)` : '';
    return `${label}: ${count(done)}${share}, ${count(rate)}/s`;
  };
  return {
    update(done) {
      if (tty) {
        const now = performance.now();
        if (now - drawn < REDRAW_MS && done !== total) return;
        drawn = now;
        shown = true;
        io.stderr.write(`\r\x1b[2K${line(done)}`);
        return;
      }
      if (!total || total < QUIET_BELOW) return;
      const step = Math.floor((done / total) * 10);
      if (step > lastStep) {
        lastStep = step;
        io.stderr.write(`${line(done)}\n`);
      }
    },
    end() {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
