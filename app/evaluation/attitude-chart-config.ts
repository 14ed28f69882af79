import type { ChartConfiguration, Plugin } from "chart.js";
import { groupColours } from "./chart-config";
import type { AttitudeIndicator } from "./attitude-indicators.server";
import type { Interval } from "./statistics";

const font = { family: "system-ui, sans-serif", size: 13 };
const shareColour = groupColours[0]!;
const trendColour = "#4a5560";
const dayMs = 24 * 3600 * 1000;

/**
 * Each point's 95 % interval as a vertical bar with end caps. Chart.js has no error bars of its
 * own, and a plugin package for them would be one more dependency for a few lines of drawing.
 * The intervals stay in view, so that what the chart draws can be read back from it.
 */
export function intervalBarsPlugin(intervals: (Interval | null)[], datasetIndex: number): Plugin<"line"> & { intervals: (Interval | null)[] } {
  return {
    id: "intervalBars",
    intervals,
    afterDatasetsDraw(chart) {
      const meta = chart.getDatasetMeta(datasetIndex);
      const y = chart.scales.y;
      if (!y) return;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = shareColour;
      ctx.lineWidth = 2;
      meta.data.forEach((point, i) => {
        const interval = intervals[i];
        if (!interval) return;
        const top = y.getPixelForValue(interval.high);
        const bottom = y.getPixelForValue(interval.low);
        ctx.beginPath();
        ctx.moveTo(point.x, top);
        ctx.lineTo(point.x, bottom);
        for (const end of [top, bottom]) {
          ctx.moveTo(point.x - 6, end);
          ctx.lineTo(point.x + 6, end);
        }
        ctx.stroke();
      });
      ctx.restore();
    },
  };
}

export interface AttitudeChartLabels {
  share: string;
  trend: string;
  axis: string;
  /** A share in per cent as the page writes it ("62,5 %"). */
  percent: (value: number) => string;
  /** A point's tooltip: event, share, interval, n. */
  point: (point: AttitudeIndicator["events"][number]) => string;
}

/**
 * The share agreeing at each event (points, with their 95 % intervals) on a time axis, and
 * the trend line across the project. The x axis is time, so that the line is straight however
 * unevenly the events are spread; its ticks are the events' dates.
 */
export function attitudeConfig(indicator: AttitudeIndicator, labels: AttitudeChartLabels): ChartConfiguration<"line"> {
  const shown = indicator.events.filter((p) => p.share !== null);
  const times = indicator.events.map((p) => p.at);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(15 * dayMs, (last - first) * 0.06);
  const dateAt = new Map(indicator.events.map((p) => [p.at, p.startsOn]));
  const trend = indicator.trend;
  return {
    type: "line",
    data: {
      datasets: [
        {
          label: labels.share,
          data: shown.map((p) => ({ x: p.at, y: p.share! })),
          showLine: false,
          pointRadius: 5,
          pointHoverRadius: 7,
          backgroundColor: shareColour,
          borderColor: shareColour,
        },
        ...(trend
          ? [
              {
                label: labels.trend,
                data: [
                  { x: trend.from.at, y: trend.from.share },
                  { x: trend.to.at, y: trend.to.share },
                ],
                borderColor: trendColour,
                backgroundColor: trendColour,
                borderDash: [6, 4],
                borderWidth: 2,
                pointRadius: 0,
                pointHoverRadius: 0,
              },
            ]
          : []),
      ],
    },
    plugins: [intervalBarsPlugin(shown.map((p) => p.interval), 0)],
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      plugins: {
        legend: { labels: { font, usePointStyle: true, pointStyleWidth: 12, boxHeight: 8 } },
        tooltip: {
          filter: (item) => item.datasetIndex === 0,
          callbacks: { label: (item) => labels.point(shown[item.dataIndex]!), title: () => "" },
        },
      },
      scales: {
        x: {
          type: "linear",
          min: first - pad,
          max: last + pad,
          // One tick per event, at its date.
          afterBuildTicks: (scale) => {
            scale.ticks = [...new Set(times)].map((value) => ({ value }));
          },
          ticks: { font, autoSkip: true, maxRotation: 45, callback: (value) => dateAt.get(Number(value)) ?? "" },
        },
        y: {
          min: 0,
          max: 100,
          title: { display: true, text: labels.axis, font },
          ticks: { font, stepSize: 20, callback: (value) => labels.percent(Number(value)) },
        },
      },
    },
  };
}
