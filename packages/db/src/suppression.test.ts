import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandMiddle,
  type Cell,
  DEFAULT_MIN_CELL,
  suppressIfSmall,
  suppressPartition,
} from './suppression.ts';

const cellsOf = (counts: readonly number[]): Cell[] => counts.map((n) => ({ n, suppressed: false }));

/** What a reader learns about the hidden cells: how many there are and what they add up to. */
function hiddenPart(original: readonly number[], cells: readonly Cell[]) {
  let count = 0;
  let sum = 0;
  let zeros = 0;
  cells.forEach((cell, i) => {
    if (!cell.suppressed) return;
    count += 1;
    sum += original[i] ?? 0;
    if (original[i] === 0) zeros += 1;
  });
  return { count, sum, zeros };
}

const counts = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.nat({ max: 40 })), {
  minLength: 1,
  maxLength: 12,
});
const k = fc.integer({ min: 1, max: 10 });

describe('suppressPartition', () => {
  it('should never leave a visible cell with 0 < n < k, and keep visible cells exact', () => {
    fc.assert(
      fc.property(counts, k, fc.boolean(), (original, k, totalPublished) => {
        const cells = suppressPartition(cellsOf(original), k, totalPublished);
        expect(cells).toHaveLength(original.length);
        cells.forEach((cell, i) => {
          if (cell.suppressed) {
            expect(cell.n).toBeNull();
            return;
          }
          expect(cell.n).toBe(original[i]);
          expect(cell.n === 0 || (cell.n ?? 0) >= k).toBe(true);
        });
      }),
    );
  });

  it('should hide only the small cells when no total is published', () => {
    fc.assert(
      fc.property(counts, k, (original, k) => {
        const cells = suppressPartition(cellsOf(original), k, false);
        cells.forEach((cell, i) => {
          const n = original[i] ?? 0;
          expect(cell.suppressed).toBe(n > 0 && n < k);
        });
      }),
    );
  });

  it('should never let a hidden cell be recovered by subtracting the visible cells from the total', () => {
    fc.assert(
      fc.property(counts, k, (original, k) => {
        const total = original.reduce((a, b) => a + b, 0);
        // a partition is published only when its total is; a total under k is withheld upstream
        fc.pre(total >= k);
        const cells = suppressPartition(cellsOf(original), k, true);
        const hidden = hiddenPart(original, cells);
        // total - visible = hidden.sum is known: one hidden cell would be that sum
        expect(hidden.count === 0 || hidden.count >= 2).toBe(true);
        // and as zeros are shown, non-zero hidden cells that sum to their number would each be 1
        const everyCellHidden = cells.every((c) => c.suppressed);
        if (hidden.count > 0 && hidden.zeros === 0 && !everyCellHidden)
          expect(hidden.sum).toBeGreaterThan(hidden.count);
      }),
    );
  });

  it('should hide a partner cell next to a single small cell', () => {
    const cells = suppressPartition(cellsOf([12, 2, 0, 30]), 5, true);
    expect(cells.map((c) => c.n)).toEqual([null, null, 0, 30]);
    expect(cells.map((c) => c.suppressed)).toEqual([true, true, false, false]);
  });

  it('should hide more than two ones, which together would give each away', () => {
    // 10 + 1 + 1 = 12 published: the two hidden cells would sum to 2, so each would be 1
    const cells = suppressPartition(cellsOf([10, 1, 1, 0]), 5, true);
    const hidden = hiddenPart([10, 1, 1, 0], cells);
    expect(hidden.count).toBeGreaterThanOrEqual(3);
    expect(hidden.sum).toBeGreaterThan(hidden.count);
  });

  it('should leave a partition without small cells as it is', () => {
    const cells = suppressPartition(cellsOf([5, 0, 9]), DEFAULT_MIN_CELL, true);
    expect(cells).toEqual(cellsOf([5, 0, 9]));
  });
});

describe('suppressIfSmall', () => {
  it('should withhold a statistic over fewer than k respondents', () => {
    fc.assert(
      fc.property(fc.nat({ max: 50 }), k, fc.double({ noNaN: true }), (n, k, value) => {
        expect(suppressIfSmall(n, k, value)).toBe(n < k ? null : value);
      }),
    );
  });
});

describe('bandMiddle', () => {
  it('should publish the middle of the band of k a count is in, bands starting at multiples of k', () => {
    expect([5, 7, 9, 10, 12, 14, 15, 19, 20].map((n) => bandMiddle(n, 5))).toEqual([
      7, 7, 7, 12, 12, 12, 17, 17, 22,
    ]);
    expect([4, 7, 8, 11].map((n) => bandMiddle(n, 4))).toEqual([5, 5, 9, 9]);
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 20 }), fc.nat({ max: 10_000 }), (k, extra) => {
        const n = k + extra;
        const m = bandMiddle(n, k);
        const start = k * Math.floor(n / k);
        // every count of the band gives the same figure, within floor(k/2) of the count
        expect(m).toBe(bandMiddle(start, k));
        expect(m).toBe(bandMiddle(start + k - 1, k));
        expect(m).toBeGreaterThanOrEqual(k);
        expect(Math.abs(m - n)).toBeLessThanOrEqual(Math.floor(k / 2));
      }),
    );
  });
});
