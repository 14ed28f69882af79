import { describe, expect, it } from "vitest";
import { residentLanguages, uiLanguages } from "~/i18n/languages";
import { agreementScale, dontKnowOption } from "~/survey/agreement-scale";

const scales = {
  "5 points": agreementScale(5, true),
  "7 points": agreementScale(7, true),
};

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** The script each language not written in Latin letters is written in. */
const scripts: Partial<Record<string, RegExp>> = {
  ar: /^[\u0600-\u06FF ]+$/,
  bg: /^[\u0400-\u04FF ,()-]+$/,
  el: /^[\u0370-\u03FF ]+$/,
  ru: /^[\u0400-\u04FF ,()-]+$/,
  uk: /^[\u0400-\u04FF ,()-]+$/,
};

describe.each(Object.entries(scales))("the agreement scale of %s", (_points, scale) => {
  it("labels every point and don't-know in every language a questionnaire can be written in", () => {
    const missing: string[] = [];
    for (const option of scale) {
      for (const lang of residentLanguages) if (!option.label[lang]?.trim()) missing.push(`${option.value} [${lang}]`);
    }
    expect(missing).toEqual([]);
  });

  it("has texts in those languages only", () => {
    for (const option of scale) expect(Object.keys(option.label).sort()).toEqual([...residentLanguages].sort());
  });

  it("labels each point differently in every language", () => {
    for (const lang of residentLanguages) expect(duplicates(scale.map((option) => option.label[lang])), lang).toEqual([]);
  });

  it("has no label left in English in another language, and none in another language's script", () => {
    for (const option of scale) {
      for (const lang of residentLanguages) {
        const text = option.label[lang];
        if (lang !== "en") expect(text, `${option.value} [${lang}]`).not.toBe(option.label.en);
        const script = scripts[lang] ?? /^[\p{Script=Latin} ',/-]+$/u;
        expect(text, `${option.value} [${lang}]`).toMatch(script);
      }
    }
  });

  it("words it differently in every language (no language's scale copied into another's)", () => {
    const wordings = residentLanguages.map((lang) => scale.map((option) => option.label[lang]).join(" | "));
    expect(duplicates(wordings)).toEqual([]);
  });
});

describe("agreementScale", () => {
  it("keeps the ends and the midpoint of the 7-point scale in the 5-point one, and two of its other steps", () => {
    const five = agreementScale(5, false);
    const seven = agreementScale(7, false);
    for (const lang of residentLanguages) {
      const fiveLabels = five.map((option) => option.label[lang]);
      const sevenLabels = seven.map((option) => option.label[lang]);
      expect([fiveLabels[0], fiveLabels[2], fiveLabels[4]], lang).toEqual([sevenLabels[0], sevenLabels[3], sevenLabels[6]]);
      expect([sevenLabels[1], sevenLabels[2]], lang).toContain(fiveLabels[1]);
      expect([sevenLabels[4], sevenLabels[5]], lang).toContain(fiveLabels[3]);
    }
  });

  it("gives only the languages asked for", () => {
    for (const option of agreementScale(7, true, ["pl", "ar"])) expect(Object.keys(option.label).sort()).toEqual(["ar", "pl"]);
    const workspace = agreementScale(5, true, uiLanguages);
    for (const option of workspace) expect(Object.keys(option.label).sort()).toEqual([...uiLanguages].sort());
    expect(workspace.map((option) => option.label)).toEqual(agreementScale(5, true).map(({ label }) => Object.fromEntries(uiLanguages.map((lang) => [lang, label[lang]]))));
  });

  it("words the scale as the languages' social surveys do", () => {
    const labels = (lang: (typeof residentLanguages)[number], points: 5 | 7) => agreementScale(points, true).map((option) => option.label[lang]);
    expect(labels("en", 5)).toEqual(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", "Don't know"]);
    expect(labels("fr", 5)).toEqual([
      "Pas du tout d'accord",
      "Plutôt pas d'accord",
      "Ni d'accord ni pas d'accord",
      "Plutôt d'accord",
      "Tout à fait d'accord",
      "Ne sais pas",
    ]);
    expect(labels("de", 7)).toEqual([
      "Stimme überhaupt nicht zu",
      "Stimme nicht zu",
      "Stimme eher nicht zu",
      "Teils/teils",
      "Stimme eher zu",
      "Stimme zu",
      "Stimme voll und ganz zu",
      "Weiß nicht",
    ]);
    expect(labels("pl", 5)[4]).toBe("Zdecydowanie się zgadzam");
    expect(labels("ar", 5)[4]).toBe("أوافق بشدة");
    expect(labels("tr", 5)[4]).toBe("Kesinlikle katılıyorum");
  });

  it("puts the don't-know option last, in every language", () => {
    expect(agreementScale(7, true).at(-1)).toEqual(dontKnowOption());
    expect(dontKnowOption()).toMatchObject({ value: "dk", isDontKnow: true, label: { pl: "Trudno powiedzieć", ar: "لا أعرف", tr: "Bilmiyorum" } });
  });
});
