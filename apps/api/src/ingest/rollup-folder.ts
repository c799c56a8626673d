import { type Db, foldQueuedRollups } from '@kolo/db';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** Most queued submissions counted in one transaction. */
const FOLD_LIMIT = 5000;
/** Wait before trying again after a failed fold (database restarting, connection dropped). */
const RETRY_MS = 1000;

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
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  /** Submissions were queued: count them soon. */
  kick(): void {
    this.dirty = true;
    if (!this.running) this.running = this.loop();
  }

  /** Resolves once everything queued before the call is counted (at once when nothing is queued). */
  settle(): Promise<void> {
    if (!this.dirty && !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.kick();
    });
  }

  /** Stop retrying (the database is closing); a pass in progress finishes first. */
  async close(): Promise<void> {
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.running;
  }

  private async loop(): Promise<void> {
    try {
      while (this.dirty || this.waiting.length > 0) {
        this.dirty = false;
        const waiting = this.waiting.splice(0);
        try {
          while ((await foldQueuedRollups(this.db, FOLD_LIMIT)) === FOLD_LIMIT) {}
        } catch (error) {
          // results may lag until the database is back; the queue keeps every submission
          this.log.error(`counting submissions into the rollups failed: ${describeError(error as Error)}`);
          for (const resolve of waiting) resolve();
          this.retry = setTimeout(() => {
            this.retry = null;
            this.kick();
          }, RETRY_MS);
          this.retry.unref();
          return;
        }
        for (const resolve of waiting) resolve();
      }
    } finally {
      this.running = null;
    }
  }
}
