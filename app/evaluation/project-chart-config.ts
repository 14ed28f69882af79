import type { ChartConfiguration } from "chart.js";
import { groupColours, wrappedLabels } from "./chart-config";
import { hiddenMarksPlugin, type HiddenMark } from "./chart-hidden-marks";
import type { TimeCount } from "./project-results.server";
import type { Shown } from "./suppression";

/** A bar pair of the participation charts: an event, or a country. */
export interface ParticipationBar {
  label: string;
  attendance: number | null;
  responses: Shown;
}

const font = { family: "system-ui, sans-serif", size: 13 };

// Hidden response counts (an attendance that is not recorded is simply absent, not hidden).
const hiddenResponses = (responses: (number | null)[], datasetIndex: number): HiddenMark[] =>
  responses.flatMap((n, index) => (n === null ? [{ kind: "bar" as const, datasetIndex, index }] : []));

/** Attendance and responses side by side for each event, or each country. */
export function participationConfig(events: ParticipationBar[], labels: { attendance: string; responses: string; hidden: string }): ChartConfiguration<"bar"> {
  return {
    type: "bar",
    data: {
      labels: events.map((e) => e.label),
      datasets: [
        { label: labels.attendance, data: events.map((e) => e.attendance), backgroundColor: groupColours[0], borderColor: "#222", borderWidth: 1 },
        { label: labels.responses, data: events.map((e) => e.responses), backgroundColor: groupColours[1], borderColor: "#222", borderWidth: 1 },
      ],
    },
    plugins: [hiddenMarksPlugin(hiddenResponses(events.map((e) => e.responses), 1), labels.hidden, font)],
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { labels: { font } } },
      scales: { x: { beginAtZero: true, ticks: { font, precision: 0 } }, y: { ticks: { font, autoSkip: false, callback: wrappedLabels(font) } } },
    },
  };
}

export function timelineConfig(timeline: TimeCount[], labels: { responses: string; hidden: string }): ChartConfiguration<"bar"> {
  return {
    type: "bar",
    data: {
      labels: timeline.map((t) => t.label),
      datasets: [{ label: labels.responses, data: timeline.map((t) => t.responses), backgroundColor: groupColours[0] }],
    },
    plugins: [hiddenMarksPlugin(hiddenResponses(timeline.map((t) => t.responses), 0), labels.hidden, font)],
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, title: { display: true, text: labels.responses, font }, ticks: { font, precision: 0 } }, x: { ticks: { font } } },
    },
  };
}
