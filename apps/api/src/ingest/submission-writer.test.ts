import type { Db, NewSubmission, StoreOutcome } from '@kolo/db';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Each statement the writer sends: its size, and how to finish it. */
const store = vi.hoisted(() => ({
  groups: [] as number[],
  pending: [] as Array<() => void>,
}));

vi.mock('@kolo/db', () => ({
  storeSubmissions: (_db: unknown, submissions: readonly unknown[]) => {
    store.groups.push(submissions.length);
    return new Promise<StoreOutcome[]>((resolve) => {
      store.pending.push(() => resolve(submissions.map(() => 'created')));
    });
  },
}));

const { SubmissionWriter } = await import('./submission-writer.ts');

const folder = { kick: () => {} } as unknown as ConstructorParameters<typeof SubmissionWriter>[1];
const submissions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}` }) as unknown as NewSubmission);
/** Let setImmediate callbacks and promise continuations run. */
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('SubmissionWriter', () => {
  beforeEach(() => {
    store.groups.length = 0;
    store.pending.length = 0;
  });

  it('should store single submissions that arrive while a statement runs together in the next one', async () => {
    const writer = new SubmissionWriter({} as Db, folder);
    const written = [writer.write(submissions(1))];
    await turn();
    // two more requests, each on its own turn of the event loop, while the first statement runs
    written.push(writer.write(submissions(1)));
    await turn();
    written.push(writer.write(submissions(1)));
    await turn();
    expect(store.groups).toEqual([1]);
    store.pending.shift()?.();
    await turn();
    await turn();
    expect(store.groups).toEqual([1, 2]);
    store.pending.shift()?.();
    expect(await Promise.all(written)).toEqual([['created'], ['created'], ['created']]);
    await writer.idle();
  });

  it('should store large requests side by side, without waiting for each other', async () => {
    const writer = new SubmissionWriter({} as Db, folder);
    const written = [writer.write(submissions(500))];
    await turn();
    written.push(writer.write(submissions(500)));
    await turn();
    expect(store.groups).toEqual([500, 500]);
    for (const finish of store.pending.splice(0)) finish();
    expect((await Promise.all(written)).map((o) => o.length)).toEqual([500, 500]);
    await writer.idle();
  });
});
