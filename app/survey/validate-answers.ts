import { z } from "zod";
import type { MessageKey } from "~/i18n/messages/en";
import { formText } from "~/utils/form-fields";
import { allQuestions, isQuestionVisible } from "./conditions";
import {
  fieldName,
  otherPart,
  textLimits,
  type AnswerValues,
  type ResidentQuestion,
  type ResidentSurvey,
} from "./resident-survey";

export interface FieldError {
  message: MessageKey;
  vars?: Record<string, string | number>;
}
/** Errors by question key. */
export type FieldErrors = Record<string, FieldError>;

/** One stored answer row, by stable keys; a multiple choice gives one row per option. */
export interface NormalizedAnswer {
  question: string;
  statement?: string;
  option?: string;
  number?: number;
  text?: string;
}

class AnswerProblem extends Error {
  constructor(readonly fieldError: FieldError) {
    super(fieldError.message);
  }
}

function check<T>(schema: z.ZodType<T>, input: unknown, vars?: FieldError["vars"]): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AnswerProblem({ message: result.error.issues[0]!.message as MessageKey, vars });
}

const present = (raw: string[] | undefined) => (raw ?? []).map((v) => v.trim()).filter(Boolean);

function textSchema(max: number) {
  return formText().max(max, { error: "field.tooLong" });
}

const numberSchema = z
  .string()
  .regex(/^[-+]?\d+([.,]\d+)?$/, { error: "field.notANumber" })
  .transform((text) => Number(text.replace(",", ".")));

function choice(question: ResidentQuestion, value: string) {
  const allowed = question.options.map((o) => o.value);
  return check(z.string().refine((v) => allowed.includes(v), { error: "field.invalidChoice" }), value);
}

function otherText(question: ResidentQuestion, values: AnswerValues, chosen: string[]): string | undefined {
  const otherOption = question.options.find((o) => o.isOther);
  if (!otherOption || !chosen.includes(otherOption.value)) return undefined;
  const text = present(values[fieldName(question.key, otherPart)])[0];
  if (!text) throw new AnswerProblem({ message: "field.otherRequired" });
  return check(textSchema(textLimits.other), text, { count: textLimits.other });
}

function choiceAnswers(question: ResidentQuestion, values: AnswerValues, multiple: boolean): NormalizedAnswer[] {
  const raw = present(values[fieldName(question.key)]);
  const chosen = [...new Set(multiple ? raw : raw.slice(0, 1))].map((value) => choice(question, value));
  if (!multiple && raw.length > 1) throw new AnswerProblem({ message: "field.invalidChoice" });
  const other = otherText(question, values, chosen);
  return chosen.map((option) => {
    const isOther = question.options.find((o) => o.value === option)?.isOther;
    return { question: question.key, option, ...(isOther && other !== undefined ? { text: other } : {}) };
  });
}

function matrixAnswers(question: ResidentQuestion, values: AnswerValues): NormalizedAnswer[] {
  const answers: NormalizedAnswer[] = [];
  let missing = false;
  for (const statement of question.statements) {
    const raw = present(values[fieldName(question.key, statement.key)]);
    if (raw.length > 1) throw new AnswerProblem({ message: "field.invalidChoice" });
    if (raw[0] === undefined) missing = true;
    else answers.push({ question: question.key, statement: statement.key, option: choice(question, raw[0]) });
  }
  if (question.required && missing) {
    throw new AnswerProblem({ message: answers.length ? "field.requiredEveryStatement" : "field.required" });
  }
  return answers;
}

function numberAnswers(question: ResidentQuestion, value: string, wholeOnly: boolean): NormalizedAnswer[] {
  const { min, max } = question;
  let schema = z.number({ error: "field.notANumber" });
  if (wholeOnly) schema = schema.int({ error: "field.notAWholeNumber" });
  if (min !== undefined) schema = schema.min(min, { error: "field.tooSmall" });
  if (max !== undefined) schema = schema.max(max, { error: "field.tooLarge" });
  const number = check(numberSchema.pipe(schema), value, { min: min ?? "", max: max ?? "" });
  return [{ question: question.key, number }];
}

function parseQuestion(question: ResidentQuestion, values: AnswerValues): NormalizedAnswer[] {
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "LIKERT":
      return choiceAnswers(question, values, false);
    case "MULTIPLE_CHOICE":
      return choiceAnswers(question, values, true);
    case "LIKERT_MATRIX":
      return matrixAnswers(question, values);
    default: {
      const raw = present(values[fieldName(question.key)]);
      if (raw.length > 1) throw new AnswerProblem({ message: "field.invalidChoice" });
      const value = raw[0];
      if (value === undefined) return [];
      if (question.type === "RATING") return numberAnswers({ ...question, min: 0, max: 10 }, value, true);
      if (question.type === "NUMBER") return numberAnswers(question, value, false);
      const max = textLimits[question.type];
      return [{ question: question.key, text: check(textSchema(max), value, { count: max }) }];
    }
  }
}

/** Checks one question's answer: an error to show next to it, or the rows to store. */
export function validateQuestion(
  question: ResidentQuestion,
  values: AnswerValues,
): { error: FieldError } | { answers: NormalizedAnswer[] } {
  try {
    const answers = parseQuestion(question, values);
    if (question.required && answers.length === 0) return { error: { message: "field.required" } };
    return { answers };
  } catch (problem) {
    if (problem instanceof AnswerProblem) return { error: problem.fieldError };
    throw problem;
  }
}

/**
 * Validates the visible ones of `questions` (answers to hidden questions are ignored) and
 * returns the errors by question key, or the answer rows when there are none.
 */
export function validateAnswers(
  survey: ResidentSurvey,
  questions: ResidentQuestion[],
  values: AnswerValues,
): { errors: FieldErrors; answers: NormalizedAnswer[] } {
  const byKey = new Map(allQuestions(survey).map((q) => [q.key, q]));
  const errors: FieldErrors = {};
  const answers: NormalizedAnswer[] = [];
  for (const question of questions) {
    if (!isQuestionVisible(question, values, byKey)) continue;
    const result = validateQuestion(question, values);
    if ("error" in result) errors[question.key] = result.error;
    else answers.push(...result.answers);
  }
  return { errors, answers };
}

/** Field names that belong to no question of the survey: a stale or forged form. */
export function unknownFields(survey: ResidentSurvey, values: AnswerValues): string[] {
  const known = new Set<string>();
  for (const question of allQuestions(survey)) {
    known.add(fieldName(question.key));
    if (question.options.some((o) => o.isOther)) known.add(fieldName(question.key, otherPart));
    for (const statement of question.statements) known.add(fieldName(question.key, statement.key));
  }
  return Object.keys(values).filter((name) => !known.has(name));
}

/** Collects the `q.*` fields of a submitted form. */
export function answerValuesFromForm(form: FormData): AnswerValues {
  const values: AnswerValues = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith("q.") || typeof value !== "string") continue;
    (values[name] ??= []).push(value);
  }
  return values;
}
