import type { QuestionType } from "~/generated/prisma/enums";

/** Text in several languages, keyed by language code: { lv: "…", ru: "…", en: "…" }. */
export type Translated = Record<string, string>;

export interface QuestionSettings {
  /** NUMBER: the allowed range. */
  min?: number;
  max?: number;
  /** RATING: what the ends of the 0–10 scale mean. */
  lowLabel?: Translated;
  highLabel?: Translated;
}

export interface TemplateOption {
  /** Stable code: scale points use "1".."7", "don't know" uses "dk". */
  value: string;
  label: Translated;
  isOther?: boolean;
  isDontKnow?: boolean;
}

export interface TemplateStatement {
  key: string;
  text: Translated;
}

export interface TemplateQuestion {
  key: string;
  type: QuestionType;
  required?: boolean;
  demographic?: boolean;
  text: Translated;
  help?: Translated;
  settings?: QuestionSettings;
  /** Choices, or the scale of LIKERT and LIKERT_MATRIX. */
  options?: TemplateOption[];
  /** LIKERT_MATRIX rows. */
  statements?: TemplateStatement[];
  /** Show this question only if the earlier question `question` was answered with option `option`. */
  showIf?: { question: string; option: string };
}

export interface TemplateSection {
  title: Translated;
  questions: TemplateQuestion[];
}

/** A complete questionnaire as data: the demo seed and the builder's templates use it. */
export interface SurveyTemplate {
  title: Translated;
  intro: Translated;
  languages: string[];
  defaultLanguage: string;
  sections: TemplateSection[];
}
