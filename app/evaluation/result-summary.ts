import type { Translate } from "~/i18n/translate";
import { rowShares } from "./chart-config";
import type { QuestionResult, ResultRow } from "./results-types";

// Two decimals at most; the translator writes the number as the page's language does.
const rounded = (n: number) => Math.round(n * 100) / 100;
// Statements end with a full stop; the summaries add their own punctuation.
const bare = (label: string) => label.replace(/[.!?]+$/, "");

/**
 * One question's result in a sentence or two: the chart's text alternative and caption. Shares
 * are of all the row's respondents, as in the chart and the table. No figure is ever worked out
 * from a hidden count as if it were zero: a part that holds one is said to be hidden.
 */
export function summariseResult(result: QuestionResult, t: Translate): string {
  const shown = result.rows.filter((row) => row.respondents !== null);
  if (!shown.length) return t("results.allHidden");
  if (result.chart === "histogram") {
    return shown
      .map((row) => {
        const label = bare(row.label) || t("results.all");
        return row.mean == null ? t("results.summaryNumbersHidden", { label }) : t("results.summaryNumbers", { label, mean: rounded(row.mean), median: rounded(row.median ?? NaN) });
      })
      .join(" ");
  }
  if (result.chart === "diverging") return shown.map((row) => agreementSummary(result, row, t)).join(" ");
  if (result.rows.length === 1) return topAnswer(result, shown[0]!, t, null);
  return shown.map((row) => topAnswer(result, row, t, row.label)).join(" ");
}

function agreementSummary(result: QuestionResult, row: ResultRow, t: Translate): string {
  const shares = rowShares(row);
  const points = result.categories.map((c, i) => ({ c, i })).filter(({ c }) => !c.isDontKnow).map(({ i }) => i);
  const half = Math.floor(points.length / 2);
  // A side's share, or null when one of its counts is hidden.
  const side = (indices: number[]) =>
    indices.some((i) => shares[i] === null) ? null : rounded(indices.reduce((sum, i) => sum + shares[i]!, 0));
  const disagree = side(points.slice(0, half));
  const agree = side(points.slice(points.length - half));
  const label = bare(row.label) || t("results.all");
  if (agree !== null && disagree !== null) return t("results.summaryAgreement", { label, agree, disagree });
  if (agree !== null) return t("results.summaryDisagreeHidden", { label, agree });
  if (disagree !== null) return t("results.summaryAgreeHidden", { label, disagree });
  return t("results.summaryBothSidesHidden", { label });
}

// The most chosen answer among those shown. It is named as the most chosen outright only when
// no hidden count can be larger: for a single choice, when the hidden counts together (the row's
// respondents less the shown counts) are no more than it; for several choices they have no bound.
function topAnswer(result: QuestionResult, row: ResultRow, t: Translate, group: string | null): string {
  const shares = rowShares(row);
  let top = -1;
  row.counts.forEach((count, i) => {
    if (count !== null && (top < 0 || count > row.counts[top]!)) top = i;
  });
  if (top < 0) return group === null ? t("results.allHidden") : t("results.summaryGroupHidden", { group });
  const topCount = row.counts[top]!;
  const hidden = row.counts.some((count) => count === null);
  const shownSum = row.counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  const certain = !hidden || (!result.multiple && (row.respondents ?? Infinity) - shownSum <= topCount);
  const vars = { label: result.categories[top]!.label, share: rounded(shares[top]!) };
  if (group === null) return t(certain ? "results.summaryTop" : "results.summaryTopAmongShown", vars);
  return t(certain ? "results.summaryTopGroup" : "results.summaryTopGroupAmongShown", { ...vars, group });
}
