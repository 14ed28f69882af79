import { describe, expect, it } from "vitest";
import { uiLanguages } from "~/i18n/languages";
import { agreementScale } from "~/survey/agreement-scale";
import { frequencyScale, satisfactionScale } from "~/survey/standard-scales";
import type {
  SurveyTemplate,
  TemplateQuestion,
  Translated,
} from "~/survey/survey-template";
import { questionTypes } from "~/survey/question-types";
import { surveyTemplates } from "~/survey/templates";
import { finalMeetingSurvey } from "../../prisma/seed/final-meeting-survey";
import { wirPartners } from "../../prisma/seed/wir-project";

const ALL_TYPES = questionTypes;

const TYPES_WITH_OPTIONS = new Set<string>([
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "LIKERT",
  "LIKERT_MATRIX",
]);

/** Every Translated value in a template, with a readable path for failure messages. */
function translatedValues(template: SurveyTemplate): Array<[string, Translated]> {
  const found: Array<[string, Translated]> = [
    ["title", template.title],
    ["intro", template.intro],
  ];
  template.sections.forEach((section, s) => {
    found.push([`sections[${s}].title`, section.title]);
    for (const q of section.questions) {
      const at = `question ${q.key}`;
      found.push([`${at}.text`, q.text]);
      if (q.help) found.push([`${at}.help`, q.help]);
      if (q.settings?.lowLabel) found.push([`${at}.settings.lowLabel`, q.settings.lowLabel]);
      if (q.settings?.highLabel) found.push([`${at}.settings.highLabel`, q.settings.highLabel]);
      for (const o of q.options ?? []) found.push([`${at}.options[${o.value}]`, o.label]);
      for (const st of q.statements ?? []) found.push([`${at}.statements[${st.key}]`, st.text]);
    }
  });
  return found;
}

function questionsOf(template: SurveyTemplate): TemplateQuestion[] {
  return template.sections.flatMap((section) => section.questions);
}

/**
 * Texts that are rightly the same as the English one: words the languages share. Anything else
 * equal to the English text is an untranslated copy. Number ranges ("18–24") are let through
 * separately.
 */
const sameAsEnglish: Partial<Record<string, string[]>> = {
  sv: ["Man"],
  it: ["No"],
  es: ["No"],
};

/** The languages a template is translated into from the Latvian, Russian and English originals. */
const translatedLanguages = uiLanguages.filter((lang) => !["lv", "ru", "en"].includes(lang));

/** Towns a ready-made questionnaire must not name (nor the project, WIR): an organiser anywhere uses it. */
const placeNames = [...wirPartners.map((p) => p.city), "Daugavpilī", "Даугавпилс"];

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe("standard scales", () => {
  it("agreementScale has 5 or 7 numbered points and an optional don't-know last", () => {
    expect(agreementScale(5, false).map((o) => o.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(agreementScale(7, false).map((o) => o.value)).toEqual([
      "1", "2", "3", "4", "5", "6", "7",
    ]);
    const withDk = agreementScale(5, true);
    expect(withDk).toHaveLength(6);
    expect(withDk.at(-1)).toMatchObject({ value: "dk", isDontKnow: true });
    expect(withDk.slice(0, 5).some((o) => o.isDontKnow)).toBe(false);
  });

  it("frequency and satisfaction scales have 5 numbered points without don't-know", () => {
    for (const scale of [frequencyScale(), satisfactionScale()]) {
      expect(scale.map((o) => o.value)).toEqual(["1", "2", "3", "4", "5"]);
      expect(scale.some((o) => o.isDontKnow)).toBe(false);
    }
  });

  it("returns fresh objects on every call", () => {
    const a = agreementScale(5, true);
    const b = agreementScale(5, true);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a[0]).not.toBe(b[0]);
    expect(a[0]?.label).not.toBe(b[0]?.label);
  });

  it("labels every point in every workspace language, each point differently", () => {
    const scales = [
      agreementScale(5, true),
      agreementScale(7, true),
      frequencyScale(),
      satisfactionScale(),
    ];
    for (const scale of scales) {
      for (const lang of uiLanguages) {
        const labels = scale.map((option) => option.label[lang]);
        for (const label of labels) expect(label?.trim(), lang).toBeTruthy();
        expect(duplicates(labels), lang).toEqual([]);
      }
    }
  });
});

describe.each(Object.entries(surveyTemplates))("survey template %s", (_id, template) => {
  const questions = questionsOf(template);

  it("declares its default language among its languages", () => {
    expect(template.languages.length).toBeGreaterThan(0);
    expect(template.languages).toContain(template.defaultLanguage);
    expect(duplicates(template.languages)).toEqual([]);
  });

  it("is offered in every workspace language", () => {
    expect([...template.languages].sort()).toEqual([...uiLanguages].sort());
  });

  it("has sections that each hold questions", () => {
    expect(template.sections.length).toBeGreaterThan(0);
    for (const section of template.sections) expect(section.questions.length).toBeGreaterThan(0);
  });

  it("has a non-empty text in every language for every translated value", () => {
    const missing: string[] = [];
    for (const [path, translated] of translatedValues(template)) {
      for (const lang of template.languages) {
        const value = translated[lang];
        if (typeof value !== "string" || value.trim() === "") missing.push(`${path} [${lang}]`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has texts only in the languages it is offered in (the agreement scale has more)", () => {
    const extra: string[] = [];
    for (const [path, translated] of translatedValues(template)) {
      for (const lang of Object.keys(translated)) if (!template.languages.includes(lang)) extra.push(`${path} [${lang}]`);
    }
    expect(extra).toEqual([]);
  });

  it("has no text left in English in the languages translated from it", () => {
    const copied: string[] = [];
    for (const [path, translated] of translatedValues(template)) {
      const english = translated.en;
      for (const lang of translatedLanguages) {
        const text = translated[lang] ?? "";
        if (text !== english || /^\d+–\d+$/.test(text) || sameAsEnglish[lang]?.includes(text)) continue;
        copied.push(`${path} [${lang}]: ${text}`);
      }
    }
    expect(copied).toEqual([]);
  });

  it("names no town and no project, so that an organiser anywhere can use it as it is", () => {
    const named: string[] = [];
    for (const [path, translated] of translatedValues(template)) {
      for (const [lang, text] of Object.entries(translated)) {
        const name = placeNames.find((place) => text.includes(place)) ?? (/\bWIR\b/.test(text) ? "WIR" : null);
        if (name) named.push(`${path} [${lang}]: ${name}`);
      }
    }
    expect(named).toEqual([]);
  });

  it("gives the options of each question different labels in every language", () => {
    for (const q of questions) {
      for (const lang of template.languages) {
        expect(duplicates((q.options ?? []).map((o) => o.label[lang] ?? "")), `${q.key} [${lang}]`).toEqual([]);
      }
    }
  });

  it("has unique question keys", () => {
    expect(duplicates(questions.map((q) => q.key))).toEqual([]);
  });

  it("has unique option values and statement keys within each question", () => {
    for (const q of questions) {
      expect(duplicates((q.options ?? []).map((o) => o.value)), q.key).toEqual([]);
      expect(duplicates((q.statements ?? []).map((s) => s.key)), q.key).toEqual([]);
    }
  });

  it("gives choice and scale questions options, and matrices statements", () => {
    for (const q of questions) {
      if (TYPES_WITH_OPTIONS.has(q.type)) {
        expect(q.options?.length ?? 0, q.key).toBeGreaterThan(1);
      }
      if (q.type === "LIKERT_MATRIX") {
        expect(q.statements?.length ?? 0, q.key).toBeGreaterThan(0);
      }
    }
  });

  it("keeps NUMBER ranges sensible", () => {
    for (const q of questions.filter((q) => q.type === "NUMBER")) {
      const { min, max } = q.settings ?? {};
      if (min !== undefined && max !== undefined) expect(min, q.key).toBeLessThanOrEqual(max);
    }
  });

  it("makes every showIf refer to an earlier question that has that option", () => {
    questions.forEach((q, index) => {
      if (!q.showIf) return;
      const { question, option } = q.showIf;
      const earlier = questions.slice(0, index).find((e) => e.key === question);
      expect(earlier, `${q.key} depends on ${question}`).toBeDefined();
      expect(
        earlier?.options?.map((o) => o.value) ?? [],
        `${q.key} depends on ${question}=${option}`,
      ).toContain(option);
    });
  });
});

describe("the stereotypes and civic engagement template", () => {
  const template = surveyTemplates.stereotypes;
  const questions = questionsOf(template);

  it("uses every question type", () => {
    const used = new Set(questions.map((q) => q.type));
    for (const type of ALL_TYPES) expect(used.has(type), type).toBe(true);
  });

  it("has a stereotype matrix with 6 to 8 statements", () => {
    const matrix = questions.find((q) => q.key === "stereotypes");
    expect(matrix?.type).toBe("LIKERT_MATRIX");
    const count = matrix?.statements?.length ?? 0;
    expect(count).toBeGreaterThanOrEqual(6);
    expect(count).toBeLessThanOrEqual(8);
  });
});

describe("shared questions", () => {
  it("use the same keys and option values across templates", () => {
    const byKey = new Map<string, string>();
    for (const template of Object.values(surveyTemplates)) {
      for (const q of questionsOf(template)) {
        const shape = JSON.stringify([q.type, (q.options ?? []).map((o) => o.value)]);
        const seen = byKey.get(q.key);
        if (seen !== undefined) expect(shape, q.key).toBe(seen);
        else byKey.set(q.key, shape);
      }
    }
  });
});

describe("the demo's final meeting questionnaire", () => {
  const template = surveyTemplates.stereotypes;
  const questions = questionsOf(finalMeetingSurvey);
  const question = (key: string) => questions.find((q) => q.key === key)!;
  const names = /Daugavpil|Даугавпилс/;

  it("asks what the stereotypes template asks, with the same keys and values", () => {
    const shape = (t: SurveyTemplate) =>
      questionsOf(t).map((q) => [q.key, q.type, q.options?.map((o) => o.value), q.statements?.map((st) => st.key)]);
    expect(shape(finalMeetingSurvey)).toEqual(shape(template));
    expect(finalMeetingSurvey.title).toEqual(template.title);
  });

  it("names Daugavpils and WIR where the meeting's questionnaire did, in every language", () => {
    const notResident = question("years_in_city").options!.find((o) => o.value === "not_resident")!;
    for (const lang of uiLanguages) {
      expect(finalMeetingSurvey.intro[lang], lang).toMatch(names);
      expect(finalMeetingSurvey.intro[lang], lang).toContain("WIR");
      expect(question("years_in_city").text[lang], lang).toMatch(names);
      expect(notResident.label[lang], lang).toMatch(names);
      expect(question("eu_belonging").text[lang], lang).toMatch(names);
      expect(question("attended_event_before").text[lang], lang).toContain("WIR");
    }
    expect(question("eu_belonging").text.en).toBe("I feel that Daugavpils is part of a common Europe.");
  });

  it("is offered in the partnership's languages, Latvian (the host's) first and default", () => {
    expect(finalMeetingSurvey.languages).toEqual([...uiLanguages]);
    expect(finalMeetingSurvey.defaultLanguage).toBe("lv");
  });
});
