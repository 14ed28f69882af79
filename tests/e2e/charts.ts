import { expect, type Page } from "@playwright/test";

/** What Chart.js drew on one canvas, read back from the chart itself. */
export interface DrawnChart {
  indexAxis: "x" | "y";
  /** The category labels as the chart was given them (whole statements, answers, groups). */
  labels: string[];
  /** The lines Chart.js draws for each category label on its axis. */
  tickLines: string[][];
  /** The widest of those lines and the room the axis has for them, in CSS pixels. */
  widestLine: number;
  labelRoom: number;
  /** Text sizes of every axis's ticks and titles and of the legend, in CSS pixels. */
  fontSizes: number[];
  /** Points whose value is hidden (null), and the marks the chart draws for hidden counts. */
  hiddenPoints: { datasetIndex: number; index: number }[];
  marks: ({ kind: "bar"; datasetIndex: number; index: number } | { kind: "stack"; index: number; axisId: string })[];
}

/**
 * The charts drawn on the page. Chart.js is loaded on demand, in a module of its own; importing
 * that module again returns the same instance, whose registry knows every chart on the page.
 */
export async function drawnCharts(page: Page): Promise<DrawnChart[]> {
  return page.evaluate(async () => {
    type Font = { size: number; family: string };
    type Scale = {
      axis: string;
      width: number;
      ctx: CanvasRenderingContext2D;
      ticks: { label: string | string[] }[];
      options: { ticks: { font: Font }; title?: { display: boolean; font: Font } };
    };
    type Chart = {
      options: { indexAxis?: "x" | "y"; plugins: { legend: { display: boolean; options?: unknown; labels: { font: Font } } } };
      data: { labels: string[]; datasets: { data: (number | null)[] }[] };
      scales: Record<string, Scale>;
      config: { plugins: { id: string; marks?: DrawnChart["marks"] }[] };
      legend?: { options: { display: boolean; labels: { font: Font } } };
    };
    type ChartStatic = { getChart(canvas: HTMLCanvasElement): Chart | undefined };
    let ChartJs: ChartStatic | undefined;
    const scripts = performance.getEntriesByType("resource").map((entry) => entry.name).filter((name) => name.endsWith(".js"));
    for (const url of scripts) {
      const module = (await import(url)) as Record<string, unknown>;
      for (const value of Object.values(module)) {
        if (value && typeof (value as ChartStatic).getChart === "function") ChartJs = value as ChartStatic;
      }
    }
    if (!ChartJs) return [];
    const charts: DrawnChart[] = [];
    for (const canvas of document.querySelectorAll("canvas")) {
      const chart = ChartJs.getChart(canvas);
      if (!chart) continue;
      const indexAxis = chart.options.indexAxis ?? "x";
      const categories = chart.scales[indexAxis]!;
      const tickLines = categories.ticks.map((tick) => (Array.isArray(tick.label) ? tick.label : [tick.label]));
      const ctx = categories.ctx;
      ctx.save();
      ctx.font = `${categories.options.ticks.font.size}px ${categories.options.ticks.font.family}`;
      const widestLine = Math.max(...tickLines.flat().map((line) => ctx.measureText(line).width));
      ctx.restore();
      const scales = Object.values(chart.scales);
      charts.push({
        indexAxis,
        labels: chart.data.labels.map(String),
        tickLines,
        widestLine,
        labelRoom: categories.width,
        fontSizes: [
          ...scales.map((scale) => scale.options.ticks.font.size),
          ...scales.filter((scale) => scale.options.title?.display).map((scale) => scale.options.title!.font.size),
          ...(chart.legend?.options.display ? [chart.legend.options.labels.font.size] : []),
        ],
        hiddenPoints: chart.data.datasets.flatMap((dataset, datasetIndex) =>
          dataset.data.flatMap((value, index) => (value === null ? [{ datasetIndex, index }] : [])),
        ),
        marks: chart.config.plugins.find((plugin) => plugin.id === "hiddenMarks")?.marks ?? [],
      });
    }
    return charts;
  });
}

/** Waits until every canvas on the page holds a drawn chart, and returns them. */
export async function expectChartsOnEveryCanvas(page: Page): Promise<DrawnChart[]> {
  const canvases = await page.locator("canvas").count();
  expect(canvases).toBeGreaterThan(0);
  await expect.poll(async () => (await drawnCharts(page)).length, { timeout: 15_000 }).toBe(canvases);
  return drawnCharts(page);
}

/**
 * No category label is cut off: every label is drawn whole (its lines, joined, are the label),
 * none is skipped, and the widest line fits the room its axis has.
 */
export function expectLabelsWhole(chart: DrawnChart) {
  expect(chart.tickLines.map((lines) => lines.join(" "))).toEqual(chart.labels.map((label) => label.split(/\s+/).join(" ")));
  expect(chart.widestLine).toBeLessThanOrEqual(chart.labelRoom);
}

/** Every hidden point of the chart is marked as hidden where it would be drawn. */
export function expectHiddenPointsMarked(chart: DrawnChart) {
  for (const point of chart.hiddenPoints) {
    const marked = chart.marks.some((mark) =>
      mark.kind === "bar" ? mark.datasetIndex === point.datasetIndex && mark.index === point.index : mark.index === point.index,
    );
    expect(marked, `hidden point ${JSON.stringify(point)} is marked`).toBe(true);
  }
}
