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
 * How long writes must pause before what they queued is counted, when nobody reads the rollups: a
 * fold costs about the same for one request's submissions as for thousands (its cost is the rollup
 * keys it writes), so while writes keep coming, folds are put off to count many at once. A reader
 * does not wait for it ({@link RollupFolder.settle}).
 */
const FOLD_DELAY_MS = 250;
/**
 * A background fold starts no sooner than this many times the last fold's length after it ended, so
 * folding takes at most a fifth of the database's time even when writes pause often: with three
 * declared disaggregation questions each fold rewrites tens of thousands of rollup keys, and
 * folding back to back took half of PostgreSQL's time during a burst.
 */
const FOLD_SPACING = 4;
/**
 * The longest a background fold is put off, however long the last one took and however long writes
 * keep coming: under sustained writes one fold counts ten seconds of them. With single submissions
 * arriving without pause, folds spaced only by four of their lengths cost PostgreSQL three times
 * what storing the submissions did (each rewrote about 34,000 keys for some 1,100 submissions). It
 * also bounds what a reader's {@link RollupFolder.settle} may have to count first.
 */
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
  /** The first and the latest kick since the current or last pass started (`Date.now()`), or null. */
  private kicks: { first: number; last: number } | null = null;

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
   * Submissions were queued: count them once writes pause for {@link FOLD_DELAY_MS}, or at the
   * latest {@link MAX_FOLD_DELAY_MS} after the first of them; after a long fold, later (see
   * {@link FOLD_SPACING}). Constant work per call: a pending timer is moved only when it fires.
   */
  kick(): void {
    const now = Date.now();
    this.dirty = true;
    this.kicks = { first: this.kicks?.first ?? now, last: now };
    if (!this.running && !this.timer) this.schedule();
  }

  /** When the next background fold is due, from the kicks since the last pass and that pass. */
  private due(): number {
    const spaced = this.lastPass.end + Math.min(MAX_FOLD_DELAY_MS, FOLD_SPACING * this.lastPass.took);
    const kicks = this.kicks ?? { first: Date.now(), last: Date.now() };
    return Math.max(spaced, Math.min(kicks.last + FOLD_DELAY_MS, kicks.first + MAX_FOLD_DELAY_MS));
  }

  /** Arm the timer for the next background fold; one that fires early (more kicks came) waits on. */
  private schedule(): void {
    this.timer = setTimeout(
      () => {
        this.timer = null;
        // a reader started a pass meanwhile: it reschedules when it ends, if anything came
        if (this.running) return;
        if (this.due() <= Date.now()) this.start();
        else this.schedule();
      },
      Math.max(this.due() - Date.now(), 0),
    );
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
        this.kicks = null;
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
      if (this.dirty && !this.timer) this.schedule();
    }
  }
}
