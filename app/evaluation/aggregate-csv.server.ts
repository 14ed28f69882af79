import type { Translate } from "~/i18n/translate";
import { csvLine, utf8Bom } from "~/utils/csv";
import { rowShares } from "./chart-config";
import type { QuestionResult } from "./results-types";

/**
 * One chart's numbers as CSV, suppressed exactly as on screen: a hidden count reads as on
 * screen ("hidden") and its share is left empty. Shares are of the row's respondents, as on
 * screen; the row of the whole view is called "All", as on screen.
 */
export function aggregateCsv(result: QuestionResult, t: Translate, note: string | null): string {
  const hidden = t("results.hidden");
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? hidden : value);
  const stats = result.chart === "histogram";
  if (note) return utf8Bom + csvLine([result.text]) + csvLine([note]);
  const lines = [
    csvLine([result.text]),
    csvLine([
      t("results.group"),
      t("results.n"),
      ...result.categories.flatMap((c) => (stats ? [c.label] : [c.label, t("results.shareColumn", { answer: c.label })])),
      ...(stats ? [t("results.mean"), t("results.median")] : []),
    ]),
    ...result.rows.map((row) => {
      const shares = rowShares(row);
      return csvLine([
        row.label || t("results.all"),
        shown(row.respondents),
        ...row.counts.flatMap((count, i) => (stats ? [shown(count)] : [shown(count), shares[i] ?? ""])),
        ...(stats ? [row.mean ?? "", row.median ?? ""] : []),
      ]);
    }),
  ];
  return utf8Bom + lines.join("");
}
