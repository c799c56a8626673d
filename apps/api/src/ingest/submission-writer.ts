import { type Db, type NewSubmission, type StoreOutcome, storeSubmissions } from '@kolo/db';
import type { RollupFolder } from './rollup-folder.ts';

interface Pending {
  readonly submissions: readonly NewSubmission[];
  resolve(outcomes: StoreOutcome[]): void;
  reject(error: unknown): void;
}

/** Most submissions written in one statement group. */
const MAX_GROUP = 2000;
/**
 * Groups written at once: while one group's statement runs on one connection, the next is already
 * on another, so large requests do not queue behind a single round trip.
 */
const IN_FLIGHT = 3;
/**
 * Submissions that must be waiting before a group starts beside one already being stored. Fewer
 * wait for the running statement and go together in the next: a statement's fixed cost (a round
 * trip, the executor, the sign-in check, the commit) is most of what a few rows cost (PostgreSQL's
 * time per stored submission, loaded machine: 0.19-0.29 ms alone, 0.11-0.16 ms in fours, 0.09-0.15
 * ms in eights), so single submissions from many devices go in fewer, larger statements rather than
 * three small ones side by side. A batch request (up to 500) still starts at once.
 */
const SIDE_BY_SIDE = 100;

/**
 * Group commit for submissions: requests that arrive while the writer is busy are written together
 * in the next group, so concurrent single submissions share statements instead of paying one each.
 * A promise resolves only after its rows (and their rollup queue entries) are committed, so an
 * acknowledged submission is durable.
 */
export class SubmissionWriter {
  private queue: Pending[] = [];
  /** Submissions in {@link queue}. */
  private queued = 0;
  private inFlight = 0;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  /** `folder` counts what this writer stored into the rollups, after the acknowledgement. */
  constructor(
    private readonly db: Db,
    private readonly folder: RollupFolder,
  ) {}

  write(submissions: readonly NewSubmission[]): Promise<StoreOutcome[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ submissions, resolve, reject });
      this.queued += submissions.length;
      this.schedule();
    });
  }

  /** Resolves when every submission handed to the writer so far is committed (or refused). */
  idle(): Promise<void> {
    if (this.inFlight === 0 && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private store(submissions: readonly NewSubmission[]): Promise<StoreOutcome[]> {
    return storeSubmissions(this.db, submissions, { rollups: 'queued' }).finally(() => this.folder.kick());
  }

  /** Whether a group may start now: none is being stored, or enough wait to go beside the others. */
  private mayStart(): boolean {
    if (this.queue.length === 0) return false;
    return this.inFlight === 0 || (this.inFlight < IN_FLIGHT && this.queued >= SIDE_BY_SIDE);
  }

  /** Start groups on the next turn of the event loop, so requests parsed meanwhile join them. */
  private schedule(): void {
    if (this.scheduled || !this.mayStart()) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      while (this.mayStart()) void this.writeGroup(this.takeGroup());
    });
  }

  private takeGroup(): Pending[] {
    const group: Pending[] = [];
    let size = 0;
    while (
      this.queue.length > 0 &&
      (group.length === 0 || size + (this.queue[0]?.submissions.length ?? 0) <= MAX_GROUP)
    ) {
      const next = this.queue.shift() as Pending;
      group.push(next);
      size += next.submissions.length;
    }
    this.queued -= size;
    return group;
  }

  private async writeGroup(group: Pending[]): Promise<void> {
    this.inFlight += 1;
    try {
      const outcomes = await this.store(group.flatMap((p) => p.submissions));
      let offset = 0;
      for (const p of group) {
        p.resolve(outcomes.slice(offset, offset + p.submissions.length));
        offset += p.submissions.length;
      }
    } catch (error) {
      if (group.length === 1) group[0]?.reject(error);
      else {
        // one bad request must not fail the others: retry each on its own
        for (const p of group) await this.store(p.submissions).then(p.resolve, p.reject);
      }
    } finally {
      this.inFlight -= 1;
      if (this.queue.length > 0) this.schedule();
      else if (this.inFlight === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }
}
