import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { MessageKey } from "~/i18n/messages/en";
import { isUuid } from "~/utils/ids";
import { visibleQuestionKeys } from "./conditions";
import type { SurveyWithQuestions } from "./find-survey.server";
import type { AnswerValues, ResidentSurvey } from "./resident-survey";
import { checkAnswers, submitResponse } from "./submit-response.server";
import { answerValuesFromForm, unknownFields, validateAnswers, type FieldErrors } from "./validate-answers";

/** The fixed fields of the answering form; the answers themselves are checked per question. */
export const answerFormSchema = z.object({
  surveyId: z.string().refine(isUuid),
  idempotencyKey: z.uuid(),
  page: z.coerce.number().int().min(0).max(1000),
  intent: z.enum(["next", "back", "submit"]),
});

export interface AnswerStep {
  idempotencyKey: string;
  page: number;
  values: AnswerValues;
  errors: FieldErrors;
  formError?: MessageKey;
}

export type AnswerStepResult =
  | { kind: "step"; status: 200 | 400 | 409 | 422; step: AnswerStep }
  | { kind: "done"; surveyId: string };

/** Sections with at least one question to show, given the answers so far. */
function pagesToShow(survey: ResidentSurvey, values: AnswerValues): number[] {
  const visible = visibleQuestionKeys(survey, values);
  return survey.sections.flatMap((section, index) =>
    section.questions.some((q) => visible.has(q.key)) ? [index] : [],
  );
}

export function nextPage(survey: ResidentSurvey, values: AnswerValues, page: number, direction: 1 | -1): number {
  const pages = pagesToShow(survey, values);
  const candidates = direction === 1 ? pages.filter((p) => p > page) : pages.filter((p) => p < page).reverse();
  return candidates[0] ?? page;
}

/**
 * One step of the answering form. The form carries every answer given so far, so the
 * server keeps no half-finished state and the steps work as plain HTML forms.
 */
export async function answerStep(
  survey: SurveyWithQuestions,
  residentSurvey: ResidentSurvey,
  lang: string,
  form: FormData,
  /** preview: check everything, store nothing (the organiser's preview). */
  options: { preview?: boolean } = {},
): Promise<AnswerStepResult> {
  const sent = answerValuesFromForm(form);
  // A field no question of this survey has is a stale form or a forged one: refused at once,
  // and never sent back (only what the survey knows is echoed into the page).
  const unknown = new Set(unknownFields(residentSurvey, sent));
  const values = Object.fromEntries(Object.entries(sent).filter(([name]) => !unknown.has(name)));
  const parsed = answerFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const step = { idempotencyKey: randomUUID(), page: 0, values, errors: {}, formError: "submission.outOfDate" } as const;
    return { kind: "step", status: 400, step };
  }
  const { intent, idempotencyKey, surveyId } = parsed.data;
  const page = Math.min(parsed.data.page, residentSurvey.sections.length - 1);
  const step = (status: 200 | 400 | 409 | 422, changes: Partial<AnswerStep>) =>
    ({ kind: "step", status, step: { idempotencyKey, page, values, errors: {}, ...changes } }) as const;

  if (unknown.size) return step(400, { formError: "submission.outOfDate" });
  if (surveyId !== survey.id) return step(400, { formError: "submission.otherSurvey" });
  if (intent === "back") return step(200, { page: nextPage(residentSurvey, values, page, -1) });
  if (intent === "next") {
    const questions = residentSurvey.sections[page]?.questions ?? [];
    const { errors } = validateAnswers(residentSurvey, questions, values);
    if (Object.keys(errors).length) return step(400, { errors });
    return step(200, { page: nextPage(residentSurvey, values, page, 1) });
  }

  const result = options.preview
    ? checkAnswers(residentSurvey, values)
    : await submitResponse({ survey, residentSurvey, language: lang, idempotencyKey, values });
  switch (result.kind) {
    case "saved":
    case "duplicate":
    case "valid":
      return { kind: "done", surveyId: survey.id };
    case "invalid": {
      const firstWithError = residentSurvey.sections.findIndex((s) => s.questions.some((q) => result.errors[q.key]));
      return step(400, { errors: result.errors, page: Math.max(firstWithError, 0) });
    }
    case "notOpen":
      return step(400, { formError: "submission.notOpen" });
    case "unknownFields":
      return step(400, { formError: "submission.outOfDate" });
    case "keyReused":
      return step(422, { formError: "submission.keyReused" });
    case "inProgress":
      return step(409, { formError: "submission.inProgress" });
  }
}
