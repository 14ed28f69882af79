import { describe, expect, it } from "vitest";
import { isWellFormedJoinCode, joinCodeAlphabet, joinCodeLength, normalizeJoinCode } from "~/survey/join-code";

describe("normalizeJoinCode", () => {
  it("drops dashes and upper-cases", () => {
    expect(normalizeJoinCode("daug-av")).toBe("DAUGAV");
    expect(normalizeJoinCode("DAUGAV")).toBe("DAUGAV");
    expect(normalizeJoinCode("dAuGaV")).toBe("DAUGAV");
  });

  it("drops spaces, tabs, newlines and non-breaking spaces anywhere", () => {
    expect(normalizeJoinCode(" dau gav ")).toBe("DAUGAV");
    expect(normalizeJoinCode("DAU\tGAV\n")).toBe("DAUGAV");
    expect(normalizeJoinCode("DAU\u00a0GAV")).toBe("DAUGAV");
  });

  it("drops typographic dashes a phone keyboard may insert", () => {
    expect(normalizeJoinCode("DAU\u2013GAV")).toBe("DAUGAV"); // en dash
    expect(normalizeJoinCode("DAU\u2014GAV")).toBe("DAUGAV"); // em dash
    expect(normalizeJoinCode("DAU\u2010GAV")).toBe("DAUGAV"); // hyphen
    expect(normalizeJoinCode("da-ug - av")).toBe("DAUGAV");
  });

  it("returns an empty string for nothing but separators", () => {
    expect(normalizeJoinCode(" - ")).toBe("");
  });
});

describe("isWellFormedJoinCode", () => {
  it("accepts six characters of the alphabet", () => {
    expect(joinCodeLength).toBe(6);
    expect(isWellFormedJoinCode("DAUGAV")).toBe(true);
    expect(isWellFormedJoinCode("ABC234")).toBe(true);
    expect(isWellFormedJoinCode("Z9Z9Z9")).toBe(true);
  });

  it("has no characters that are easy to confuse", () => {
    for (const ambiguous of ["O", "0", "I", "1", "L"]) expect(joinCodeAlphabet).not.toContain(ambiguous);
  });

  it("rejects codes with O, 0, I, 1 or L", () => {
    for (const code of ["DAUGAO", "DAUGA0", "DAUGAI", "DAUGA1", "DAUGAL"]) {
      expect(isWellFormedJoinCode(code), code).toBe(false);
    }
  });

  it("rejects wrong lengths", () => {
    for (const code of ["", "DAUGA", "DAUGAVP", "DAUGAVDAUGAV"]) {
      expect(isWellFormedJoinCode(code), code).toBe(false);
    }
  });

  it("rejects lower case, separators and other characters (normalise first)", () => {
    for (const code of ["daugav", "DAU-GA", "DAU GA", "DAUGĀV", "DAUG@V"]) {
      expect(isWellFormedJoinCode(code), code).toBe(false);
    }
    expect(isWellFormedJoinCode(normalizeJoinCode("dau-gav"))).toBe(true);
  });
});
