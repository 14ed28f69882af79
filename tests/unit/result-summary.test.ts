import { describe, expect, it } from "vitest";
import { summariseResult } from "~/evaluation/result-summary";
import type { QuestionResult, ResultRow } from "~/evaluation/results-types";
import { en } from "~/i18n/messages/en";
import { createTranslator } from "~/i18n/translate";

const t = createTranslator(en, "en");
const scale = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

function agreement(rows: ResultRow[]): QuestionResult {
  return {
    key: "eu_belonging",
    text: "I feel that Daugavpils is part of a common Europe.",
    chart: "diverging",
    multiple: false,
    neutral: 2,
    categories: [...scale.map((label) => ({ label, isDontKnow: false })), { label: "Don't know", isDontKnow: true }],
    rows,
    respondents: rows[0]!.respondents,
    texts: null,
  };
}

function choice(rows: ResultRow[], multiple = false): QuestionResult {
  return {
    key: "voted",
    text: "Did you vote?",
    chart: "bars",
    multiple,
    neutral: null,
    categories: ["Yes", "No", "Prefer not to say"].map((label) => ({ label, isDontKnow: false })),
    rows,
    respondents: rows[0]!.respondents,
    texts: null,
  };
}

describe("a result's summary", () => {
  it("never states a share computed from hidden numbers as if they were zero", () => {
    // 2 + 2 disagree (20 %) are hidden; 5 + 6 agree (55 %) are shown.
    const summary = summariseResult(agreement([{ label: "", respondents: 20, counts: [null, null, 5, 6, 5, 0] }]), t);
    expect(summary).toBe("All: 55 % on the agreeing side; the disagreeing side includes a hidden number, so its share is not given.");
    expect(summary).not.toMatch(/0 % on the disagreeing side/);
  });

  it("says so when both sides or the agreeing side hold hidden numbers", () => {
    expect(summariseResult(agreement([{ label: "Statement.", respondents: 20, counts: [6, 6, 0, null, null, 0] }]), t)).toBe(
      "Statement: 60 % on the disagreeing side; the agreeing side includes a hidden number, so its share is not given.",
    );
    expect(summariseResult(agreement([{ label: "", respondents: 12, counts: [null, 8, 0, null, 0, 0] }]), t)).toBe(
      "All: both sides include hidden numbers, so their shares are not given.",
    );
  });

  it("gives shares of all respondents, “don't know” included, as the table does", () => {
    // 5 of 20 agree: 25 % of respondents (not 5 of the 15 who gave a scale point).
    expect(summariseResult(agreement([{ label: "", respondents: 20, counts: [5, 0, 5, 0, 5, 5] }]), t)).toBe(
      "All: 25 % on the agreeing side, 25 % on the disagreeing side.",
    );
  });

  it("names the most chosen answer only when no hidden number can be larger", () => {
    // 20 of 28 chose Yes; the hidden two share 8 between them.
    expect(summariseResult(choice([{ label: "", respondents: 28, counts: [20, null, null] }]), t)).toBe("Most chosen: Yes (71.4 %).");
    // 10 of 30 chose Yes; the hidden two share 20, so one of them may be larger.
    expect(summariseResult(choice([{ label: "", respondents: 30, counts: [10, null, null] }]), t)).toBe(
      "Most chosen of the answers shown: Yes (33.3 %); a hidden number may be larger.",
    );
    // Several answers each: a hidden count has no bound but the number of respondents.
    expect(summariseResult(choice([{ label: "", respondents: 30, counts: [20, null, null] }], true), t)).toMatch(/^Most chosen of the answers shown: Yes/);
  });

  it("summarises each group of a breakdown, not only the first", () => {
    const summary = summariseResult(
      choice([
        { label: "Latvian", respondents: 10, counts: [6, 4, 0] },
        { label: "Russian", respondents: 10, counts: [3, 7, 0] },
      ]),
      t,
    );
    expect(summary).toBe("Latvian: most chosen Yes (60 %). Russian: most chosen No (70 %).");
  });
});
