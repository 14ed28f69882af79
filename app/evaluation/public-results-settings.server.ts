import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { isQuestionKey } from "~/survey/question-keys";
import { originalIdOf } from "~/survey/series.server";
import { questionsOf } from "./survey-results.server";

/**
 * What an organiser shares back with residents on the public results page: which charts, and
 * whether a series' page shows every event pooled next to the resident's own. Kept on the
 * original questionnaire, so every run's page shows the same charts.
 */
export interface PublicResultsSettings {
  published: boolean;
  questionKeys: string[];
  showAllEvents: boolean;
}

/**
 * Questions that can be published: choices, agreement scales and 0–10 ratings, whose answers
 * are counts in fixed categories. Free text never (a sentence can say who wrote it), nor
 * numbers, whose bins depend on the answers in view and so differ between the two tables.
 */
const publishable = new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "LIKERT_MATRIX", "RATING"]);

export function publishableQuestions(survey: SurveyWithQuestions) {
  return questionsOf(survey).filter((question) => publishable.has(question.type));
}

const nothingPublished: PublicResultsSettings = { published: false, questionKeys: [], showAllEvents: false };

/** The settings of a survey's questionnaire (its original's, for a run). */
export async function publicResultsSettings(survey: { id: string; originalId: string | null }): Promise<PublicResultsSettings> {
  const saved = await prisma.publicResults.findUnique({ where: { surveyId: originalIdOf(survey) } });
  return saved ? { published: saved.published, questionKeys: saved.questionKeys, showAllEvents: saved.showAllEvents } : nothingPublished;
}

/** The chosen keys that still name publishable questions, in the questionnaire's order. */
export function chosenKeys(survey: SurveyWithQuestions, settings: PublicResultsSettings): string[] {
  return publishableQuestions(survey)
    .map((question) => question.key)
    .filter((key) => settings.questionKeys.includes(key));
}

/** Whether residents of this survey can open its results page: published, with a chart. */
export async function hasPublicResults(survey: SurveyWithQuestions): Promise<boolean> {
  const settings = await publicResultsSettings(survey);
  return settings.published && chosenKeys(survey, settings).length > 0;
}

const settingsSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["save", "publish"]),
    questions: z.array(z.string().refine(isQuestionKey, { error: "sharing.badChoice" })).max(200, { error: "sharing.badChoice" }),
    showAllEvents: z.boolean(),
  }),
  z.object({ intent: z.literal("unpublish") }),
]);

export type SharingResult = { ok: true; message: MessageKey } | { ok: false; error: MessageKey };

/**
 * Saves the chosen charts ("save" keeps the page as published or not; "publish" also publishes
 * it) or unpublishes the page. A key that names no publishable question refuses the whole
 * form; publishing needs at least one chart. Nothing is written when refused.
 */
export async function savePublicResults(originalId: string, form: FormData): Promise<SharingResult> {
  const parsed = settingsSchema.safeParse({
    intent: form.get("intent"),
    questions: form.getAll("question"),
    showAllEvents: form.get("showAllEvents") === "on",
  });
  if (!parsed.success) return { ok: false, error: "sharing.badChoice" };
  if (parsed.data.intent === "unpublish") {
    await prisma.publicResults.updateMany({ where: { surveyId: originalId }, data: { published: false } });
    return { ok: true, message: "sharing.unpublished" };
  }
  const { intent, questions, showAllEvents } = parsed.data;
  const survey = await findSurveyById(originalId);
  const known = publishableQuestions(survey).map((question) => question.key);
  if (questions.some((key) => !known.includes(key))) return { ok: false, error: "sharing.badChoice" };
  const current = await publicResultsSettings(survey);
  const published = intent === "publish" || current.published;
  if (published && !questions.length) return { ok: false, error: "sharing.chooseOne" };
  const data = { published, showAllEvents, questionKeys: known.filter((key) => questions.includes(key)) };
  await prisma.publicResults.upsert({ where: { surveyId: originalId }, create: { surveyId: originalId, ...data }, update: data });
  return { ok: true, message: intent === "publish" ? "sharing.published" : "sharing.saved" };
}
