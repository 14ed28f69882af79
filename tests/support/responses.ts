import { randomUUID } from "node:crypto";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { SurveyWithQuestions } from "~/survey/find-survey.server";
import { truncateToHour } from "~/survey/submit-response.server";

/** Answers by question key ("stereotypes.newcomers_jobs" for a matrix statement): option values, numbers or text. */
export type CraftedAnswers = Record<string, string | string[] | number>;

export interface CraftedResponse {
  answers: CraftedAnswers;
  language?: string;
  submittedAt?: Date;
}

/**
 * A time some hours back: the evaluation pages count an hour's responses once it is over
 * (release-steps.ts), so crafted responses are stamped earlier unless a test says when.
 */
export function hoursAgo(hours: number): Date {
  return new Date(Date.now() - hours * 3_600_000);
}

/** Writes responses directly, exactly as a resident's submission would store them. */
export async function insertResponses(survey: SurveyWithQuestions, responses: CraftedResponse[]) {
  // One time for the whole call: a call made across the top of an hour would otherwise split it.
  const earlier = hoursAgo(3);
  const questions = new Map(survey.sections.flatMap((s) => s.questions).map((q) => [q.key, q]));
  for (const crafted of responses) {
    const id = randomUUID();
    const answers = Object.entries(crafted.answers).flatMap(([name, value]): Prisma.AnswerCreateManyInput[] => {
      const [key, statementKey] = name.split(".");
      const question = questions.get(key!);
      if (!question) throw new Error(`no question ${key}`);
      const statementId = statementKey ? question.statements.find((s) => s.key === statementKey)!.id : null;
      if (typeof value === "number") return [{ responseId: id, questionId: question.id, statementId, number: value }];
      if (question.type === "SHORT_TEXT" || question.type === "LONG_TEXT") return [{ responseId: id, questionId: question.id, text: String(value) }];
      return [value].flat().map((v) => {
        const option = question.options.find((o) => o.value === v);
        if (!option) throw new Error(`no option ${v} in ${key}`);
        return { responseId: id, questionId: question.id, statementId, optionId: option.id };
      });
    });
    await prisma.response.create({
      data: {
        id,
        surveyId: survey.id,
        language: crafted.language ?? survey.defaultLanguage,
        submittedHour: truncateToHour(crafted.submittedAt ?? earlier),
        idempotencyKey: randomUUID(),
        answersHash: "crafted",
      },
    });
    await prisma.answer.createMany({ data: answers });
  }
}

export function repeat<T>(times: number, make: (i: number) => T): T[] {
  return Array.from({ length: times }, (_, i) => make(i));
}
