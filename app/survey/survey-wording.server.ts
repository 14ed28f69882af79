import { z } from "zod";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { MessageKey } from "~/i18n/messages/en";
import { formText } from "~/utils/form-fields";
import { originalIdOf, updateSeriesTexts } from "./series.server";
import { withLanguage } from "./translations.server";
import { hasResponses, recordEdits, textChanges } from "./wording-edits.server";

export const surveyWordingSchema = z.object({
  title: formText("survey.titleRequired").trim().min(1, { error: "survey.titleRequired" }).max(500, { error: "survey.titleTooLong" }),
  intro: formText().trim().max(5000, { error: "translations.tooLong" }).default(""),
});

export type SurveyWordingResult = { ok: true } | { ok: false; error: MessageKey; field: "title" | "intro" };

/**
 * Saves the questionnaire's title and introduction in its main language (the other languages
 * are written on the translations page). Once answers have come in, a change is recorded
 * like every other wording change, with `editorId`, who made it.
 */
export async function saveSurveyWording(surveyId: string, fields: Record<string, unknown>, editorId: string | null): Promise<SurveyWordingResult> {
  const parsed = surveyWordingSchema.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issue.message as MessageKey, field: issue.path[0] === "intro" ? "intro" : "title" };
  }
  const run = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { id: true, originalId: true } });
  // Saved from the page of any event's run, the wording is the questionnaire's: the original's.
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: originalIdOf(run) } });
  const lang = survey.defaultLanguage;
  const title = withLanguage(survey.title, lang, parsed.data.title);
  const intro = withLanguage(survey.intro, lang, parsed.data.intro);
  const edits = [...textChanges("survey.title", survey.title, title, [lang]), ...textChanges("survey.intro", survey.intro, intro, [lang])];
  if (!edits.length) return { ok: true };
  const updates: Prisma.PrismaPromise<unknown>[] = [updateSeriesTexts(survey.id, { title, intro })];
  if (await hasResponses(survey.id)) updates.push(recordEdits(survey.id, editorId, edits));
  await prisma.$transaction(updates);
  return { ok: true };
}
