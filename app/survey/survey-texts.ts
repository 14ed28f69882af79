import type { Translate } from "~/i18n/translate";

/**
 * Where a text stands in the questionnaire, as a person reads it: questions, pages, options
 * and statements numbered from 1 in reading order ("Question 3, option 2").
 */
export type TextPlace =
  | { kind: "title" | "intro" }
  | { kind: "pageTitle"; page: number }
  | { kind: "question" | "help" | "lowLabel" | "highLabel"; question: number }
  | { kind: "option"; question: number; option: number }
  | { kind: "statement"; question: number; statement: number };

/** "Title", "Page 1 title", "Question 3, option 2" … in the interface language. */
export function describePlace(t: Translate, place: TextPlace): string {
  switch (place.kind) {
    case "title":
      return t("place.title");
    case "intro":
      return t("place.intro");
    case "pageTitle":
      return t("place.pageTitle", { page: place.page });
    case "option":
      return t("place.option", { question: place.question, option: place.option });
    case "statement":
      return t("place.statement", { question: place.question, statement: place.statement });
    default:
      return t(`place.${place.kind}`, { question: place.question });
  }
}

/**
 * Every translatable text of a questionnaire, each with a stable address, so translations
 * can be listed side by side, checked for completeness and saved one language at a time.
 */
export interface SurveyText {
  /** e.g. "question.age_band.text", "option.age_band.u18", "statement.stereotypes.newcomers_jobs". */
  address: string;
  /** Where a translator finds it, for a readable label. */
  place: TextPlace;
  value: Record<string, string>;
  /** Help texts may be empty in every language; once given in one, every language needs it. */
  optional: boolean;
}

export interface TextSource {
  languages: string[];
  title: unknown;
  intro: unknown;
  sections: {
    position: number;
    title: unknown;
    questions: {
      key: string;
      text: unknown;
      help: unknown;
      settings: unknown;
      options: { value: string; label: unknown }[];
      statements: { key: string; text: unknown }[];
    }[];
  }[];
}

const asText = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, string>) : {});

export function surveyTexts(survey: TextSource): SurveyText[] {
  const texts: SurveyText[] = [];
  const add = (address: string, place: TextPlace, value: unknown, optional = false) =>
    texts.push({ address, place, value: asText(value), optional });
  add("survey.title", { kind: "title" }, survey.title);
  add("survey.intro", { kind: "intro" }, survey.intro, true);
  let question = 0;
  for (const [pageIndex, section] of survey.sections.entries()) {
    add(`section.${section.position}.title`, { kind: "pageTitle", page: pageIndex + 1 }, section.title);
    for (const q of section.questions) {
      question++;
      add(`question.${q.key}.text`, { kind: "question", question }, q.text);
      add(`question.${q.key}.help`, { kind: "help", question }, q.help, true);
      const settings = asText(q.settings) as unknown as Record<string, unknown>;
      for (const end of ["lowLabel", "highLabel"] as const) {
        if (settings[end]) add(`settings.${q.key}.${end}`, { kind: end, question }, settings[end]);
      }
      for (const [index, o] of q.options.entries()) add(`option.${q.key}.${o.value}`, { kind: "option", question, option: index + 1 }, o.label);
      for (const [index, s] of q.statements.entries()) add(`statement.${q.key}.${s.key}`, { kind: "statement", question, statement: index + 1 }, s.text);
    }
  }
  return texts;
}

const filled = (text: SurveyText, lang: string) => Boolean(text.value[lang]?.trim());

/** Texts that must exist in every language: all but optional texts nobody has written. */
export function requiredTexts(survey: TextSource): SurveyText[] {
  return surveyTexts(survey).filter((text) => !text.optional || Object.values(text.value).some((v) => v?.trim()));
}

/** A text of a survey that is empty in one of its languages. */
export interface TranslationGap {
  address: string;
  place: TextPlace;
  language: string;
}

/** Every required text missing in one of the survey's languages; a survey with gaps cannot be opened. */
export function translationGaps(survey: TextSource): TranslationGap[] {
  return requiredTexts(survey).flatMap((text) =>
    survey.languages.filter((language) => !filled(text, language)).map((language) => ({ address: text.address, place: text.place, language })),
  );
}

/** How complete each language is: texts written out of those required. */
export function translationProgress(survey: TextSource): Record<string, { done: number; total: number }> {
  const required = requiredTexts(survey);
  return Object.fromEntries(
    survey.languages.map((lang) => [lang, { done: required.filter((t) => filled(t, lang)).length, total: required.length }]),
  );
}
