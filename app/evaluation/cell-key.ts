/**
 * The cell key method (Australian Bureau of Statistics, TableBuilder; ONS, 2021 Census), as
 * docs/decisions/035-cell-key-perturbation.md explains. Every response has a permanent random
 * record key (record-keys.server.ts). A count carries the sum of its responses' keys; its cell
 * key (0–255) mixes that sum with the view's (the sum over every response the view holds), and
 * the published table below maps the cell key to an adjustment of −2 to +2.
 *
 * The same responses in the same view always give the same number (asking again, the chart, its
 * table, its CSV, the report). Two views that differ by even one response have different view
 * sums, so every count of theirs gets an unrelated adjustment: subtracting them gives neither the
 * exact difference nor, by which counts stayed the same, which answers the difference gave.
 */

/** A count of responses (or of their answers) and the sum of their record keys. */
export interface Cell {
  n: number;
  key: number;
}

/** The most a shown count differs from the true one. */
export const maxAdjustment = 2;

export const emptyCell: Cell = { n: 0, key: 0 };

export function addCells(cells: Cell[]): Cell {
  return cells.reduce((sum, cell) => ({ n: sum.n + cell.n, key: sum.key + cell.key }), emptyCell);
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

export function adjustmentOf(cellKey: number): number {
  let adjustment = 0;
  for (const row of perturbationTable) if (row.fromKey <= cellKey) adjustment = row.adjustment;
  return adjustment;
}

/**
 * A count's cell key, 0–255: its key sum and its view's, mixed (FNV-1a over their digits, then
 * MurmurHash3's finaliser), so any change of either gives an unrelated key. Sums are integers
 * below 2^53; written out in decimal they hash the same in every runtime.
 */
export function cellKeyOf(cell: Cell, viewKey: number): number {
  let hash = 0x811c9dc5;
  for (const char of `${viewKey}:${cell.key}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 24;
}

/**
 * The number shown for a count of at least k in a view: adjusted, but never below k (a shown
 * count below k would read as a small group); at k and k + 1 the adjustments that would cross it
 * are dropped, so counts there read a little high on average (+0.4 at k, +0.2 at k + 1). Zero
 * stays zero.
 */
export function shownCount(cell: Cell, k: number, viewKey: number): number {
  if (cell.n === 0) return 0;
  const adjusted = cell.n + adjustmentOf(cellKeyOf(cell, viewKey));
  return adjusted < k ? Math.max(cell.n, k) : adjusted;
}

/**
 * The count a mean, median or interval is computed from: every count adjusted (small ones too,
 * never below zero), so a statistic next to shown and hidden counts only ever gives away adjusted
 * counts, never a true one.
 */
export function countForStatistics(cell: Cell, k: number, viewKey: number): number {
  if (cell.n === 0) return 0;
  if (cell.n >= k) return shownCount(cell, k, viewKey);
  return Math.max(0, cell.n + adjustmentOf(cellKeyOf(cell, viewKey)));
}
