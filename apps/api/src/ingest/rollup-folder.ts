import { type Db, foldQueuedRollups, resultRows, syncDisaggregations } from '@kolo/db';
import { sql } from 'drizzle-orm';
import { describeError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/**
 * Most queued submissions counted in one transaction (read 5,000 at a time, see
 * `foldQueuedRollups`): a fold's cost is mostly the rollup keys it writes, about the same for a
 * hundred submissions as for tens of thousands, so a backlog is counted in one fold, not ten.
 */
const FOLD_LIMIT = 50_000;
/** Wait before trying again after a failed fold (database restarting, connection dropped). */
const RETRY_MS = 1000;
/**
 * How long queued submissions wait to be counted when nobody reads the rollups: a fold of one
 * request's submissions costs nearly as much as a fold of hundreds, so folds are put off to count
 * many at once. A reader does not wait for it ({@link RollupFolder.settle}).
 */
const FOLD_DELAY_MS = 250;
/**
 * Under sustained writes, a background fold starts no sooner than this many times the last fold's
 * length after it ended, so folding takes at most a fifth of the database's time and the rest goes
 * to storing submissions: with three declared disaggregation questions each fold rewrites about
 * 64,000 rollup keys, and folding back to back took half of PostgreSQL's time during a burst.
 */
const FOLD_SPACING = 4;
/** The longest a background fold is put off, however long the last one took. */
const MAX_FOLD_DELAY_MS = 10_000;
/**
 * With several processes on one PostgreSQL, how often each looks for submissions queued by another
 * (one that died before counting them, or one nobody reads through).
 */
const SWEEP_MS = 5000;
/**
 * The transaction-level advisory lock every fold on PostgreSQL holds: folds from all processes run
 * one after another (they update the same rollup rows, so in parallel they would only wait on each
 * other's row locks or deadlock), and a reader's fold waits for one in progress elsewhere.
 */
const FOLD_LOCK = 7_301_020_013;

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
  /** When the last pass ended and how long it took (ms, `Date.now()`), to space out the next. */
  private lastPass = { end: 0, took: 0 };

  /** Looks for submissions other processes queued (`shared` only). */
  private readonly sweep: NodeJS.Timeout | null = null;

  /**
   * `shared`: other API processes write to the same PostgreSQL database, so a reader cannot know
   * from this process alone whether anything is queued, and folds take {@link FOLD_LOCK}.
   */
  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly options: { readonly shared?: boolean } = {},
  ) {
    if (options.shared) {
      this.sweep = setInterval(() => this.kick(), SWEEP_MS);
      this.sweep.unref();
    }
  }

  /**
   * Submissions were queued: count them soon, with others queued meanwhile; after a long fold,
   * later (see {@link FOLD_SPACING}).
   */
  kick(): void {
    this.dirty = true;
    if (this.running || this.timer) return;
    const spaced = this.lastPass.end + Math.min(MAX_FOLD_DELAY_MS, FOLD_SPACING * this.lastPass.took);
    this.timer = setTimeout(() => this.start(), Math.max(FOLD_DELAY_MS, spaced - Date.now()));
    this.timer.unref();
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.running) this.running = this.loop();
  }

  /**
   * Resolves once everything queued before the call is counted (at once when nothing is queued),
   * by any process: with `shared`, submissions another process acknowledged are counted here, and
   * a fold another process has in progress is waited for (its lock).
   */
  async settle(): Promise<void> {
    if (!this.dirty && !this.running && !(this.options.shared && (await this.queued()))) return;
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.start();
    });
  }

  /** Stop retrying (the database is closing); a pass in progress finishes first. */
  async close(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Whether any submission waits in the queue (one being folded elsewhere counts until that fold commits). */
  private async queued(): Promise<boolean> {
    const [row] = resultRows<{ queued: boolean }>(
      await this.db.execute(sql`select exists (select 1 from rollup_queue) as queued`),
    );
    return row?.queued === true;
  }

  /** One fold; with `shared`, after any fold in progress in another process has committed. */
  private fold(): Promise<number> {
    if (!this.options.shared) return foldQueuedRollups(this.db, FOLD_LIMIT);
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${FOLD_LOCK})`);
      return foldQueuedRollups(tx as unknown as Db, FOLD_LIMIT);
    });
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.dirty = false;
        const waiting = this.waiting.splice(0);
        const started = Date.now();
        try {
          // a newly published declaration of a disaggregation question is backfilled first (one cheap query otherwise)
          await syncDisaggregations(this.db);
          while ((await this.fold()) === FOLD_LIMIT) {}
          this.lastPass = { end: Date.now(), took: Date.now() - started };
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
