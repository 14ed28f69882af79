import type { FieldError } from "~/survey/validate-answers";
import type { AnswerValues, ResidentQuestion } from "~/survey/resident-survey";

export interface QuestionFieldProps {
  question: ResidentQuestion;
  values: AnswerValues;
  error?: FieldError;
  onChange: (name: string, value: string[]) => void;
  /** Extra explanation shown under the question text (help, scale meaning, condition). */
  notes: string[];
}

export const questionId = (key: string) => `q-${key}`;
export const errorId = (key: string) => `q-${key}-error`;
export const notesId = (key: string) => `q-${key}-notes`;

/** ids for aria-describedby: the notes and the error, where there are any. */
export function describedBy(props: QuestionFieldProps): string | undefined {
  const ids = [props.notes.length ? notesId(props.question.key) : "", props.error ? errorId(props.question.key) : ""];
  return ids.filter(Boolean).join(" ") || undefined;
}
