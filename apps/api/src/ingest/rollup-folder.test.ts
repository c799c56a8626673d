import type { Db } from '@kolo/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Each fold takes this long (fake time), as a fold of a burst with declared questions does. */
const FOLD_MS = 1000;

const fold = vi.hoisted(() => ({ calls: [] as number[], limits: [] as number[] }));

vi.mock('@kolo/db', () => ({
  syncDisaggregations: async () => 0,
  resultRows: (result: unknown) => result,
  foldQueuedRollups: async (_db: unknown, limit: number) => {
    fold.calls.push(Date.now());
    fold.limits.push(limit);
    await new Promise((resolve) => setTimeout(resolve, FOLD_MS));
    return 1;
  },
}));

const { RollupFolder } = await import('./rollup-folder.ts');

const quiet = { error: () => {}, info: () => {}, debug: () => {} };

describe('RollupFolder', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    fold.calls.length = 0;
    fold.limits.length = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should space background folds by several times the last fold, so writes get most of the database', async () => {
    const folder = new RollupFolder({} as Db, quiet);
    folder.kick();
    await vi.advanceTimersByTimeAsync(250);
    expect(fold.calls).toEqual([250]);
    // the fold ends at 1,250; submissions keep coming
    await vi.advanceTimersByTimeAsync(FOLD_MS + 50);
    folder.kick();
    // not before four fold lengths after the last one ended
    await vi.advanceTimersByTimeAsync(3500);
    expect(fold.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(600);
    expect(fold.calls).toEqual([250, 1250 + 4 * FOLD_MS]);
    await vi.advanceTimersByTimeAsync(FOLD_MS);
    await folder.close();
  });

  it('should put off background folds while writes keep coming, for at most 10 s, and fold soon after they pause', async () => {
    const folder = new RollupFolder({} as Db, quiet);
    // a write every 100 ms for 12 s: each fold counts ten seconds of writes, not a quarter second's
    for (let t = 0; t < 12_000; t += 100) {
      folder.kick();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(fold.calls).toEqual([10_000]);
    // the writes stop at 11,900; the fold that ended at 11,000 still spaces the next by four of its lengths
    await vi.advanceTimersByTimeAsync(3000);
    expect(fold.calls).toEqual([10_000, 15_000]);
    // once writes are quiet, one more write is counted 250 ms after it
    await vi.advanceTimersByTimeAsync(FOLD_MS + 20_000);
    folder.kick();
    await vi.advanceTimersByTimeAsync(300);
    expect(fold.calls).toEqual([10_000, 15_000, 36_250]);
    await vi.advanceTimersByTimeAsync(FOLD_MS);
    await folder.close();
  });

  it('should fold at once for a reader, however recently the last fold ran', async () => {
    const folder = new RollupFolder({} as Db, quiet);
    folder.kick();
    await vi.advanceTimersByTimeAsync(250 + FOLD_MS);
    folder.kick();
    const settled = folder.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(fold.calls).toEqual([250, 250 + FOLD_MS]);
    await vi.advanceTimersByTimeAsync(FOLD_MS);
    await settled;
    await folder.close();
  });

  it('should count a backlog of tens of thousands in one fold', async () => {
    const folder = new RollupFolder({} as Db, quiet);
    const settled = folder.settle();
    await vi.advanceTimersByTimeAsync(FOLD_MS);
    await settled;
    expect(fold.limits[0]).toBeGreaterThanOrEqual(50_000);
    await folder.close();
  });
});
