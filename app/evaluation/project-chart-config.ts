import type { ChartConfiguration } from "chart.js";
import { groupColours } from "./chart-config";
import type { EventParticipation, TimeCount } from "./project-results.server";

const font = { family: "system-ui, sans-serif", size: 13 };

/** Attendance and responses side by side for each event. */
export function participationConfig(events: EventParticipation[], labels: { attendance: string; responses: string }): ChartConfiguration<"bar"> {
  return {
    type: "bar",
    data: {
      labels: events.map((e) => e.title),
      datasets: [
        { label: labels.attendance, data: events.map((e) => e.attendance), backgroundColor: groupColours[0], borderColor: "#222", borderWidth: 1 },
        { label: labels.responses, data: events.map((e) => e.responses), backgroundColor: groupColours[1], borderColor: "#222", borderWidth: 1 },
      ],
    },
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { labels: { font } } },
      scales: { x: { beginAtZero: true, ticks: { font, precision: 0 } }, y: { ticks: { font } } },
    },
  };
}

export function timelineConfig(timeline: TimeCount[], label: string): ChartConfiguration<"bar"> {
  return {
    type: "bar",
    data: {
      labels: timeline.map((t) => t.period),
      datasets: [{ label, data: timeline.map((t) => t.responses), backgroundColor: groupColours[0] }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, title: { display: true, text: label, font }, ticks: { font, precision: 0 } }, x: { ticks: { font } } },
    },
  };
}
