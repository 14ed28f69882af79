import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { findSurveyById } from "./find-survey.server";
import { inSeries } from "./series.server";
import { surveyTexts, type TextPlace } from "./survey-texts";

// Once a questionnaire has responses its wording may still be fixed, but every change is
// recorded, so evaluators can tell what residents were shown when they answered.

export interface WordingEdit {
  /** The text's address, as in survey-texts.ts: "question.q3.text", "option.q3.option_1", "survey.title". */
  what: string;
  language: string;
  before: string;
  after: string;
}

const asText = (value: unknown) => (value && typeof value === "object" ? (value as Record<string, unknown>) : {});
const textIn = (value: unknown, lang: string) => {
  const text = asText(value)[lang];
  return typeof text === "string" ? text : "";
};

/** The languages in which a translatable text differs between two versions. */
export function textChanges(what: string, before: unknown, after: unknown, languages: string[]): WordingEdit[] {
  return languages
    .map((language) => ({ what, language, before: textIn(before, language), after: textIn(after, language) }))
    .filter((edit) => edit.before !== edit.after);
}

/** Whether the questionnaire (an original) has responses at any of its events, so that wording changes must be recorded. */
export async function hasResponses(originalId: string) {
  return (await prisma.response.count({ where: { survey: inSeries(originalId) } })) > 0;
}

/** The statement writing the edits, to run in the same transaction as the change itself. */
export function recordEdits(surveyId: string, userId: string | null, edits: WordingEdit[]): Prisma.PrismaPromise<unknown> {
  return prisma.surveyEdit.createMany({ data: edits.map((edit) => ({ ...edit, surveyId, userId })) });
}

/**
 * The recorded wording changes of a questionnaire, newest first, each with the place of its
 * text as the questionnaire is now ("Question 3, option 2"; null for a text since deleted).
 */
export async function listWordingEdits(surveyId: string, limit = 300) {
  const edits = await prisma.surveyEdit.findMany({
    where: { surveyId },
    orderBy: [{ editedAt: "desc" }, { id: "asc" }],
    take: limit,
    include: { user: { select: { name: true } } },
  });
  const places = new Map<string, TextPlace>(
    edits.length ? surveyTexts(await findSurveyById(surveyId)).map((text) => [text.address, text.place]) : [],
  );
  return edits.map((edit) => ({
    id: edit.id,
    editedAt: edit.editedAt,
    who: edit.user?.name ?? null,
    what: edit.what,
    place: places.get(edit.what) ?? null,
    language: edit.language,
    before: edit.before,
    after: edit.after,
  }));
}
