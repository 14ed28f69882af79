import { describe, expect, it } from "vitest";
import { chartConfig, hiddenMarksOf, rowShares, textDirectionOf } from "~/evaluation/chart-config";
import type { QuestionResult, ResultRow } from "~/evaluation/results-types";

const texts = { share: "Share of respondents (%)", count: "Respondents", hidden: "hidden" };
const scale = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"];

function agreement(rows: ResultRow[]): QuestionResult {
  return {
    key: "q",
    text: "Statement",
    chart: "diverging",
    multiple: false,
    neutral: 2,
    categories: [...scale.map((label) => ({ label, isDontKnow: false })), { label: "Don't know", isDontKnow: true }],
    rows,
    respondents: rows[0]!.respondents,
    texts: null,
  };
}

const byLabel = (result: QuestionResult) => {
  const config = chartConfig(result, texts);
  return Object.fromEntries(config.data.datasets.map((d) => [d.label, d]));
};

describe("results charts", () => {
  it("draw an agreement scale in shares of all respondents, the same base as the table, with “don't know” apart", () => {
    // 20 respondents: 5 strongly disagree, 5 neutral, 5 strongly agree, 5 don't know.
    const result = agreement([{ label: "", respondents: 20, counts: [5, 0, 5, 0, 5, 5] }]);
    const datasets = byLabel(result);
    expect(rowShares(result.rows[0]!)).toEqual([25, 0, 25, 0, 25, 25]);
    expect(datasets["Strongly disagree"]!.data).toEqual([-25]);
    expect(datasets["Strongly agree"]!.data).toEqual([25]);
    // The neutral point is split across the middle: half each side.
    expect(datasets["Neither"]!.data).toEqual([-12.5]);
    expect(datasets["Neither "]!.data).toEqual([12.5]);
    expect(datasets["Don't know"]).toMatchObject({ data: [25], xAxisID: "dontKnow" });
    const scales = chartConfig(result, texts).options!.scales!;
    expect(scales.dontKnow).toMatchObject({ stack: "panels", title: { text: "Don't know" } });
  });

  it("mark a side holding a hidden count at its outer end, instead of leaving a gap that reads as zero", () => {
    // Both disagreeing counts hidden; 25 % neutral, 30 % + 25 % agreeing, "don't know" hidden.
    const result = agreement([{ label: "", respondents: 20, counts: [null, null, 5, 6, 5, null] }]);
    expect(hiddenMarksOf(result)).toEqual([
      { kind: "stack", index: 0, axisId: "x", value: -12.5, place: "left" },
      { kind: "stack", index: 0, axisId: "dontKnow", value: 0, place: "right" },
    ]);
    const hiddenRow = agreement([{ label: "", respondents: null, counts: [null, null, null, null, null, null] }]);
    expect(hiddenMarksOf(hiddenRow)).toEqual([{ kind: "stack", index: 0, axisId: "x", value: 0, place: "centre" }]);
  });

  it("mark each hidden bar of a bar chart, per group", () => {
    const result: QuestionResult = {
      ...agreement([{ label: "", respondents: 50, counts: [] }]),
      chart: "bars",
      neutral: null,
      categories: [{ label: "Yes", isDontKnow: false }, { label: "No", isDontKnow: false }],
      rows: [
        { label: "Latvian", respondents: 20, counts: [20, 0] },
        { label: "Russian", respondents: 30, counts: [null, null] },
      ],
      respondents: 50,
    };
    expect(hiddenMarksOf(result)).toEqual([
      { kind: "bar", datasetIndex: 1, index: 0 },
      { kind: "bar", datasetIndex: 1, index: 1 },
    ]);
    expect(byLabel(result)["Latvian"]!.data).toEqual([100, 0]);
  });

  it("take the projector's text size for ticks, titles and legend", () => {
    const config = chartConfig(agreement([{ label: "", respondents: 20, counts: [5, 0, 5, 0, 5, 5] }]), texts, { fontSize: 24 });
    const scales = config.options!.scales as Record<string, { ticks: { font: { size: number } }; title?: { font: { size: number } } }>;
    expect(scales.x!.ticks.font.size).toBe(24);
    expect(scales.x!.title!.font.size).toBe(24);
    expect(scales.y!.ticks.font.size).toBe(24);
    expect((config.options!.plugins!.legend!.labels!.font as { size: number }).size).toBe(24);
  });
});

describe("charts of a questionnaire written in Arabic", () => {
  const arabicScale = ["لا أوافق بشدة", "لا أوافق", "لا أوافق ولا أعارض", "أوافق", "أوافق بشدة"];
  const arabic: QuestionResult = {
    ...agreement([{ label: "", respondents: 20, counts: [4, 4, 4, 4, 4, 0] }]),
    categories: [...arabicScale.map((label) => ({ label, isDontKnow: false })), { label: "لا أعرف", isDontKnow: true }],
  };

  it("lay out the legend and tooltips right to left", () => {
    const { plugins } = chartConfig(arabic, texts).options!;
    expect(plugins!.legend).toMatchObject({ rtl: true, textDirection: "rtl" });
    expect(plugins!.tooltip).toMatchObject({ rtl: true, textDirection: "rtl" });
  });

  it("but not for labels in a left-to-right script, nor for a mix (a number or a Latin word first)", () => {
    const { plugins } = chartConfig(agreement([{ label: "", respondents: 20, counts: [4, 4, 4, 4, 4, 0] }]), texts).options!;
    expect(plugins!.legend).not.toHaveProperty("rtl");
    expect(textDirectionOf(["أوافق", "WIR أوافق"])).toEqual({});
    expect(textDirectionOf(["«أوافق»", "2026 أوافق"])).toEqual({ rtl: true, textDirection: "rtl" });
  });
});
