import { describe, expect, it } from "vitest";
import { adjustmentOf, cellKeyOf, maxAdjustment } from "~/evaluation/cell-key";
import { statisticsShown, suppressCounts, suppressTable, suppressTotal } from "~/evaluation/suppression";

const k = 5;
const viewKey = 0;
// A key sum whose adjustment is 0 in this view (cell-key.ts), so these tests read which counts are hidden.
const unchangedKey = Array.from({ length: 100 }, (_, key) => key).find((key) => adjustmentOf(cellKeyOf({ n: 1, key }, viewKey)) === 0)!;
const unadjusted = (n: number) => ({ n, key: unchangedKey });
const line = (counts: number[]) => counts.map(unadjusted);
const table = (rows: number[][]) => rows.map(line);

describe("small-group suppression", () => {
  it("shows counts of k and more, and zeros", () => {
    expect(suppressCounts(line([5, 0, 12, 30]), k, viewKey)).toEqual([5, 0, 12, 30]);
  });

  it("hides a count under k and the smallest other count, so the total cannot reveal it", () => {
    // 3 alone would be 50 − 5 − 12 − 30; with 5 hidden too, only "3 + 5 = 8" is known.
    expect(suppressCounts(line([3, 5, 12, 30]), k, viewKey)).toEqual([null, null, 12, 30]);
  });

  it("needs no complement when two counts are already hidden", () => {
    expect(suppressCounts(line([1, 2, 40]), k, viewKey)).toEqual([null, null, 40]);
  });

  it("falls back to a zero when no other positive count is left", () => {
    expect(suppressCounts(line([4, 0]), k, viewKey)).toEqual([null, null]);
  });

  it("hides a whole line whose total is under k", () => {
    expect(suppressCounts(line([2, 1, 1]), k, viewKey)).toEqual([null, null, null]);
  });

  it("hides small groups whole, and a second group so the first cannot be derived", () => {
    const suppressed = suppressTable(
      table([
        [10, 10, 10],
        [2, 1, 0],
        [8, 6, 7],
      ]),
      line([30, 3, 21]),
      k,
      viewKey,
    );
    expect(suppressed.rowTotals).toEqual([30, null, null]);
    expect(suppressed.cells[1]).toEqual([null, null, null]);
    expect(suppressed.cells[2]).toEqual([null, null, null]);
    expect(suppressed.cells[0]).toEqual([10, 10, 10]);
  });

  it("protects columns as well as rows", () => {
    // Row 0 hides 3 and its complement 6; column 0 then has one hidden cell, so 9 (row 1) goes
    // too, and row 1 hides another to protect it.
    const suppressed = suppressTable(
      table([
        [3, 6, 20],
        [9, 12, 30],
        [15, 40, 50],
      ]),
      line([29, 51, 105]),
      k,
      viewKey,
    );
    for (const row of suppressed.cells) expect(row.filter((c) => c === null).length).not.toBe(1);
    for (let j = 0; j < 3; j++) expect(suppressed.cells.map((r) => r[j]).filter((c) => c === null).length).not.toBe(1);
    expect(suppressed.cells[0]![0]).toBeNull();
    expect(suppressed.cells[2]).toEqual([15, 40, 50]);
  });

  it("hides a single total under k only", () => {
    expect(suppressTotal(unadjusted(4), k, viewKey)).toBeNull();
    expect(suppressTotal(unadjusted(5), k, viewKey)).toBe(5);
    expect(suppressTotal(unadjusted(0), k, viewKey)).toBe(0);
  });

  it("adjusts every count it shows by its cell key, by at most 2, never below k, the same way every time", () => {
    const cells = Array.from({ length: 200 }, (_, i) => ({ n: 5 + (i % 20), key: i * 7919 }));
    const shown = suppressCounts(cells, k, viewKey);
    shown.forEach((count, i) => {
      expect(Math.abs(count! - cells[i]!.n)).toBeLessThanOrEqual(maxAdjustment);
      expect(count!).toBeGreaterThanOrEqual(k);
    });
    expect(shown.some((count, i) => count !== cells[i]!.n)).toBe(true);
    expect(suppressCounts(cells, k, viewKey)).toEqual(shown);
    // Another view (a different view key) adjusts the same counts afresh.
    expect(suppressCounts(cells, k, viewKey + 1)).not.toEqual(shown);
    expect(suppressTotal({ n: 40, key: 200 }, k, viewKey)).toBe(suppressTotal({ n: 40, key: 200 }, k, viewKey));
  });

  it("shows a row's statistics when none of its counts is hidden, or when the row is at least 4·k", () => {
    expect(statisticsShown(12, [0, 8, 4], 5, 12)).toBe(true);
    // 12 answers, two bars hidden: a mean would give both away.
    expect(statisticsShown(12, [0, null, null], 5, 12)).toBe(false);
    expect(statisticsShown(19, [15, null, null], 5, 19)).toBe(false);
    expect(statisticsShown(20, [16, null, null], 5, 20)).toBe(true);
    // Decided on the true total: a row of 20 shown as 18 keeps its mean.
    expect(statisticsShown(18, [16, null, null], 5, 20)).toBe(true);
    expect(statisticsShown(null, [null, null], 5, 0)).toBe(false);
  });
});
