import { describe, expect, it } from "vitest";
import { codeForLabel, codeFromLabel, isDerivedCode, isValidCode, uniqueCode } from "~/survey/option-codes";

describe("option codes", () => {
  it("are made from the label: lower case, _ between words, at most 40 characters", () => {
    expect(codeFromLabel("Bus stop")).toBe("bus_stop");
    expect(codeFromLabel("  Jā, bieži!  ")).toBe("ja_biezi");
    expect(codeFromLabel("Да, часто")).toBe("da_chasto");
    expect(codeFromLabel("Don't know")).toBe("dont_know");
    expect(codeFromLabel("65 or older")).toBe("65_or_older");
    expect(codeFromLabel("—")).toBe("");
    expect(codeFromLabel("a ".repeat(30))).toHaveLength(39);
    expect(codeFromLabel("Ļoti ".repeat(20)).length).toBeLessThanOrEqual(40);
    expect(codeFromLabel("Ļoti ".repeat(20))).not.toMatch(/_$/);
  });

  it("are unique within the question, numbered after the first", () => {
    const used = new Set(["yes"]);
    expect(codeForLabel("Yes", 1, used)).toBe("yes_2");
    expect(codeForLabel("YES!", 2, used)).toBe("yes_3");
    expect(codeForLabel("نعم", 3, used)).toBe("option_4");
    expect([...used]).toEqual(["yes", "yes_2", "yes_3", "option_4"]);
    expect(uniqueCode("x".repeat(40), new Set(["x".repeat(40)]))).toBe(`${"x".repeat(38)}_2`);
  });

  it("are valid with 1 to 40 small Latin letters, digits and _", () => {
    expect(["bus_stop", "1", "25_34", "x".repeat(40)].every(isValidCode)).toBe(true);
    expect(["", "Bus", "bus stop", "bus-stop", "ā", "x".repeat(41), "a.b"].some(isValidCode)).toBe(false);
  });

  it("tell a code made from the label from one chosen by hand", () => {
    expect(isDerivedCode("bus_stop", "Bus stop")).toBe(true);
    expect(isDerivedCode("bus_stop_2", "Bus stop")).toBe(true);
    expect(isDerivedCode("option_3", "—")).toBe(true);
    expect(isDerivedCode("bus", "Bus stop")).toBe(false);
    expect(isDerivedCode("bus_stop_x", "Bus stop")).toBe(false);
  });
});
