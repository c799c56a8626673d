import { describe, expect, it } from 'vitest';
import { ImportSlots, ImportsBusyError } from './import-slots.ts';

/** A piece of work that finishes when told to. */
function gate() {
  let open = () => {};
  const done = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, done };
}

describe('ImportSlots', () => {
  it('should run at most `running` imports at once and start the waiting ones in order', async () => {
    const slots = new ImportSlots({ running: 2, waiting: 2 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) =>
      slots.run(async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(slots.load).toEqual({ active: 2, queued: 2 });
    gates[1]?.open();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(slots.load).toEqual({ active: 0, queued: 0 });
  });

  it('should refuse at once past the queue, saying when to retry, and free the slot of a failed import', async () => {
    const slots = new ImportSlots({ running: 1, waiting: 1, retryAfterSeconds: 7 });
    const first = gate();
    const running = slots.run(() => first.done);
    const waiting = slots.run(() => Promise.reject(new Error('damaged')));
    await expect(slots.run(async () => 'never')).rejects.toEqual(new ImportsBusyError(7));
    await expect(slots.run(async () => 'never')).rejects.toMatchObject({ retryAfterSeconds: 7 });
    first.open();
    await running;
    await expect(waiting).rejects.toThrow('damaged');
    expect(slots.load).toEqual({ active: 0, queued: 0 });
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
