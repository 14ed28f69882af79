import { describe, expect, it } from "vitest";
import type { QuestionType } from "~/generated/prisma/enums";
import { allQuestions, isQuestionVisible, visibleQuestionKeys } from "~/survey/conditions";
import type { ResidentQuestion, ResidentSurvey } from "~/survey/resident-survey";

function question(
  key: string,
  type: QuestionType,
  options: string[],
  showIf: ResidentQuestion["showIf"] = null,
): ResidentQuestion {
  return {
    key,
    type,
    required: false,
    text: key,
    help: "",
    options: options.map((value) => ({ value, label: value, isOther: false, isDontKnow: false })),
    statements: [],
    showIf,
  };
}

// A → B → C: B is shown when A = "yes", C when B = "often"; D depends on a multiple choice.
const a = question("a", "SINGLE_CHOICE", ["yes", "no"]);
const b = question("b", "SINGLE_CHOICE", ["often", "rarely"], { question: "a", option: "yes" });
const c = question("c", "SHORT_TEXT", [], { question: "b", option: "often" });
const m = question("m", "MULTIPLE_CHOICE", ["time", "language", "health"]);
const d = question("d", "SHORT_TEXT", [], { question: "m", option: "language" });
const orphan = question("orphan", "SHORT_TEXT", [], { question: "deleted", option: "x" });

const survey: ResidentSurvey = {
  id: "s",
  joinCode: "ABCDEF",
  title: "t",
  intro: "",
  sections: [
    { title: "one", questions: [a, b] },
    { title: "two", questions: [c, m, d, orphan] },
  ],
};
const byKey = new Map(allQuestions(survey).map((q) => [q.key, q]));

describe("isQuestionVisible", () => {
  it("shows a question without a condition whatever the answers", () => {
    expect(isQuestionVisible(a, {}, byKey)).toBe(true);
    expect(isQuestionVisible(m, { "q.a": ["no"] }, byKey)).toBe(true);
  });

  it("shows a conditional question only when its parent has the chosen option", () => {
    expect(isQuestionVisible(b, {}, byKey)).toBe(false);
    expect(isQuestionVisible(b, { "q.a": ["no"] }, byKey)).toBe(false);
    expect(isQuestionVisible(b, { "q.a": ["yes"] }, byKey)).toBe(true);
  });

  it("follows chained conditions", () => {
    expect(isQuestionVisible(c, { "q.a": ["yes"], "q.b": ["often"] }, byKey)).toBe(true);
    expect(isQuestionVisible(c, { "q.a": ["yes"], "q.b": ["rarely"] }, byKey)).toBe(false);
  });

  it("hides the end of a chain when the first answer changes, even if a stale answer remains", () => {
    // B still carries "often" from before, but A is now "no", so B and therefore C are hidden.
    expect(isQuestionVisible(c, { "q.a": ["no"], "q.b": ["often"] }, byKey)).toBe(false);
    expect(isQuestionVisible(c, { "q.b": ["often"] }, byKey)).toBe(false);
  });

  it("works with one option among several of a multiple choice", () => {
    expect(isQuestionVisible(d, { "q.m": ["time", "language"] }, byKey)).toBe(true);
    expect(isQuestionVisible(d, { "q.m": ["language"] }, byKey)).toBe(true);
    expect(isQuestionVisible(d, { "q.m": ["time", "health"] }, byKey)).toBe(false);
    expect(isQuestionVisible(d, { "q.m": [] }, byKey)).toBe(false);
  });

  it("hides a question whose parent does not exist", () => {
    expect(isQuestionVisible(orphan, { "q.deleted": ["x"] }, byKey)).toBe(false);
  });

  it("hides questions in a cycle instead of looping forever", () => {
    const x = question("x", "SINGLE_CHOICE", ["1"], { question: "y", option: "1" });
    const y = question("y", "SINGLE_CHOICE", ["1"], { question: "x", option: "1" });
    const cyclic = new Map([
      ["x", x],
      ["y", y],
    ]);
    expect(isQuestionVisible(x, { "q.x": ["1"], "q.y": ["1"] }, cyclic)).toBe(false);
  });
});

describe("visibleQuestionKeys", () => {
  it("lists the questions shown for the answers so far", () => {
    expect([...visibleQuestionKeys(survey, {})].sort()).toEqual(["a", "m"]);
    expect([...visibleQuestionKeys(survey, { "q.a": ["yes"] })].sort()).toEqual(["a", "b", "m"]);
    expect(
      [...visibleQuestionKeys(survey, { "q.a": ["yes"], "q.b": ["often"], "q.m": ["language"] })].sort(),
    ).toEqual(["a", "b", "c", "d", "m"]);
  });

  it("hiding A's answer hides both B and C", () => {
    const keys = visibleQuestionKeys(survey, { "q.a": ["no"], "q.b": ["often"], "q.c": ["text"] });
    expect(keys.has("b")).toBe(false);
    expect(keys.has("c")).toBe(false);
    expect(keys.has("orphan")).toBe(false);
  });
});
