import { z } from "zod";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { MessageKey } from "~/i18n/messages/en";
import { withLanguage } from "./translations.server";
import { hasResponses, recordEdits, textChanges } from "./wording-edits.server";

const clean = (value: string) => value.replace(/\0/g, "").trim();

export const surveyWordingSchema = z.object({
  title: z
    .string({ error: "survey.titleRequired" })
    .transform(clean)
    .pipe(z.string().min(1, { error: "survey.titleRequired" }).max(500, { error: "survey.titleTooLong" })),
  intro: z.string().default("").transform(clean).pipe(z.string().max(5000, { error: "translations.tooLong" })),
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
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  const lang = survey.defaultLanguage;
  const title = withLanguage(survey.title, lang, parsed.data.title);
  const intro = withLanguage(survey.intro, lang, parsed.data.intro);
  const edits = [...textChanges("survey.title", survey.title, title, [lang]), ...textChanges("survey.intro", survey.intro, intro, [lang])];
  if (!edits.length) return { ok: true };
  const updates: Prisma.PrismaPromise<unknown>[] = [prisma.survey.update({ where: { id: surveyId }, data: { title, intro } })];
  if (await hasResponses(surveyId)) updates.push(recordEdits(surveyId, editorId, edits));
  await prisma.$transaction(updates);
  return { ok: true };
}
