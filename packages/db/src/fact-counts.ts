import type { Fact } from './facts.ts';

/**
 * The distinct facts (question and value) met by a fold, numbered in the order first met, so the
 * tallies key their counts by a small number instead of building and hashing a `question|value`
 * string per fact. A submission's numbers are worked out once, whichever tallies count it.
 */
export class FactNumbers {
  private readonly byQuestion = new Map<string, Map<string, number>>();
  private readonly known = new WeakMap<readonly Fact[], Int32Array>();
  /** `[question, value]` of each number. */
  readonly list: Array<readonly [string, string]> = [];

  /** The number of each of `facts`, in order (the same array for the same facts array). */
  of(facts: readonly Fact[]): Int32Array {
    let numbers = this.known.get(facts);
    if (numbers) return numbers;
    numbers = new Int32Array(facts.length);
    for (let k = 0; k < facts.length; k += 1) {
      const { q, v } = facts[k] as Fact;
      let values = this.byQuestion.get(q);
      if (!values) {
        values = new Map();
        this.byQuestion.set(q, values);
      }
      let i = values.get(v);
      if (i === undefined) {
        i = this.list.length;
        values.set(v, i);
        this.list.push([q, v]);
      }
      numbers[k] = i;
    }
    this.known.set(facts, numbers);
    return numbers;
  }
}

/** Counts, sums and sums of squares per fact number, in arrays that grow as numbers are met. */
export class FactCounts {
  n = new Float64Array(64);
  x = new Float64Array(64);
  xx = new Float64Array(64);

  /** Count one submission's facts (`numbers` from {@link FactNumbers.of}). */
  add(facts: readonly Fact[], numbers: Int32Array): void {
    for (let k = 0; k < numbers.length; k += 1) {
      const i = numbers[k] ?? 0;
      if (i >= this.n.length) this.grow(i);
      const x = facts[k]?.x ?? 0;
      const { n, x: sums, xx } = this;
      n[i] = (n[i] ?? 0) + 1;
      sums[i] = (sums[i] ?? 0) + x;
      xx[i] = (xx[i] ?? 0) + x * x;
    }
  }

  /** The fact numbers counted at least once, in increasing order. */
  *numbers(): Generator<number> {
    for (let i = 0; i < this.n.length; i += 1) if ((this.n[i] ?? 0) > 0) yield i;
  }

  private grow(i: number): void {
    const size = Math.max(i + 1, this.n.length * 2);
    const larger = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.n = larger(this.n);
    this.x = larger(this.x);
    this.xx = larger(this.xx);
  }
}
