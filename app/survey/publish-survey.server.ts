import { prisma } from "~/db.server";
import { findSurveyByJoinCode } from "./find-survey.server";
import { translationGaps, type TranslationGap } from "./translation-gaps";

export type PublishResult = { ok: true } | { ok: false; gaps: TranslationGap[] };

/** Opens a survey now; refused while a language is incomplete. */
export async function openSurvey(surveyId: string): Promise<PublishResult> {
  const { joinCode } = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { joinCode: true } });
  const survey = (await findSurveyByJoinCode(joinCode))!;
  const gaps = translationGaps(survey);
  if (gaps.length) return { ok: false, gaps };
  // Opening by hand overrides a schedule that had already closed it.
  await prisma.survey.update({ where: { id: surveyId }, data: { status: "OPEN", opensAt: null, closesAt: null } });
  return { ok: true };
}

export async function closeSurvey(surveyId: string) {
  await prisma.survey.update({ where: { id: surveyId }, data: { status: "CLOSED", closesAt: new Date() } });
}
