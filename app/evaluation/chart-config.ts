import type { ChartConfiguration, ChartDataset } from "chart.js";
import type { QuestionResult, ResultRow } from "./results-types";

/**
 * Chart.js configurations for results. Colours are colour-blind safe (Okabe–Ito for groups, a
 * purple–orange diverging scale for agreement) and never the only carrier of meaning: every
 * chart has a legend or labelled axis, and a data table beside it.
 */

export const groupColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

// PuOr from ColorBrewer, negative (orange) to positive (purple), with a grey neutral.
const diverging: Record<number, string[]> = {
  2: ["#e66101", "#5e3c99"],
  3: ["#e66101", "#bdbdbd", "#5e3c99"],
  4: ["#e66101", "#fdb863", "#b2abd2", "#5e3c99"],
  5: ["#e66101", "#fdb863", "#bdbdbd", "#b2abd2", "#5e3c99"],
  6: ["#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788"],
  7: ["#b35806", "#f1a340", "#fee0b6", "#bdbdbd", "#d8daeb", "#998ec3", "#542788"],
};

export function divergingColours(points: number): string[] {
  return diverging[points] ?? Array.from({ length: points }, (_, i) => groupColours[i % groupColours.length]!);
}

const percent = (count: number | null, of: number | null) => (count === null || !of ? null : Math.round((count / of) * 1000) / 10);

/** Share of a row's respondents for each category, in per cent; null where hidden. */
export function rowShares(row: ResultRow): (number | null)[] {
  return row.counts.map((count) => percent(count, row.respondents));
}

/** The agreement scale's points without "don't know": shares of those who gave a point. */
export function scaleShares(result: QuestionResult, row: ResultRow): (number | null)[] {
  const dontKnow = result.categories.findIndex((c) => c.isDontKnow);
  const dontKnowCount = dontKnow >= 0 ? row.counts[dontKnow] : 0;
  const base = row.respondents === null || dontKnowCount === null ? row.respondents : row.respondents - (dontKnowCount ?? 0);
  return row.counts.filter((_, i) => !result.categories[i]!.isDontKnow).map((count) => percent(count, base));
}

export interface ChartTexts {
  share: string;
  count: string;
  /** How a hidden count reads. */
  hidden: string;
}

const font = { family: "system-ui, sans-serif", size: 13 };

export function chartConfig(result: QuestionResult, texts: ChartTexts): ChartConfiguration<"bar"> {
  if (result.chart === "diverging") return divergingConfig(result, texts);
  const horizontal = result.chart === "bars";
  const datasets: ChartDataset<"bar">[] = result.rows.map((row, i) => ({
    label: row.label || texts.count,
    data: (horizontal ? rowShares(row) : row.counts),
    backgroundColor: groupColours[i % groupColours.length],
    borderColor: "#222",
    borderWidth: 1,
  }));
  return {
    type: "bar",
    data: { labels: result.categories.map((c) => c.label), datasets },
    options: {
      indexAxis: horizontal ? "y" : "x",
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: result.rows.length > 1, labels: { font } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = result.rows[item.datasetIndex]!;
              const count = row.counts[item.dataIndex];
              return `${item.dataset.label}: ${count === null ? texts.hidden : count}${horizontal && count !== null ? ` (${item.formattedValue} %)` : ""}`;
            },
          },
        },
      },
      scales: {
        [horizontal ? "x" : "y"]: {
          beginAtZero: true,
          ...(horizontal && !result.multiple ? { max: 100 } : {}),
          title: { display: true, text: horizontal ? texts.share : texts.count, font },
          ticks: { font, ...(horizontal ? {} : { precision: 0 }) },
        },
        [horizontal ? "y" : "x"]: { ticks: { font } },
      },
    },
  };
}

// Disagreement to the left of zero, agreement to the right, the neutral point split across
// the middle; "don't know" is left out here and reported beside the chart.
function divergingConfig(result: QuestionResult, texts: ChartTexts): ChartConfiguration<"bar"> {
  const points = result.categories.filter((c) => !c.isDontKnow);
  const colours = divergingColours(points.length);
  const shares = result.rows.map((row) => scaleShares(result, row));
  // Chart.js stacks each side outwards from zero in dataset order, so the disagreeing side
  // is listed from the middle out; the legend is sorted back into the scale's order.
  const sideOf = (p: number) => (result.neutral === null ? (p < points.length / 2 ? -1 : 1) : p < result.neutral ? -1 : p > result.neutral ? 1 : 0);
  const data = (p: number, factor: number) => shares.map((rowShares) => (rowShares[p] == null ? null : rowShares[p]! * factor));
  const dataset = (p: number, factor: number, label = points[p]!.label) => ({ label, data: data(p, factor), backgroundColor: colours[p], stack: "scale", scalePoint: p });
  const order = [...points.keys()];
  const datasets: (ChartDataset<"bar"> & { scalePoint: number })[] = [
    ...order.filter((p) => sideOf(p) === 0).map((p) => dataset(p, -0.5)),
    ...order.filter((p) => sideOf(p) < 0).reverse().map((p) => dataset(p, -1)),
    ...order.filter((p) => sideOf(p) === 0).map((p) => dataset(p, 0.5, `${points[p]!.label} `)),
    ...order.filter((p) => sideOf(p) > 0).map((p) => dataset(p, 1)),
  ];
  return {
    type: "bar",
    data: { labels: result.rows.map((row) => row.label || texts.count), datasets },
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: {
          labels: {
            font,
            filter: (item) => !item.text.endsWith(" "),
            sort: (a, b) => datasets[a.datasetIndex!]!.scalePoint - datasets[b.datasetIndex!]!.scalePoint,
          },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const value = item.raw as number | null;
              const whole = result.neutral === datasets[item.datasetIndex]!.scalePoint ? 2 : 1;
              return `${item.dataset.label?.trim()}: ${value === null ? texts.hidden : `${Math.round(Math.abs(value) * whole * 10) / 10} %`}`;
            },
          },
        },
      },
      scales: {
        x: {
          stacked: true,
          min: -100,
          max: 100,
          title: { display: true, text: texts.share, font },
          ticks: { font, callback: (value) => `${Math.abs(Number(value))}` },
        },
        y: { stacked: true, ticks: { font } },
      },
    },
  };
}
