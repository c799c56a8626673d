/** Smallest number of respondents a published figure may rest on, unless `KOLO_MIN_CELL` says otherwise. */
export const DEFAULT_MIN_CELL = 5;

/** A count that may be withheld: `n` is null when `suppressed`. */
export interface Cell {
  n: number | null;
  suppressed: boolean;
}

/**
 * Suppress a set of counts that add up to a published total: every cell with 0 < n < k is
 * withheld, and if that leaves exactly one withheld cell, the next smallest non-zero cell is
 * withheld too, so no hidden cell can be recovered by subtracting the others from the total.
 * Cells are changed in place; the function returns them.
 */
export function suppressPartition<TCell extends Cell>(
  cells: TCell[],
  k: number,
  totalPublished: boolean,
): TCell[] {
  const counts = cells.map((c) => c.n ?? 0);
  for (const [i, cell] of cells.entries()) {
    const n = counts[i] ?? 0;
    if (n > 0 && n < k) {
      cell.n = null;
      cell.suppressed = true;
    }
  }
  if (!totalPublished) return cells;
  let hidden = cells.filter((c) => c.suppressed).length;
  // one hidden cell, or hidden cells whose sum could be recovered as a single number, need a partner
  while (hidden === 1) {
    let partner = -1;
    for (const [i, cell] of cells.entries()) {
      const n = counts[i] ?? 0;
      if (cell.suppressed || n === 0) continue;
      if (partner < 0 || n < (counts[partner] ?? 0)) partner = i;
    }
    if (partner < 0) break;
    const cell = cells[partner] as TCell;
    cell.n = null;
    cell.suppressed = true;
    hidden += 1;
  }
  return cells;
}

/** A statistic over `n` respondents, withheld below k. */
export function suppressIfSmall<T>(n: number, k: number, value: T): T | null {
  return n < k ? null : value;
}
