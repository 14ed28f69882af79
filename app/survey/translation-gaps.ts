/** A text of a survey that is empty in one of its languages. */
export interface TranslationGap {
  where: string;
  language: string;
}

interface TranslatableSurvey {
  languages: string[];
  title: unknown;
  sections: {
    title: unknown;
    questions: {
      key: string;
      text: unknown;
      help: unknown;
      options: { value: string; label: unknown }[];
      statements: { key: string; text: unknown }[];
    }[];
  }[];
}

const has = (value: unknown, lang: string) => Boolean(((value ?? {}) as Record<string, unknown>)[lang]?.toString().trim());
const anyLanguage = (value: unknown) => Object.values((value ?? {}) as Record<string, unknown>).some((v) => String(v ?? "").trim());

/**
 * Every text that exists in some language but is missing in another; a survey with gaps
 * cannot be opened. Help texts are optional, so only a help text given in one language and
 * not in another counts.
 */
export function translationGaps(survey: TranslatableSurvey): TranslationGap[] {
  const gaps: TranslationGap[] = [];
  const check = (where: string, value: unknown, optional = false) => {
    if (optional && !anyLanguage(value)) return;
    for (const language of survey.languages) if (!has(value, language)) gaps.push({ where, language });
  };
  check("title", survey.title);
  survey.sections.forEach((section, index) => {
    check(`section ${index + 1}`, section.title);
    for (const question of section.questions) {
      check(question.key, question.text);
      check(`${question.key} (help)`, question.help, true);
      for (const option of question.options) check(`${question.key} = ${option.value}`, option.label);
      for (const statement of question.statements) check(`${question.key}.${statement.key}`, statement.text);
    }
  });
  return gaps;
}
