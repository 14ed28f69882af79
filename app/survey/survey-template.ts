import type { QuestionType } from "~/generated/prisma/enums";
import type { UiLanguage } from "~/i18n/languages";

/** Text in several languages, keyed by language code: { lv: "…", ru: "…", en: "…" }. */
export type Translated = Record<string, string>;

/**
 * Text in every workspace language. The ready-made questionnaires use it so that a missing
 * translation, or a misspelt language code, is a compile error rather than an empty field a
 * Swedish or Finnish organiser finds after choosing the template.
 */
export type EveryLanguage = Record<UiLanguage, string>;

// Every type below takes the kind of text it holds: Translated for a questionnaire read back
// from the database, EveryLanguage for the ready-made ones (ReadyTemplate).

export interface QuestionSettings<Text extends Translated = Translated> {
  /** NUMBER: the allowed range. */
  min?: number;
  max?: number;
  /** RATING: what the ends of the 0–10 scale mean. */
  lowLabel?: Text;
  highLabel?: Text;
}

export interface TemplateOption<Text extends Translated = Translated> {
  /** Stable code: scale points use "1".."7", "don't know" uses "dk". */
  value: string;
  label: Text;
  isOther?: boolean;
  isDontKnow?: boolean;
}

export interface TemplateStatement<Text extends Translated = Translated> {
  key: string;
  text: Text;
  /** Followed over time on the project page as an attitude indicator. */
  indicator?: boolean;
}

export interface TemplateQuestion<Text extends Translated = Translated> {
  key: string;
  type: QuestionType;
  required?: boolean;
  demographic?: boolean;
  /** LIKERT: followed over time on the project page as an attitude indicator. */
  indicator?: boolean;
  text: Text;
  help?: Text;
  settings?: QuestionSettings<Text>;
  /** Choices, or the scale of LIKERT and LIKERT_MATRIX. */
  options?: TemplateOption<Text>[];
  /** LIKERT_MATRIX rows. */
  statements?: TemplateStatement<Text>[];
  /** Show this question only if the earlier question `question` was answered with option `option`. */
  showIf?: { question: string; option: string };
}

export interface TemplateSection<Text extends Translated = Translated> {
  title: Text;
  questions: TemplateQuestion<Text>[];
}

/** A complete questionnaire as data: the demo seed and the builder's templates use it. */
export interface SurveyTemplate<Text extends Translated = Translated> {
  title: Text;
  intro: Text;
  languages: string[];
  defaultLanguage: string;
  sections: TemplateSection<Text>[];
}

/** A ready-made questionnaire an organiser starts from: every text in every workspace language. */
export type ReadyTemplate = SurveyTemplate<EveryLanguage>;
