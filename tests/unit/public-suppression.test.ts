import { describe, expect, it } from "vitest";
import { hiddenByOneRun, largestShown, rowsOfRun, suppressPooled } from "~/evaluation/public-suppression";
import type { QuestionResult, ResultRow } from "~/evaluation/results-types";
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

  it("suppresses the pooled counts as any table, with those hidden from the start, and shows a mean only where nothing is hidden", () => {
    const raw = result(
      [
        { ...row([30, 20, 12], 62), mean: 1.2, median: 1 },
        { ...row([40, 25, 17], 82), mean: 0.9, median: 1 },
      ],
      3,
    );
    const pooled = suppressPooled(raw, { rows: [false, false], cells: [[true, false, false], [false, false, false]] }, k);
    // The forced hidden 30 takes the smallest other count of its row (12) with it.
    expect(pooled.rows[0]).toMatchObject({ counts: [null, 20, null], respondents: 62, mean: null, median: null });
    // Column complement: 30 hidden alone in its column takes 40 with it; that row then takes its smallest too.
    expect(pooled.rows[1]!.counts.filter((n) => n === null).length).toBeGreaterThanOrEqual(2);
    expect(pooled.rows[1]).toMatchObject({ respondents: 82, mean: null });
    expect(pooled.respondents).toBe(82);
    const shown = suppressPooled(raw, { rows: [false, false], cells: [[false, false, false], [false, false, false]] }, k);
    expect(shown.rows.map((r) => r.mean)).toEqual([1.2, 0.9]);
  });

  it("hides a pooled row whole when asked, with a second row as any table does, and counts the respondents of the rows still shown", () => {
    const raw = result([row([30, 20, 12], 62), row([40, 25, 17], 82), row([50, 30, 10], 90)]);
    const none = [false, false, false];
    const pooled = suppressPooled(raw, { rows: [false, true, false], cells: [none, none, none] }, k);
    expect(pooled.rows.map((r) => r.respondents)).toEqual([null, null, 90]);
    expect(pooled.rows[1]!.counts).toEqual([null, null, null]);
    expect(pooled.respondents).toBe(90);
    expect(largestShown([null, null], k)).toBeNull();
  });

  it("never shows a pooled count from which a run's hidden count follows, whatever the runs' counts", () => {
    // Random tables of three runs and four answers: for every pooled count shown, the runs'
    // counts hidden in it are none or at least two (their sum is all a reader learns).
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let trial = 0; trial < 500; trial++) {
      const cells = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => (random(3) === 0 ? random(5) : random(30))));
      const totals = cells.map((counts) => counts.reduce((a, b) => a + b, 0));
      const table = suppressTable(cells, totals, k);
      const runs = result(cells.map((_, r) => row(table.cells[r]!.map((n, j) => (table.rowTotals[r] === null ? null : n)), table.rowTotals[r] ?? null)), 4);
      const poolCounts = [0, 1, 2, 3].map((j) => cells.reduce((sum, counts) => sum + counts[j]!, 0));
      const pool = suppressPooled(result([row(poolCounts, poolCounts.reduce((a, b) => a + b, 0))], 4), hiddenByOneRun(runs, 3), k);
      pool.rows[0]!.counts.forEach((count, j) => {
        if (count === null) return;
        const hiddenRuns = runs.rows.filter((r) => r.counts[j] === null).length;
        expect(hiddenRuns === 0 || hiddenRuns >= 2).toBe(true);
        expect(count === 0 || count >= k).toBe(true);
      });
    }
  });
});
