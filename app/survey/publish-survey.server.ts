import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { zonedLocalToDate } from "~/utils/zoned-time";
import { findSurveyById } from "./find-survey.server";
import { surveyTimeZone, surveyTimeZoneInclude } from "./survey-time-zone";
import { lacksChoices } from "./choice-edits";
import { originalIdOf } from "./series.server";
import { withFreshJoinCode } from "./new-join-code.server";
import { translationGaps, type TranslationGap } from "./survey-texts";

/** A wall-clock time typed in `timeZone` (empty: none), as an instant. */
const localTime = (timeZone: string) =>
  z
    .string()
    .max(20)
    .default("")
    .transform((value, ctx) => {
      if (!value) return null;
      const date = zonedLocalToDate(value, timeZone);
      if (!date) ctx.addIssue({ code: "custom", message: "schedule.invalidTime" });
      return date;
    });

/** The schedule form, its times read in the questionnaire's zone (its event's, else its project's). */
export const scheduleSchema = (timeZone: string) => z.object({ opensAt: localTime(timeZone), closesAt: localTime(timeZone) });

export type PublishResult = { ok: true } | { ok: false; gaps: TranslationGap[]; error?: MessageKey; vars?: Record<string, string> };

/**
 * Why residents could not answer the questionnaire as it is: no questions, or a choice
 * question without options (a matrix without statements); null when nothing is missing.
 */
async function notAnswerable(surveyId: string): Promise<{ error: MessageKey; vars?: Record<string, string> } | null> {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { id: true, originalId: true } });
  const questions = await prisma.question.findMany({
    where: { surveyId: originalIdOf(survey) },
    orderBy: [{ section: { position: "asc" } }, { position: "asc" }],
    select: { key: true, type: true, _count: { select: { options: true, statements: true } } },
  });
  if (!questions.length) return { error: "survey.noQuestions" };
  const lacking = questions.find((q) => lacksChoices(q.type, q._count));
  if (!lacking) return null;
  return { error: lacking.type === "LIKERT_MATRIX" ? "survey.questionWithoutStatements" : "survey.questionWithoutOptions", vars: { key: lacking.key } };
}

/** Opens a survey now; refused while residents could not answer it or a language is incomplete. */
export async function openSurvey(surveyId: string): Promise<PublishResult> {
  const missing = await notAnswerable(surveyId);
  if (missing) return { ok: false, gaps: [], ...missing };
  const gaps = await gapsOf(surveyId);
  if (gaps.length) return { ok: false, gaps };
  // Opening by hand overrides a schedule that had already closed it.
  await prisma.survey.update({ where: { id: surveyId }, data: { status: "OPEN", opensAt: null, closesAt: null } });
  return { ok: true };
}

export async function closeSurvey(surveyId: string) {
  await prisma.survey.update({ where: { id: surveyId }, data: { status: "CLOSED", closesAt: new Date() } });
}

export type ScheduleResult =
  | { ok: true }
  | { ok: false; error: MessageKey; vars?: Record<string, string> }
  | { ok: false; error: "workspace.cannotOpen"; gaps: TranslationGap[] };

/** Texts missing in one of the survey's languages; a survey with any cannot be opened. */
async function gapsOf(surveyId: string) {
  return translationGaps(await findSurveyById(surveyId));
}

/**
 * Opens the survey at `opensAt` (now when empty) and closes it at `closesAt` (never when
 * empty). Like opening by hand, this needs every language complete.
 */
export async function scheduleSurvey(surveyId: string, fields: Record<string, unknown>, now = new Date()): Promise<ScheduleResult> {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, include: surveyTimeZoneInclude });
  const parsed = scheduleSchema(surveyTimeZone(survey)).safeParse(fields);
  if (!parsed.success) return { ok: false, error: "schedule.invalidTime" };
  const { opensAt, closesAt } = parsed.data;
  if (closesAt && closesAt <= (opensAt ?? now)) return { ok: false, error: "schedule.closeBeforeOpen" };
  const missing = await notAnswerable(surveyId);
  if (missing) return { ok: false, ...missing };
  const gaps = await gapsOf(surveyId);
  if (gaps.length) return { ok: false, error: "workspace.cannotOpen", gaps };
  await prisma.survey.update({ where: { id: surveyId }, data: { status: "OPEN", opensAt, closesAt } });
  return { ok: true };
}

/** A new join code, only while the survey is a draft (printed posters must stay right). */
export async function regenerateJoinCode(surveyId: string): Promise<{ ok: true; joinCode: string } | { ok: false; error: MessageKey }> {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  if (survey.status !== "DRAFT") return { ok: false, error: "schedule.codeOnlyInDraft" };
  const { joinCode } = await withFreshJoinCode((joinCode) => prisma.survey.update({ where: { id: surveyId }, data: { joinCode } }));
  return { ok: true, joinCode };
}
