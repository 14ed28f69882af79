import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { LiveLayout } from "~/generated/prisma/enums";
import { pickText } from "~/i18n/translate";
import { noFilters } from "~/evaluation/results-filters";
import { questionsOf, surveyResults } from "~/evaluation/survey-results.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { isQuestionKey } from "~/survey/question-keys";

const digest = (token: string) => createHash("sha256").update(token).digest("hex");
const isText = (type: string) => type === "SHORT_TEXT" || type === "LONG_TEXT";

export interface LiveSettings {
  questionKeys: string[];
  layout: LiveLayout;
  showFreeText: boolean;
  hasPresenterLink: boolean;
}

/** What the projector shows; until the organiser chooses, every charted, non-demographic question. */
export async function liveSettings(surveyId: string, loaded?: SurveyWithQuestions): Promise<LiveSettings> {
  const saved = await prisma.livePresentation.findUnique({ where: { surveyId } });
  if (saved) return { questionKeys: saved.questionKeys, layout: saved.layout, showFreeText: saved.showFreeText, hasPresenterLink: Boolean(saved.presenterTokenHash) };
  const survey = loaded ?? (await findSurveyById(surveyId));
  return {
    questionKeys: questionsOf(survey).filter((q) => !q.demographic && !isText(q.type)).map((q) => q.key),
    layout: "GRID",
    showFreeText: false,
    hasPresenterLink: false,
  };
}

const settingsSchema = z.object({
  questions: z.array(z.string().refine(isQuestionKey)).min(1, { error: "live.chooseOne" }).max(50),
  layout: z.enum(["ONE_AT_A_TIME", "GRID"], { error: "live.chooseOne" }),
  showFreeText: z.boolean(),
});

/** Saves the chosen questions in the order given by their `order.KEY` numbers (ties: survey order). */
export async function saveLiveSettings(surveyId: string, form: FormData) {
  const parsed = settingsSchema.safeParse({
    questions: form.getAll("question").map(String),
    layout: form.get("layout"),
    showFreeText: form.get("showFreeText") === "on",
  });
  const survey = await findSurveyById(surveyId);
  const known = questionsOf(survey).map((q) => q.key);
  if (!parsed.success || parsed.data.questions.some((key) => !known.includes(key))) return { ok: false as const, error: "live.chooseOne" as const };
  const order = (key: string) => {
    const n = Number(form.get(`order.${key}`));
    return Number.isFinite(n) && n > 0 ? n : known.length + known.indexOf(key);
  };
  const questionKeys = [...new Set(parsed.data.questions)].sort((a, b) => order(a) - order(b) || known.indexOf(a) - known.indexOf(b));
  const data = { questionKeys, layout: parsed.data.layout, showFreeText: parsed.data.showFreeText };
  await prisma.livePresentation.upsert({ where: { surveyId }, create: { surveyId, ...data }, update: data });
  return { ok: true as const };
}

/** A new presenter link (the old one stops working); the token is shown once and only its hash kept. */
export async function createPresenterLink(surveyId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  const current = await liveSettings(surveyId);
  const { hasPresenterLink: _unused, ...settings } = current;
  await prisma.livePresentation.upsert({
    where: { surveyId },
    create: { surveyId, ...settings, presenterTokenHash: digest(token) },
    update: { presenterTokenHash: digest(token) },
  });
  return token;
}

export async function revokePresenterLink(surveyId: string) {
  await prisma.livePresentation.updateMany({ where: { surveyId }, data: { presenterTokenHash: null } });
}

/** 24 random bytes in base64url, as createPresenterLink writes them. */
const presenterTokenPattern = /^[A-Za-z0-9_-]{32}$/;

export async function surveyIdByPresenterToken(token: string): Promise<string | null> {
  if (!presenterTokenPattern.test(token)) return null;
  const found = await prisma.livePresentation.findUnique({ where: { presenterTokenHash: digest(token) }, select: { surveyId: true } });
  return found?.surveyId ?? null;
}

/** The project's k: the live page hides groups under it too, though it shows answers as they come. */
export async function suppressionThresholdOf(projectId: string): Promise<number> {
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId }, select: { suppressionThreshold: true } });
  return project.suppressionThreshold;
}

/** The live page's data: the chosen questions charted (small groups suppressed), in order. */
export async function liveResults(surveyId: string, lang: string) {
  // Runs after every announced answer: the survey is read once, also for the default settings.
  const survey = await findSurveyById(surveyId);
  const settings = await liveSettings(surveyId, survey);
  const threshold = await suppressionThresholdOf(survey.projectId);
  const shown = settings.questionKeys.filter((key) => {
    const question = questionsOf(survey).find((q) => q.key === key);
    return question && (settings.showFreeText || !isText(question.type));
  });
  const results = await surveyResults(survey, noFilters, { lang, threshold, onlyQuestions: shown, onlyRun: survey.id, realTime: true });
  return {
    surveyId,
    title: pickText(survey.title, lang, survey.defaultLanguage),
    joinCode: survey.joinCode,
    layout: settings.layout,
    threshold,
    respondents: results.respondents,
    questions: shown.flatMap((key) => results.questions.filter((q) => q.key === key)),
  };
}

export type LiveResults = Awaited<ReturnType<typeof liveResults>>;
