import { csvLine, utf8Bom } from "~/utils/csv";
import { rowShares } from "./chart-config";
import type { QuestionResult } from "./results-types";

/**
 * One chart's numbers as CSV, suppressed exactly as on screen: a hidden count reads as on
 * screen ("hidden") and its share is left empty.
 */
export function aggregateCsv(
  result: QuestionResult,
  headings: { group: string; n: string; share: string; mean: string; median: string; hidden: string },
  note: string | null,
): string {
  const { hidden } = headings;
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? hidden : value);
  const stats = result.chart === "histogram";
  if (note) return utf8Bom + csvLine([result.text]) + csvLine([note]);
  const lines = [
    csvLine([result.text]),
    csvLine([
      headings.group,
      headings.n,
      ...result.categories.flatMap((c) => (stats ? [c.label] : [c.label, `${c.label} (${headings.share} %)`])),
      ...(stats ? [headings.mean, headings.median] : []),
    ]),
    ...result.rows.map((row) => {
      const shares = rowShares(row);
      return csvLine([
        row.label,
        shown(row.respondents),
        ...row.counts.flatMap((count, i) => (stats ? [shown(count)] : [shown(count), shares[i] ?? ""])),
        ...(stats ? [row.mean ?? "", row.median ?? ""] : []),
      ]);
    }),
  ];
  return utf8Bom + lines.join("");
}
