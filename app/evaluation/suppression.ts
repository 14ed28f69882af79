import { addCells, shownCount, type Cell } from "./cell-key";

/**
 * Small-group suppression. A count of fewer than k respondents is hidden (primary
 * suppression), and wherever a row or column then has exactly one hidden count, another one is
 * hidden too, so the first cannot be worked out by subtracting the shown counts from a shown
 * total (complementary suppression). Zeros are shown: "nobody" singles out no one.
 *
 * A hidden count is `null`; the interface shows it as "hidden". Every count shown is adjusted by
 * its cell key in its view (`viewKey`: cell-key.ts), so views cannot be subtracted into a small
 * group either.
 */

export type Shown = number | null;

export interface SuppressedTable {
  /** Respondents of each row (a group, a statement), or null when the row is hidden. */
  rowTotals: Shown[];
  cells: Shown[][];
}

/**
 * Rows and cells to hide whatever their counts, for a reason outside the table (the public
 * results page hides pooled counts that would give away another table's: public-suppression.ts).
 */
export interface HiddenCells {
  rows: boolean[];
  cells: boolean[][];
}

/**
 * Rows whose total is under k are hidden whole (so are those in `alreadyHidden`, whose cells
 * count as hidden from the start); if that leaves exactly one row hidden while others are
 * shown, the smallest shown row is hidden with it (the grand total is shown elsewhere).
 * Then cells as described above, across rows and across columns, until stable.
 */
export function suppressTable(cellsWithKeys: Cell[][], rowTotalsWithKeys: Cell[], k: number, viewKey: number, alreadyHidden?: HiddenCells): SuppressedTable {
  const cells = cellsWithKeys.map((row) => row.map((cell) => cell.n));
  const rowTotals = rowTotalsWithKeys.map((cell) => cell.n);
  const hiddenRow = complement(rowTotals, rowTotals.map((total, i) => (total > 0 && total < k) || Boolean(alreadyHidden?.rows[i])));
  const hidden = cells.map((row, i) => row.map((count, j) => hiddenRow[i]! || (count > 0 && count < k) || Boolean(alreadyHidden?.cells[i]?.[j])));
  const width = Math.max(0, ...cells.map((row) => row.length));

  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < cells.length; i++) {
      if (hiddenRow[i]) continue;
      const next = complement(cells[i]!, hidden[i]!);
      if (next.some((h, j) => h !== hidden[i]![j])) {
        hidden[i] = next;
        changed = true;
      }
    }
    if (cells.length < 2) break;
    for (let j = 0; j < width; j++) {
      const column = cells.map((row) => row[j] ?? 0);
      const next = complement(column, hidden.map((row) => row[j] ?? false));
      next.forEach((h, i) => {
        if (h && !hidden[i]![j]) {
          hidden[i]![j] = true;
          changed = true;
        }
      });
    }
  }

  return {
    rowTotals: rowTotalsWithKeys.map((total, i) => (hiddenRow[i] ? null : shownCount(total, k, viewKey))),
    cells: cellsWithKeys.map((row, i) => row.map((cell, j) => (hidden[i]![j] ? null : shownCount(cell, k, viewKey)))),
  };
}

/**
 * Whether a row's statistics (mean, median, interval) may be shown next to its suppressed
 * counts. With the row's total, a mean gives hidden counts away — two hidden counts and a mean
 * are two equations in two unknowns — and that matters most in a small row, where a hidden
 * count is one person in a room the reader knows. So they are shown when no count of the row
 * is hidden, or when the row has at least 4·k respondents (20 by default): hiding them there
 * would leave most 0–10 ratings and before/after comparisons of a real event without a mean.
 */
export function statisticsShown(rowTotal: Shown, cells: Shown[], k: number, trueTotal: number): boolean {
  if (rowTotal === null) return false;
  // The true total, not the adjusted one: a row of 4·k should not lose its mean by chance.
  return cells.every((count) => count !== null) || trueTotal >= 4 * k;
}

/** One line of counts (e.g. responses per event) whose total is shown. */
export function suppressCounts(counts: Cell[], k: number, viewKey: number): Shown[] {
  return suppressTable([counts], [addCells(counts)], k, viewKey).cells[0]!;
}

/** A single number of respondents: shown (adjusted) only from k up. */
export function suppressTotal(count: Cell, k: number, viewKey: number): Shown {
  return count.n > 0 && count.n < k ? null : shownCount(count, k, viewKey);
}

// With exactly one hidden entry, also hide the smallest positive shown one (or, failing that,
// a zero): two hidden entries share the difference from the total between them.
function complement(counts: number[], hidden: boolean[]): boolean[] {
  if (hidden.filter(Boolean).length !== 1) return hidden;
  const candidates = counts
    .map((count, index) => ({ count, index }))
    .filter(({ index }) => !hidden[index])
    .sort((a, b) => (a.count === 0) === (b.count === 0) ? a.count - b.count : a.count === 0 ? 1 : -1);
  const pick = candidates[0];
  if (!pick) return hidden;
  return hidden.map((h, index) => h || index === pick.index);
}
