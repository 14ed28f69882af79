import { describe, expect, it } from "vitest";
import { hiddenByOneRun, largestShown, rowsOfRun } from "~/evaluation/public-suppression";
import type { QuestionResult, ResultRow } from "~/evaluation/results-types";
import { adjustmentOf, cellKeyOf } from "~/evaluation/cell-key";
import { suppressTable } from "~/evaluation/suppression";

const k = 5;

function result(rows: ResultRow[], categories = 3): QuestionResult {
  return {
    key: "q",
    text: "Q",
    chart: "bars",
    multiple: false,
    neutral: null,
    categories: Array.from({ length: categories }, (_, i) => ({ label: `c${i}`, isDontKnow: false })),
    rows,
    respondents: null,
    texts: null,
  };
}

const row = (counts: (number | null)[], respondents: number | null, label = ""): ResultRow => ({ label, counts, respondents });

describe("pooling the events on the public results page", () => {
  // A matrix of two statements at three runs: rows are each statement's runs, in order.
  const byRun = result([
    row([10, null, null], 20, "s1"),
    row([10, 8, 9], 27, "s1"),
    row([null, 6, null], 15, "s1"),
    row([null, 10, 10], 25, "s2"),
    row([12, 10, 10], 32, "s2"),
    row([null, null, null], null, "s2"),
  ]);

  it("finds each run's rows", () => {
    expect(rowsOfRun(byRun, 3, 1).map((r) => r.respondents)).toEqual([27, 32]);
    expect(rowsOfRun(byRun, 3, 2).map((r) => r.label)).toEqual(["s1", "s2"]);
  });

  it("hides a pooled count where exactly one run's count is hidden, and a pooled row where exactly one run's row is", () => {
    expect(hiddenByOneRun(byRun, 3)).toEqual({
      rows: [false, true],
      // s1: one hidden in the first two answers, two in the third; s2: the third run's hidden row, alone in the last two.
      cells: [
        [true, true, false],
        [false, true, true],
      ],
    });
  });

  // Key sums whose adjustment is 0 (cell-key.ts), so these tests read which counts are hidden.
  const unchangedKey = Array.from({ length: 100 }, (_, key) => key).find((key) => adjustmentOf(cellKeyOf({ n: 1, key }, 0)) === 0)!;
  const cellsOf = (rows: number[][]) => rows.map((counts) => counts.map((n) => ({ n, key: unchangedKey })));
  const totalsOf = (rows: number[][]) => rows.map((counts) => ({ n: counts.reduce((a, b) => a + b, 0), key: unchangedKey }));

  it("suppresses the pooled counts as any table, with those hidden from the start", () => {
    const counts = [
      [30, 20, 12],
      [40, 25, 17],
    ];
    const pooled = suppressTable(cellsOf(counts), totalsOf(counts), k, 0, { rows: [false, false], cells: [[true, false, false], [false, false, false]] });
    // The forced hidden 30 takes the smallest other count of its row (12) with it.
    expect(pooled.cells[0]).toEqual([null, 20, null]);
    expect(pooled.rowTotals[0]).toBe(62);
    // Column complement: 30 hidden alone in its column takes 40 with it; that row then takes its smallest too.
    expect(pooled.cells[1]!.filter((n) => n === null).length).toBeGreaterThanOrEqual(2);
    expect(largestShown(pooled.rowTotals)).toBe(82);
  });

  it("hides a pooled row whole when asked, with a second row as any table does, and counts the respondents of the rows still shown", () => {
    const counts = [
      [30, 20, 12],
      [40, 25, 17],
      [50, 30, 10],
    ];
    const none = [false, false, false];
    const pooled = suppressTable(cellsOf(counts), totalsOf(counts), k, 0, { rows: [false, true, false], cells: [none, none, none] });
    expect(pooled.rowTotals).toEqual([null, null, 90]);
    expect(pooled.cells[1]).toEqual([null, null, null]);
    expect(largestShown(pooled.rowTotals)).toBe(90);
    expect(largestShown([null, null])).toBeNull();
  });

  it("never shows a pooled count from which a run's hidden count follows, whatever the runs' counts", () => {
    // Random tables of three runs and four answers: for every pooled count shown, the runs'
    // counts hidden in it are none or at least two (their sum is all a reader learns).
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let trial = 0; trial < 500; trial++) {
      const cells = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => (random(3) === 0 ? random(5) : random(30))));
      const table = suppressTable(cellsOf(cells), totalsOf(cells), k, 0);
      const runs = result(cells.map((_, r) => row(table.cells[r]!.map((n) => (table.rowTotals[r] === null ? null : n)), table.rowTotals[r] ?? null)), 4);
      const poolCounts = [[0, 1, 2, 3].map((j) => cells.reduce((sum, counts) => sum + counts[j]!, 0))];
      const pool = suppressTable(cellsOf(poolCounts), totalsOf(poolCounts), k, 0, hiddenByOneRun(runs, 3));
      pool.cells[0]!.forEach((count, j) => {
        if (count === null) return;
        const hiddenRuns = runs.rows.filter((r) => r.counts[j] === null).length;
        expect(hiddenRuns === 0 || hiddenRuns >= 2).toBe(true);
        expect(count === 0 || count >= k).toBe(true);
      });
    }
  });
});
