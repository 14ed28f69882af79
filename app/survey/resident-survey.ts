import type { QuestionType } from "~/generated/prisma/enums";

// A survey as one resident sees it: texts already in the chosen language, ids replaced by
// stable keys and values. This is what the answering page receives and what validation checks.

export interface ResidentOption {
  value: string;
  label: string;
  isOther: boolean;
  isDontKnow: boolean;
}

export interface ResidentQuestion {
  key: string;
  type: QuestionType;
  required: boolean;
  text: string;
  help: string;
  min?: number;
  max?: number;
  lowLabel?: string;
  highLabel?: string;
  options: ResidentOption[];
  statements: { key: string; text: string }[];
  showIf: { question: string; option: string } | null;
}

export interface ResidentSection {
  title: string;
  questions: ResidentQuestion[];
}

export interface ResidentSurvey {
  id: string;
  joinCode: string;
  title: string;
  intro: string;
  sections: ResidentSection[];
}

/** Raw form values by field name: `q.KEY`, `q.KEY.STATEMENT` (matrix rows), `q.KEY.other`. */
export type AnswerValues = Record<string, string[]>;

export const fieldName = (questionKey: string, part?: string) =>
  part ? `q.${questionKey}.${part}` : `q.${questionKey}`;

export const otherPart = "other";

/** Longest accepted answers, in characters; the form and the validation share them. */
export const textLimits = { SHORT_TEXT: 500, LONG_TEXT: 5000, other: 500 } as const;
