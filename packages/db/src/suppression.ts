/** Smallest number of respondents a published figure may rest on, unless `KOLO_MIN_CELL` says otherwise. */
export const DEFAULT_MIN_CELL = 5;

/** A count that may be withheld: `n` is null when `suppressed`. */
export interface Cell {
  n: number | null;
  suppressed: boolean;
}

/**
 * Suppress a set of counts that add up to a published total: every cell with 0 < n < k is
 * withheld. With the total published, the hidden cells' sum is known and, zeros being shown,
 * each hidden cell is known to be at least 1: so while exactly one cell is hidden, or the hidden
 * cells sum to their own number (each must then be 1), the next smallest non-zero cell (else a
 * zero cell) is withheld too, so no hidden cell can be recovered from the total and the others.
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
  let hidden = 0;
  let hiddenSum = 0;
  for (const [i, cell] of cells.entries()) {
    if (!cell.suppressed) continue;
    hidden += 1;
    hiddenSum += counts[i] ?? 0;
  }
  while (hidden === 1 || (hidden > 1 && hiddenSum === hidden)) {
    let partner = -1;
    for (const [i, cell] of cells.entries()) {
      const n = counts[i] ?? 0;
      if (cell.suppressed) continue;
      const best = counts[partner] ?? 0;
      // prefer the smallest non-zero cell; a zero cell only when no other is left
      if (partner < 0 || (n > 0 && (best === 0 || n < best))) partner = i;
    }
    if (partner < 0) break;
    const cell = cells[partner] as TCell;
    cell.n = null;
    cell.suppressed = true;
    hidden += 1;
    hiddenSum += counts[partner] ?? 0;
  }
  return cells;
}

/**
 * Whether a suppressed partition still gives its hidden cells away: with the total published and
 * every hidden cell known to be at least 1, hidden cells that sum to their own number are all 1.
 * `counts` are the cells' counts before suppression. When true, withhold the total (or the whole set).
 */
export function hiddenCellsRecoverable(cells: readonly Cell[], counts: readonly number[]): boolean {
  let hidden = 0;
  let hiddenSum = 0;
  for (const [i, cell] of cells.entries()) {
    if (!cell.suppressed) continue;
    hidden += 1;
    hiddenSum += counts[i] ?? 0;
  }
  return hidden === 1 || (hidden > 1 && hiddenSum === hidden);
}

/** A statistic over `n` respondents, withheld below k. */
export function suppressIfSmall<T>(n: number, k: number, value: T): T | null {
  return n < k ? null : value;
}

/**
 * The figure a count is published as for audiences that must never see a small number (funders,
 * share links): the middle of its band of k, bands aligned with the withheld band 0..k-1, so k..2k-1,
 * 2k..3k-1, and so on (k = 5: 5..9 -> 7, 10..14 -> 12). Every count of a band gives the same figure,
 * within floor(k/2) of it; a band's lowest count is a multiple of k and its highest one less than
 * the next, so no sum or difference of published bands and withheld cells pins a group under k
 * unless k or more withheld cells all sit at k-1. Under k the middle of the withheld band is returned:
 * use it only inside sums (cumulative counts), never publish it; such counts are withheld.
 * @example bandMiddle(12, 5) // 12, as for every count from 10 to 14
 */
export function bandMiddle(n: number, k: number): number {
  if (k <= 1) return n;
  return k * Math.floor(n / k) + Math.floor((k - 1) / 2);
}
