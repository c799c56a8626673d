import { type Db, foldQueuedRollups } from '@kolo/db';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** Most queued submissions counted in one transaction. */
const FOLD_LIMIT = 5000;
/** Wait before trying again after a failed fold (database restarting, connection dropped). */
const RETRY_MS = 1000;
/**
 * How long queued submissions wait to be counted when nobody reads the rollups: a fold of one
 * request's submissions costs nearly as much as a fold of hundreds, so under load folds are spaced
 * out to count many at once. A reader does not wait for it ({@link RollupFolder.settle}).
 */
const FOLD_DELAY_MS = 250;

/**
 * Counts acknowledged submissions into the rollups in the background. The writer stores a
 * submission with a `rollup_queue` entry and calls {@link kick}; one fold at a time then counts
 * everything queued so far, so under load each rollup key is updated once per fold rather than once
 * per request. Anything that reads the rollups calls {@link settle} first, so results always
 * include every submission acknowledged before the read.
 */
export class RollupFolder {
  private running: Promise<void> | null = null;
  /** Submissions were queued since the current pass started. */
  private dirty = true;
  /** Readers waiting for a pass that starts after they asked. */
  private waiting: Array<() => void> = [];
  /** A pending fold: after a delay, or a retry after a failure. */
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** Submissions were queued: count them soon, with others queued meanwhile. */
  kick(): void {
    this.dirty = true;
    if (this.running || this.timer) return;
    this.timer = setTimeout(() => this.start(), FOLD_DELAY_MS);
    this.timer.unref();
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.running) this.running = this.loop();
  }

  /** Resolves once everything queued before the call is counted (at once when nothing is queued). */
  settle(): Promise<void> {
    if (!this.dirty && !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.start();
    });
  }

  /** Stop retrying (the database is closing); a pass in progress finishes first. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.dirty = false;
        const waiting = this.waiting.splice(0);
        try {
          while ((await foldQueuedRollups(this.db, FOLD_LIMIT)) === FOLD_LIMIT) {}
        } catch (error) {
          // results may lag until the database is back; the queue keeps every submission
          this.log.error(`counting submissions into the rollups failed: ${describeError(error as Error)}`);
          for (const resolve of waiting) resolve();
          this.timer = setTimeout(() => this.start(), RETRY_MS);
          this.timer.unref();
          return;
        }
        for (const resolve of waiting) resolve();
      } while (this.waiting.length > 0);
    } finally {
      this.running = null;
      // submissions queued during the pass wait for the next one, with whatever comes meanwhile
      if (this.dirty) this.kick();
    }
  }
}
