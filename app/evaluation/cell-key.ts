/**
 * The cell key method (Australian Bureau of Statistics, TableBuilder; ONS, 2021 Census), as
 * docs/decisions/035-cell-key-perturbation.md explains. Every response and every answer carries a
 * permanent random record key (0–255). A count's cell key is the sum of its records' keys modulo
 * 256, so the same records always give the same key (asking again shows the same number) and two
 * sets that differ by a single record get unrelated keys (subtracting two views no longer gives the
 * exact difference). The published table below maps the cell key to an adjustment of −2 to +2.
 */

/** A count of records and the sum of their record keys (modulo `cellKeyRange`). */
export interface Cell {
  n: number;
  key: number;
}

export const cellKeyRange = 256;

/** The most a shown count differs from the true one. */
export const maxAdjustment = 2;

export const emptyCell: Cell = { n: 0, key: 0 };

export function addCells(cells: Cell[]): Cell {
  return cells.reduce((sum, cell) => ({ n: sum.n + cell.n, key: (sum.key + cell.key) % cellKeyRange }), emptyCell);
}

/**
 * The perturbation table: the adjustment for each range of cell keys, out of 256. Symmetric, so
 * adjustments average to zero: 10 % −2, 20 % −1, 40 % unchanged, 20 % +1, 10 % +2 (variance 1.2).
 */
export const perturbationTable: readonly { fromKey: number; adjustment: number }[] = [
  { fromKey: 0, adjustment: -2 },
  { fromKey: 26, adjustment: -1 },
  { fromKey: 77, adjustment: 0 },
  { fromKey: 179, adjustment: 1 },
  { fromKey: 230, adjustment: 2 },
];

export function adjustmentOf(key: number): number {
  const normalised = ((key % cellKeyRange) + cellKeyRange) % cellKeyRange;
  let adjustment = 0;
  for (const row of perturbationTable) if (row.fromKey <= normalised) adjustment = row.adjustment;
  return adjustment;
}

/**
 * The number shown for a count of at least k: adjusted, but never below k (a shown count below k
 * would read as a small group); at k and k + 1 the adjustments that would cross it are dropped,
 * so counts there read a little high on average (+0.4 at k, +0.1 at k + 1). Zero stays zero.
 */
export function shownCount(cell: Cell, k: number): number {
  if (cell.n === 0) return 0;
  const adjusted = cell.n + adjustmentOf(cell.key);
  return adjusted < k ? Math.max(cell.n, k) : adjusted;
}

/**
 * The count a mean, median or interval is computed from: every count adjusted (small ones too,
 * never below zero), so a statistic next to shown and hidden counts only ever gives away adjusted
 * counts, never a true one.
 */
export function countForStatistics(cell: Cell, k: number): number {
  if (cell.n >= k) return shownCount(cell, k);
  return Math.max(0, cell.n + adjustmentOf(cell.key));
}
