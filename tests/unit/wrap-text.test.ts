import { describe, expect, it } from "vitest";
import { wrapText } from "~/evaluation/wrap-text";

// One unit of width per character.
const measure = { measureText: (text: string) => ({ width: text.length }) };

describe("wrapping a chart label", () => {
  it("breaks at spaces into lines no wider than the room, keeping every word", () => {
    const statement = "People whose language is different from mine keep to themselves.";
    const lines = wrapText(measure, statement, 20);
    expect(lines).toEqual(["People whose", "language is", "different from mine", "keep to themselves."]);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join(" ")).toBe(statement);
  });

  it("breaks a word longer than a line inside it", () => {
    expect(wrapText(measure, "a Donaudampfschifffahrt b", 8)).toEqual(["a", "Donaudam", "pfschiff", "fahrt b"]);
  });

  it("leaves a short label on one line", () => {
    expect(wrapText(measure, "Yes", 20)).toEqual(["Yes"]);
    expect(wrapText(measure, "", 20)).toEqual([""]);
  });
});
