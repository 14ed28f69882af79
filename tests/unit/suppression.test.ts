import { describe, expect, it } from "vitest";
import { statisticsShown, suppressCounts, suppressTable, suppressTotal } from "~/evaluation/suppression";

const k = 5;

describe("small-group suppression", () => {
  it("shows counts of k and more, and zeros", () => {
    expect(suppressCounts([5, 0, 12, 30], k)).toEqual([5, 0, 12, 30]);
  });

  it("hides a count under k and the smallest other count, so the total cannot reveal it", () => {
    // 3 alone would be 50 − 5 − 12 − 30; with 5 hidden too, only "3 + 5 = 8" is known.
    expect(suppressCounts([3, 5, 12, 30], k)).toEqual([null, null, 12, 30]);
  });

  it("needs no complement when two counts are already hidden", () => {
    expect(suppressCounts([1, 2, 40], k)).toEqual([null, null, 40]);
  });

  it("falls back to a zero when no other positive count is left", () => {
    expect(suppressCounts([4, 0], k)).toEqual([null, null]);
  });

  it("hides a whole line whose total is under k", () => {
    expect(suppressCounts([2, 1, 1], k)).toEqual([null, null, null]);
  });

  it("hides small groups whole, and a second group so the first cannot be derived", () => {
    const table = suppressTable(
      [
        [10, 10, 10],
        [2, 1, 0],
        [8, 6, 7],
      ],
      [30, 3, 21],
      k,
    );
    expect(table.rowTotals).toEqual([30, null, null]);
    expect(table.cells[1]).toEqual([null, null, null]);
    expect(table.cells[2]).toEqual([null, null, null]);
    expect(table.cells[0]).toEqual([10, 10, 10]);
  });

  it("protects columns as well as rows", () => {
    // Row 0 hides 3 and its complement 6; column 0 then has one hidden cell, so 9 (row 1) goes
    // too, and row 1 hides another to protect it.
    const table = suppressTable(
      [
        [3, 6, 20],
        [9, 12, 30],
        [15, 40, 50],
      ],
      [29, 51, 105],
      k,
    );
    for (const row of table.cells) expect(row.filter((c) => c === null).length).not.toBe(1);
    for (let j = 0; j < 3; j++) expect(table.cells.map((r) => r[j]).filter((c) => c === null).length).not.toBe(1);
    expect(table.cells[0]![0]).toBeNull();
    expect(table.cells[2]).toEqual([15, 40, 50]);
  });

  it("hides a single total under k only", () => {
    expect(suppressTotal(4, k)).toBeNull();
    expect(suppressTotal(5, k)).toBe(5);
    expect(suppressTotal(0, k)).toBe(0);
  });

  it("shows a row's statistics when none of its counts is hidden, or when the row is at least 4·k", () => {
    expect(statisticsShown(12, [0, 8, 4], 5)).toBe(true);
    // 12 answers, two bars hidden: a mean would give both away.
    expect(statisticsShown(12, [0, null, null], 5)).toBe(false);
    expect(statisticsShown(19, [15, null, null], 5)).toBe(false);
    expect(statisticsShown(20, [16, null, null], 5)).toBe(true);
    expect(statisticsShown(null, [null, null], 5)).toBe(false);
  });
});
