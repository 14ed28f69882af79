import type { QuestionResult, ResultRow } from "./results-types";
import type { HiddenCells } from "./suppression";

/**
 * Suppression on the public results page when it pools the events of a series
 * (docs/decisions/034-public-results-page.md). Every run's page is public, so a reader can put
 * them side by side: together they are the series' results broken down by run, suppressed as
 * the workspace suppresses a breakdown by event (each run's page shows its own row). The pooled
 * chart adds the column totals of that table; a total is hidden wherever exactly one run's
 * count in it is hidden, since the total less the shown counts would give that count away
 * (surveyResults' `alsoHidden`).
 */

/** The rows of one run in a question broken down by run (rows: each statement's runs, in order). */
export function rowsOfRun(byRun: QuestionResult, runs: number, run: number): ResultRow[] {
  return byRun.rows.filter((_, i) => i % runs === run);
}

/** The pooled counts that exactly one run's hidden count would be derived from, per statement. */
export function hiddenByOneRun(byRun: QuestionResult, runs: number): HiddenCells {
  const statements = Array.from({ length: byRun.rows.length / runs }, (_, s) => byRun.rows.slice(s * runs, (s + 1) * runs));
  const exactlyOne = (hidden: boolean[]) => hidden.filter(Boolean).length === 1;
  return {
    rows: statements.map((rows) => exactlyOne(rows.map((row) => row.respondents === null))),
    cells: statements.map((rows) => byRun.categories.map((_, j) => exactlyOne(rows.map((row) => row.counts[j] === null)))),
  };
}

/**
 * A question's respondents from its rows' shown totals: those of its most answered statement
 * still shown (the one row of most questions), or null when none is.
 */
export function largestShown(totals: (number | null)[]): number | null {
  const shown = totals.filter((total): total is number => total !== null);
  return shown.length ? Math.max(...shown) : null;
}
