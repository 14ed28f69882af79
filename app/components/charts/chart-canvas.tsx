import type { Chart, ChartConfiguration } from "chart.js";
import { useEffect, useRef, useState } from "react";
import { wrapText } from "~/evaluation/wrap-text";
import { useTranslation } from "~/i18n/use-translation";

// Paints the canvas white first, so a downloaded PNG is not transparent.
const whiteBackground = {
  id: "whiteBackground",
  beforeDraw(chart: Chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = "destination-over";
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

// A horizontal chart's category labels wrap into several lines (chart-config.ts); Chart.js
// would skip or overlap labels that do not fit the height it was given, so the chart is made
// as tall as its labels need, never less than the height it was given (its width may change).
function roomForLabels(least: number) {
  return {
    id: "roomForLabels",
    afterLayout(chart: Chart) {
      const axis = chart.options.indexAxis === "y" ? chart.scales.y : null;
      const holder = chart.canvas.parentElement;
      if (!axis || !holder) return;
      const lineHeight = (axis.options as unknown as { ticks: { font: { size: number } } }).ticks.font.size * 1.2;
      // Every category gets a band of the same height, centred on its label: the longest label sets it.
      const lines = Math.max(1, ...axis.ticks.map((tick) => (Array.isArray(tick.label) ? tick.label.length : 1)));
      const needed = axis.ticks.length * (lines + 0.6) * lineHeight;
      const height = Math.max(least, Math.ceil(chart.height + needed - axis.height));
      if (Math.abs(height - chart.height) <= 2) return;
      holder.style.height = `${height}px`;
      // Not inside this layout pass: Chart.js measures the holder again and draws anew.
      setTimeout(() => chart.canvas && chart.resize());
    },
  };
}

/** What a downloaded PNG says above the chart, so that it makes sense pasted alone into a report. */
export interface ChartDownload {
  fileName: string;
  title: string;
  /** Lines under the title: where the numbers come from, n, the filters in force, the base of the shares, the note on hidden numbers. */
  notes: string[];
}

// The chart under its title and notes, on a canvas of its own, in the chart's own pixel density.
function imageWithHeader(chart: Chart, download: ChartDownload): string {
  const source = chart.canvas;
  const ratio = chart.currentDevicePixelRatio || 1;
  const padding = 12 * ratio;
  const family = "system-ui, sans-serif";
  const out = document.createElement("canvas");
  const ctx = out.getContext("2d");
  if (!ctx) return chart.toBase64Image("image/png", 1);
  const blocks = [
    { text: download.title, font: `bold ${16 * ratio}px ${family}`, lineHeight: 21 * ratio, colour: "#1b1f24" },
    ...download.notes.map((text) => ({ text, font: `${12 * ratio}px ${family}`, lineHeight: 16 * ratio, colour: "#4a5560" })),
  ].map((block) => {
    ctx.font = block.font;
    return { ...block, lines: wrapText(ctx, block.text, source.width - 2 * padding) };
  });
  // Whole pixels, so that the chart is copied pixel for pixel, not resampled (ratios such as 2.75).
  const headerHeight = Math.ceil(padding + blocks.reduce((sum, block) => sum + block.lines.length * block.lineHeight + 4 * ratio, 0) + padding);
  out.width = source.width;
  out.height = headerHeight + source.height;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = "top";
  let y = padding;
  for (const block of blocks) {
    ctx.font = block.font;
    ctx.fillStyle = block.colour;
    for (const line of block.lines) {
      ctx.fillText(line, padding, y);
      y += block.lineHeight;
    }
    y += 4 * ratio;
  }
  ctx.drawImage(source, 0, headerHeight);
  return out.toDataURL("image/png");
}

/**
 * A Chart.js chart. Chart.js is imported on first use, so it loads only on pages that draw
 * charts; without JavaScript the data table next to the chart carries the same numbers. With
 * `download`, a button saves it as a PNG headed by its title and notes.
 */
export function ChartCanvas({
  config,
  label,
  height,
  download,
}: {
  /** Bars, or points and lines (the project page's indicators over time). */
  config: () => ChartConfiguration<"bar"> | ChartConfiguration<"line">;
  label: string;
  height: number;
  download?: ChartDownload;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [chart, setChart] = useState<Chart | null>(null);
  const { t, uiLanguage } = useTranslation();
  const configuration = config();
  const signature = JSON.stringify(configuration.data);

  useEffect(() => {
    let drawn: Chart | null = null;
    let cancelled = false;
    void import("chart.js/auto").then(({ default: ChartJs }) => {
      if (cancelled || !canvas.current) return;
      drawn = new ChartJs(canvas.current, {
        ...configuration,
        // Chart.js writes its axis numbers and tooltip values in this language (decimal mark, grouping).
        options: { ...configuration.options, locale: uiLanguage },
        plugins: [whiteBackground, roomForLabels(height), ...(configuration.plugins ?? [])],
      } as ChartConfiguration);
      setChart(drawn);
    });
    return () => {
      cancelled = true;
      drawn?.destroy();
    };
    // The configuration is rebuilt on every render; its data decides whether to redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  return (
    <div className="chart">
      <div className="chart-area" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      {chart && download ? (
        <button
          type="button"
          className="button small no-print"
          onClick={() => {
            const link = document.createElement("a");
            link.href = imageWithHeader(chart, download);
            link.download = `${download.fileName}.png`;
            link.click();
          }}
        >
          {t("results.downloadPng")}
        </button>
      ) : null}
    </div>
  );
}
