import { describe, expect, it } from "vitest";
import { attitudeConfig } from "~/evaluation/attitude-chart-config";
import type { AttitudeIndicator } from "~/evaluation/attitude-indicators.server";
import { attitudeSummary } from "~/components/charts/attitude-indicator";
import { en } from "~/i18n/messages/en";
import { createTranslator } from "~/i18n/translate";

const day = (iso: string) => new Date(`${iso}T10:00:00Z`).getTime();
const point = (event: string, at: string, n: number | null, share: number | null, hidden = false) => ({
  eventId: event,
  event,
  startsOn: at,
  at: day(at),
  countryName: "Latvia",
  n,
  share,
  interval: share === null ? null : { low: share - 10, high: share + 10 },
  hidden,
});

const indicator: AttitudeIndicator = {
  key: "eu_belonging",
  text: "I feel that our city is part of a common Europe.",
  points: 5,
  events: [point("Daugavpils", "2026-03-01", 20, 60), point("Līvāni", "2026-07-01", null, null, true), point("Ravenna", "2027-02-01", 25, 8)],
  trend: { from: { at: day("2026-03-01"), share: 61.2 }, to: { at: day("2027-02-01"), share: 8.4 }, perYear: -57.25 },
  pairs: [],
  combined: null,
};

const labels = { share: "Share agreeing", trend: "Trend", axis: "Share agreeing (%)", percent: (v: number) => `${v} %`, point: () => "" };

describe("the chart of an attitude indicator", () => {
  it("draws the shown shares as points with their intervals, and the trend as a line between its ends", () => {
    const config = attitudeConfig(indicator, labels);
    const [shares, trend] = config.data.datasets;
    expect(shares!.data).toEqual([
      { x: day("2026-03-01"), y: 60 },
      { x: day("2027-02-01"), y: 8 },
    ]);
    const bars = config.plugins![0] as unknown as { intervals: unknown[] };
    expect(bars.intervals).toEqual([
      { low: 50, high: 70 },
      { low: -2, high: 18 },
    ]);
    expect(trend!.data).toEqual([
      { x: day("2026-03-01"), y: 61.2 },
      { x: day("2027-02-01"), y: 8.4 },
    ]);
    // Every event has its tick, the hidden one too, on an axis of time.
    const x = config.options!.scales!.x!;
    expect(x.type).toBe("linear");
    const scale = { ticks: [] as { value: number }[] };
    (x as unknown as { afterBuildTicks: (s: typeof scale) => void }).afterBuildTicks(scale);
    expect(scale.ticks.map((t) => t.value)).toEqual(indicator.events.map((p) => p.at));
  });

  it("has no trend line without a trend", () => {
    expect(attitudeConfig({ ...indicator, trend: null }, labels).data.datasets).toHaveLength(1);
  });

  it("says in words what it shows: the first and last shown share, the slope per year, the hidden events", () => {
    expect(attitudeSummary(indicator, createTranslator(en, "en"), "en")).toBe(
      "The share agreeing is shown for 2 events: from 60.0 % at Daugavpils to 8.0 % at Ravenna. Trend across the project: -57.3 percentage points per year. At 1 event the share is hidden: too few answers to show it without giving people's answers away.",
    );
    const none = { ...indicator, events: [point("Līvāni", "2026-07-01", null, null, true)], trend: null };
    expect(attitudeSummary(none, createTranslator(en, "en"), "en")).toBe(
      "No event has enough answers to show the share agreeing. No trend line: it needs shown shares at events on at least two different dates. At 1 event the share is hidden: too few answers to show it without giving people's answers away.",
    );
  });
});
