import { createHash } from "node:crypto";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { surveyAvailability } from "./availability";
import { allQuestions } from "./conditions";
import type { SurveyWithQuestions } from "./find-survey.server";
import type { AnswerValues, ResidentSurvey } from "./resident-survey";
import { unknownFields, validateAnswers, type FieldErrors, type NormalizedAnswer } from "./validate-answers";

export type SubmissionResult =
  | { kind: "saved"; responseId: string }
  /** The same key and the same answers again: the first submission's receipt, nothing written. */
  | { kind: "duplicate"; responseId: string }
  /** The same key with other answers or for another survey. */
  | { kind: "keyReused" }
  /** The same key while its first submission is still being written. */
  | { kind: "inProgress" }
  | { kind: "invalid"; errors: FieldErrors }
  | { kind: "notOpen" }
  | { kind: "unknownFields"; fields: string[] };

export interface Submission {
  survey: SurveyWithQuestions;
  residentSurvey: ResidentSurvey;
  language: string;
  idempotencyKey: string;
  values: AnswerValues;
  now?: Date;
}

export function truncateToHour(date: Date): Date {
  const hour = new Date(date);
  hour.setUTCMinutes(0, 0, 0);
  return hour;
}

/** A fingerprint of what was submitted, to tell a retry from a different submission. */
export function answersHash(surveyId: string, language: string, answers: NormalizedAnswer[]): string {
  const rows = answers.map((a) => JSON.stringify([a.question, a.statement, a.option, a.number, a.text])).sort();
  return createHash("sha256").update(JSON.stringify([surveyId, language, rows])).digest("hex");
}

export function answerRows(survey: SurveyWithQuestions, answers: NormalizedAnswer[]) {
  const questions = new Map(survey.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  return answers.map((answer) => {
    const question = questions.get(answer.question)!;
    return {
      questionId: question.id,
      statementId: answer.statement ? question.statements.find((s) => s.key === answer.statement)!.id : null,
      optionId: answer.option ? question.options.find((o) => o.value === answer.option)!.id : null,
      number: answer.number ?? null,
      text: answer.text ?? null,
    };
  });
}

/** Everything about a submission but storing it: unknown fields, then each visible answer. */
export function checkAnswers(residentSurvey: ResidentSurvey, values: AnswerValues) {
  const unknown = unknownFields(residentSurvey, values);
  if (unknown.length) return { kind: "unknownFields" as const, fields: unknown };
  const { errors, answers } = validateAnswers(residentSurvey, allQuestions(residentSurvey), values);
  if (Object.keys(errors).length) return { kind: "invalid" as const, errors };
  return { kind: "valid" as const, answers };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Checks a resident's answers against the survey's own questions and stores them in one
 * write. The idempotency key is unique in the database, so a retried submission cannot
 * create a second response even when two copies arrive at once.
 */
export async function submitResponse(submission: Submission): Promise<SubmissionResult> {
  const { survey, language, idempotencyKey } = submission;
  const now = submission.now ?? new Date();

  if (surveyAvailability(survey, now) !== "open") return { kind: "notOpen" };
  const checked = checkAnswers(submission.residentSurvey, submission.values);
  if (checked.kind !== "valid") return checked;
  const { answers } = checked;

  const hash = answersHash(survey.id, language, answers);
  try {
    // A transaction-scoped lock on the key: a copy arriving while the first is still being
    // written is told so (409) instead of waiting on the unique index.
    return await prisma.$transaction(async (tx): Promise<SubmissionResult> => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtextextended(${idempotencyKey}, 0)) AS locked`;
      if (!lock?.locked) return { kind: "inProgress" };
      const response = await tx.response.create({
        data: {
          surveyId: survey.id,
          language,
          submittedHour: truncateToHour(now),
          idempotencyKey,
          answersHash: hash,
          answers: { createMany: { data: answerRows(survey, answers) } },
        },
        select: { id: true },
      });
      // Delivered on commit to every app instance's live pages (app/live/response-events.server.ts).
      await tx.$executeRaw`SELECT pg_notify('balss_response', ${survey.id})`;
      return { kind: "saved", responseId: response.id };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = await prisma.response.findUnique({ where: { idempotencyKey } });
    if (first && first.surveyId === survey.id && first.answersHash === hash) {
      return { kind: "duplicate", responseId: first.id };
    }
    return { kind: "keyReused" };
  }
}
