import type { QuestionType } from "~/generated/prisma/enums";

/** Every question type, in the order the builder offers them. */
export const questionTypes = [
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "LIKERT",
  "LIKERT_MATRIX",
  "RATING",
  "NUMBER",
  "SHORT_TEXT",
  "LONG_TEXT",
] as const satisfies readonly QuestionType[];
