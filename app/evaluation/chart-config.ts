import type { Chart, ChartConfiguration, ChartDataset, Scale } from "chart.js";
import { formatNumber } from "~/i18n/format-number";
import { hiddenMarksPlugin, type HiddenMark } from "./chart-hidden-marks";
import type { QuestionResult, ResultRow } from "./results-types";
import { wrapText } from "./wrap-text";

/**
 * Chart.js configurations for results. Colours are colour-blind safe (Okabe–Ito for groups, a
 * purple–orange diverging scale for agreement) and never the only carrier of meaning: every
 * chart has a legend or labelled axis, and a data table beside it.
 */

// A text whose first letter is Arabic or Hebrew runs right to left.
const startsRightToLeft = (text: string) => /^[^\p{L}]*[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text);

/**
 * Chart.js lays out a legend's or tooltip's lines left to right unless told otherwise: labels all
 * in a right-to-left script (a questionnaire written in Arabic) get their own direction.
 */
export function textDirectionOf(labels: (string | undefined)[]): { rtl: true; textDirection: "rtl" } | Record<string, never> {
  const written = labels.filter((label): label is string => Boolean(label?.trim()));
  return written.length && written.every(startsRightToLeft) ? { rtl: true, textDirection: "rtl" } : {};
}

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

// The page's language, which ChartCanvas gives every chart as its locale.
const languageOf = (chart: Chart) => chart.options.locale ?? "en";

const percent = (count: number | null, of: number | null) => (count === null || !of ? null : Math.round((count / of) * 1000) / 10);

/** Share of a row's respondents for each category, in per cent; null where hidden. */
export function rowShares(row: ResultRow): (number | null)[] {
  return row.counts.map((count) => percent(count, row.respondents));
}

export interface ChartTexts {
  share: string;
  count: string;
  /** How a hidden count reads. */
  hidden: string;
}

export interface ChartLook {
  /** Text size on the canvas in CSS pixels: 13 on the evaluation pages, larger on a projector. */
  fontSize: number;
}

type Font = { family: string; size: number };

// Category labels (answers, statements, groups) wrap to the room Chart.js gives the axis (at
// most half the chart's width), so a long statement is never cut off at the canvas's edge.
export function wrappedLabels(font: Font) {
  return function (this: Scale, value: number | string) {
    const label = this.getLabelForValue(Number(value));
    const ctx = this.ctx;
    ctx.save();
    ctx.font = `${font.size}px ${font.family}`;
    const lines = wrapText(ctx, label, Math.max(font.size * 4, this.chart.width * 0.45 - font.size));
    ctx.restore();
    return lines;
  };
}

export function chartConfig(result: QuestionResult, texts: ChartTexts, look: ChartLook = { fontSize: 13 }): ChartConfiguration<"bar"> {
  const font: Font = { family: "system-ui, sans-serif", size: look.fontSize };
  if (result.chart === "diverging") return divergingConfig(result, texts, font);
  const horizontal = result.chart === "bars";
  const datasets: ChartDataset<"bar">[] = result.rows.map((row, i) => ({
    label: row.label || texts.count,
    data: horizontal ? rowShares(row) : row.counts,
    backgroundColor: groupColours[i % groupColours.length],
    borderColor: "#222",
    borderWidth: 1,
  }));
  return {
    type: "bar",
    data: { labels: result.categories.map((c) => c.label), datasets },
    plugins: [hiddenMarksPlugin(hiddenMarksOf(result), texts.hidden, font)],
    options: {
      indexAxis: horizontal ? "y" : "x",
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: result.rows.length > 1, labels: { font }, ...textDirectionOf(datasets.map((d) => d.label)) },
        tooltip: {
          ...textDirectionOf(result.categories.map((c) => c.label)),
          titleFont: font,
          bodyFont: font,
          callbacks: {
            label: (item) => {
              const row = result.rows[item.datasetIndex]!;
              const count = row.counts[item.dataIndex] ?? null;
              return `${item.dataset.label}: ${count === null ? texts.hidden : formatNumber(count, languageOf(item.chart))}${horizontal && count !== null ? ` (${item.formattedValue} %)` : ""}`;
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
        [horizontal ? "y" : "x"]: { ticks: { font, autoSkip: false, ...(horizontal ? { callback: wrappedLabels(font) } : {}) } },
      },
    },
  };
}

// An agreement scale's points (without "don't know"), each one's index among the categories
// and its side: -1 disagreeing, 0 the neutral middle, 1 agreeing.
function scaleOf(result: QuestionResult) {
  const points = result.categories.filter((c) => !c.isDontKnow);
  const sideOf = (p: number) => (result.neutral === null ? (p < points.length / 2 ? -1 : 1) : p < result.neutral ? -1 : p > result.neutral ? 1 : 0);
  return {
    points,
    pointIndex: points.map((point) => result.categories.indexOf(point)),
    order: [...points.keys()],
    sideOf,
    dontKnowIndex: result.categories.findIndex((c) => c.isDontKnow),
  };
}

/** Where a chart marks its hidden counts (see chart-hidden-marks.ts). */
export function hiddenMarksOf(result: QuestionResult): HiddenMark[] {
  if (result.chart !== "diverging") {
    return result.rows.flatMap((row, datasetIndex) =>
      row.counts.flatMap((count, index) => (count === null ? [{ kind: "bar" as const, datasetIndex, index }] : [])),
    );
  }
  // A side that holds a hidden count is marked at its outer end, the neutral middle at zero,
  // "don't know" at the start of its panel; a row hidden whole once, in the middle.
  const { pointIndex, order, sideOf, dontKnowIndex } = scaleOf(result);
  const sum = (values: (number | null)[]) => values.reduce<number>((total, v) => total + (v ?? 0), 0);
  return result.rows.flatMap((row, index): HiddenMark[] => {
    const mark = (axisId: string, value: number, place: "left" | "right" | "centre"): HiddenMark => ({ kind: "stack", index, axisId, value, place });
    if (row.respondents === null) return [mark("x", 0, "centre")];
    const shares = rowShares(row);
    const on = (side: number) => order.filter((p) => sideOf(p) === side).map((p) => shares[pointIndex[p]!] ?? null);
    const half = sum(on(0)) / 2;
    return [
      ...(on(-1).includes(null) ? [mark("x", -(sum(on(-1)) + half), "left")] : []),
      ...(on(0).includes(null) ? [mark("x", 0, "centre")] : []),
      ...(on(1).includes(null) ? [mark("x", sum(on(1)) + half, "right")] : []),
      ...(dontKnowIndex >= 0 && shares[dontKnowIndex] === null ? [mark("dontKnow", 0, "right")] : []),
    ];
  });
}

// The "don't know" panel is narrow (a sixth of the scale's width or more): its title is wrapped
// to the panel, and left to the legend where even one word would not fit. The panel's width is
// not known before layout; the category labels take at most 45 % of the chart (wrappedLabels).
function dontKnowTitle(label: string, font: Font, share: number) {
  return {
    id: "dontKnowTitle",
    beforeUpdate(chart: Chart) {
      const title = (chart.options.scales?.dontKnow as { title?: { display: boolean; text: string | string[] } } | undefined)?.title;
      if (!title) return;
      const room = chart.width * 0.55 * share - font.size;
      chart.ctx.save();
      chart.ctx.font = `${font.size}px ${font.family}`;
      const lines = wrapText(chart.ctx, label, room);
      const fits = label.split(/\s+/).every((word) => chart.ctx.measureText(word).width <= room);
      chart.ctx.restore();
      title.display = fits;
      title.text = lines;
    },
  };
}

/**
 * Disagreement to the left of zero, agreement to the right, the neutral point split across the
 * middle, and "don't know" apart in a panel of its own on the right, on the same scale: every
 * share is of all the row's respondents, as in the table, so the three parts add up to 100 %.
 */
function divergingConfig(result: QuestionResult, texts: ChartTexts, font: Font): ChartConfiguration<"bar"> {
  const { points, pointIndex, order, sideOf, dontKnowIndex } = scaleOf(result);
  const dontKnow = dontKnowIndex >= 0 ? result.categories[dontKnowIndex]! : null;
  const colours = divergingColours(points.length);
  const shares = result.rows.map((row) => rowShares(row));
  // Chart.js stacks each side outwards from zero in dataset order, so the disagreeing side
  // is listed from the middle out; the legend is sorted back into the scale's order.
  const data = (p: number, factor: number) => shares.map((row) => (row[pointIndex[p]!] == null ? null : row[pointIndex[p]!]! * factor));
  const dataset = (p: number, factor: number, label = points[p]!.label) => ({ label, data: data(p, factor), backgroundColor: colours[p], stack: "scale", scalePoint: p });
  const datasets: (ChartDataset<"bar"> & { scalePoint: number })[] = [
    ...order.filter((p) => sideOf(p) === 0).map((p) => dataset(p, -0.5)),
    ...order.filter((p) => sideOf(p) < 0).reverse().map((p) => dataset(p, -1)),
    ...order.filter((p) => sideOf(p) === 0).map((p) => dataset(p, 0.5, `${points[p]!.label} `)),
    ...order.filter((p) => sideOf(p) > 0).map((p) => dataset(p, 1)),
  ];
  const dontKnowShares = shares.map((row) => (dontKnowIndex >= 0 ? row[dontKnowIndex]! : null));
  // The panel is as long as the largest "don't know" needs (at least 40 %, room for its title),
  // in the same units as the scale, so lengths compare across the two.
  const dontKnowMax = Math.max(40, Math.ceil(Math.max(0, ...dontKnowShares.map((s) => s ?? 0)) / 20) * 20);
  if (dontKnow) {
    datasets.push({
      label: dontKnow.label,
      data: dontKnowShares,
      backgroundColor: "#d9d9d9",
      borderColor: "#222",
      borderWidth: 1,
      xAxisID: "dontKnow",
      grouped: false,
      scalePoint: points.length,
    });
  }

  return {
    type: "bar",
    data: { labels: result.rows.map((row) => row.label || texts.count), datasets },
    plugins: [hiddenMarksPlugin(hiddenMarksOf(result), texts.hidden, font), ...(dontKnow ? [dontKnowTitle(dontKnow.label, font, dontKnowMax / (200 + dontKnowMax))] : [])],
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: {
          ...textDirectionOf(points.map((point) => point.label)),
          labels: {
            font,
            filter: (item) => !item.text.endsWith(" "),
            sort: (a, b) => datasets[a.datasetIndex!]!.scalePoint - datasets[b.datasetIndex!]!.scalePoint,
          },
        },
        tooltip: {
          ...textDirectionOf(points.map((point) => point.label)),
          titleFont: font,
          bodyFont: font,
          callbacks: {
            label: (item) => {
              const value = item.raw as number | null;
              const whole = result.neutral === datasets[item.datasetIndex]!.scalePoint ? 2 : 1;
              return `${item.dataset.label?.trim()}: ${value === null ? texts.hidden : `${formatNumber(Math.abs(value) * whole, languageOf(item.chart), { maximumFractionDigits: 1 })} %`}`;
            },
          },
        },
      },
      scales: {
        x: {
          stacked: true,
          min: -100,
          max: 100,
          ...(dontKnow ? { stack: "panels", stackWeight: 200 } : {}),
          title: { display: true, text: texts.share, font },
          // With the "don't know" panel beside it, the scale's 100 would run into the panel's 0 (both ends go, for balance).
          ticks: { font, callback: (value) => (dontKnow && Math.abs(Number(value)) === 100 ? "" : `${Math.abs(Number(value))}`) },
        },
        ...(dontKnow
          ? {
              dontKnow: {
                axis: "x" as const,
                type: "linear" as const,
                position: "bottom" as const,
                stack: "panels",
                stackWeight: dontKnowMax,
                min: 0,
                max: dontKnowMax,
                title: { display: true, text: dontKnow.label, font },
                ticks: { font, stepSize: 20, maxRotation: 0, callback: (value: number | string) => (value === 0 ? "" : `${value}`) },
              },
            }
          : {}),
        y: { stacked: true, ticks: { font, autoSkip: false, callback: wrappedLabels(font) } },
      },
    },
  };
}
