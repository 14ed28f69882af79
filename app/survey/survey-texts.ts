/**
 * Every translatable text of a questionnaire, each with a stable address, so translations
 * can be listed side by side, checked for completeness and saved one language at a time.
 */
export interface SurveyText {
  /** e.g. "question.age_band.text", "option.age_band.u18", "statement.stereotypes.newcomers_jobs". */
  address: string;
  /** What a translator sees as the text's place: a question key, "title", "section 2". */
  where: string;
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
  const add = (address: string, where: string, value: unknown, optional = false) =>
    texts.push({ address, where, value: asText(value), optional });
  add("survey.title", "title", survey.title);
  add("survey.intro", "intro", survey.intro, true);
  for (const section of survey.sections) {
    add(`section.${section.position}.title`, `section ${section.position + 1}`, section.title);
    for (const q of section.questions) {
      add(`question.${q.key}.text`, q.key, q.text);
      add(`question.${q.key}.help`, `${q.key} (help)`, q.help, true);
      const settings = asText(q.settings) as unknown as Record<string, unknown>;
      for (const end of ["lowLabel", "highLabel"] as const) {
        if (settings[end]) add(`settings.${q.key}.${end}`, `${q.key} (${end === "lowLabel" ? "0" : "10"})`, settings[end]);
      }
      for (const o of q.options) add(`option.${q.key}.${o.value}`, `${q.key} = ${o.value}`, o.label);
      for (const s of q.statements) add(`statement.${q.key}.${s.key}`, `${q.key}.${s.key}`, s.text);
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
  where: string;
  language: string;
}

/** Every required text missing in one of the survey's languages; a survey with gaps cannot be opened. */
export function translationGaps(survey: TextSource): TranslationGap[] {
  return requiredTexts(survey).flatMap((text) =>
    survey.languages.filter((language) => !filled(text, language)).map((language) => ({ where: text.where, language })),
  );
}

/** How complete each language is: texts written out of those required. */
export function translationProgress(survey: TextSource): Record<string, { done: number; total: number }> {
  const required = requiredTexts(survey);
  return Object.fromEntries(
    survey.languages.map((lang) => [lang, { done: required.filter((t) => filled(t, lang)).length, total: required.length }]),
  );
}
