import { describe, expect, it } from "vitest";
import { fallbackUiLanguage, isUiLanguage, negotiateLanguage, uiLanguages } from "~/i18n/languages";

const available = ["lv", "ru", "en"];

describe("negotiateLanguage", () => {
  it("picks the first acceptable language in the header's order when qualities are equal", () => {
    expect(negotiateLanguage("ru, lv, en", available, "lv")).toBe("ru");
    expect(negotiateLanguage("en,ru", available, "lv")).toBe("en");
  });

  it("orders by q-value, not by position", () => {
    expect(negotiateLanguage("en;q=0.5, ru;q=0.9, lv;q=0.7", available, "lv")).toBe("ru");
    expect(negotiateLanguage("de, en;q=0.3, lv;q=0.8", available, "ru")).toBe("lv");
    // A range without q has quality 1.
    expect(negotiateLanguage("en;q=0.9, ru", available, "lv")).toBe("ru");
  });

  it("matches a region subtag to its primary language", () => {
    expect(negotiateLanguage("ru-RU", available, "lv")).toBe("ru");
    expect(negotiateLanguage("en-GB,en;q=0.9", available, "lv")).toBe("en");
    expect(negotiateLanguage("de-DE, lv-LV;q=0.5", available, "en")).toBe("lv");
  });

  it("prefers an exact tag over the primary subtag", () => {
    expect(negotiateLanguage("pt-BR", ["pt", "pt-BR"], "en")).toBe("pt-BR");
    expect(negotiateLanguage("pt-PT", ["pt", "pt-BR"], "en")).toBe("pt");
  });

  it("excludes languages with q=0", () => {
    expect(negotiateLanguage("ru;q=0, en;q=0.1", available, "lv")).toBe("en");
    expect(negotiateLanguage("ru;q=0", available, "lv")).toBe("lv");
    expect(negotiateLanguage("ru;q=0.0", available, "lv")).toBe("lv");
  });

  it("returns the fallback for an empty, missing or garbage header", () => {
    expect(negotiateLanguage("", available, "lv")).toBe("lv");
    expect(negotiateLanguage(null, available, "ru")).toBe("ru");
    expect(negotiateLanguage(undefined, available, "en")).toBe("en");
    expect(negotiateLanguage(",,;;;q=", available, "lv")).toBe("lv");
    expect(negotiateLanguage("de, fr;q=0.9, *;q=0.1", available, "lv")).toBe("lv");
    expect(negotiateLanguage("ru;q=abc", available, "lv")).toBe("lv");
  });

  it("ignores case in the header and in the available languages", () => {
    expect(negotiateLanguage("RU-ru", available, "lv")).toBe("ru");
    expect(negotiateLanguage("EN", available, "lv")).toBe("en");
    expect(negotiateLanguage("pt-br", ["pt", "pt-BR"], "en")).toBe("pt-BR");
  });

  it("tolerates spaces around ranges and parameters", () => {
    expect(negotiateLanguage("  de ;q=0.9 ,  ru ; q=0.8 ", available, "lv")).toBe("ru");
  });

  it("only returns one of the available languages or the fallback", () => {
    expect(negotiateLanguage("de", ["lv"], "lv")).toBe("lv");
    expect(negotiateLanguage("ru", ["lv", "en"], "lv")).toBe("lv");
  });
});

describe("uiLanguages", () => {
  it("are the partnership's eight languages, with English as fallback", () => {
    expect([...uiLanguages].sort()).toEqual(["de", "en", "es", "fi", "it", "lv", "ru", "sv"]);
    expect(fallbackUiLanguage).toBe("en");
    expect(isUiLanguage("ru")).toBe(true);
    expect(isUiLanguage("fr")).toBe(false);
    expect(isUiLanguage(undefined)).toBe(false);
  });
});

describe("residents' pages get only their own interface texts", () => {
  it("every text a resident page names is in the residents' part of the dictionary", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { residentMessages } = await import("~/i18n/i18n.server");
    const residentFiles = [
      ...readdirSync("app/routes").filter((f) => f === "_index.tsx" || f.startsWith("s.$code")).map((f) => `app/routes/${f}`),
      ...readdirSync("app/components/answer-form").map((f) => `app/components/answer-form/${f}`),
      ...["page-shell", "language-switcher", "join-code-form", "privacy-notice", "survey-not-open", "outbox-delivery"].map((f) => `app/components/${f}.tsx`),
    ];
    const named = residentFiles.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/t\("([a-zA-Z]+\.[\w.]+)"/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(20);
    const resident = residentMessages("lv");
    expect(named.filter((key) => !(key in resident))).toEqual([]);
    expect(Object.keys(resident).some((key) => key.startsWith("builder."))).toBe(false);
  });
});
