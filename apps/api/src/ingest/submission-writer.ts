import { type Db, type NewSubmission, type StoreOutcome, storeSubmissions } from '@kolo/db';
import type { RollupFolder } from './rollup-folder.ts';

interface Pending {
  readonly submissions: readonly NewSubmission[];
  resolve(outcomes: StoreOutcome[]): void;
  reject(error: unknown): void;
}

/** Most submissions written in one transaction. */
const MAX_GROUP = 2000;

/**
 * Group commit for submissions: requests that arrive while a transaction is running are written
 * together in the next one, so concurrent single submissions share commits instead of paying one
 * each. A promise resolves only after its transaction committed, so an acknowledged submission is durable.
 */
export class SubmissionWriter {
  private queue: Pending[] = [];
  private running = false;
  private idleWaiters: Array<() => void> = [];

  /** `folder` counts what this writer stored into the rollups, after the acknowledgement. */
  constructor(
    private readonly db: Db,
    private readonly folder: RollupFolder,
  ) {}

  private store(submissions: readonly NewSubmission[]): Promise<StoreOutcome[]> {
    return storeSubmissions(this.db, submissions, { rollups: 'queued' }).finally(() => this.folder.kick());
  }

  write(submissions: readonly NewSubmission[]): Promise<StoreOutcome[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ submissions, resolve, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
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
          for (const p of group) {
            await this.store(p.submissions).then(p.resolve, p.reject);
          }
        }
      }
    }
    this.running = false;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Resolves when every submission handed to the writer so far is committed (or refused). */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
