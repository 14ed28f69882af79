import { redirect } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { Prisma, Survey } from "~/generated/prisma/client";
import type { MessageKey } from "~/i18n/messages/en";
import { pickText } from "~/i18n/translate";
import { countryName } from "~/projects/countries";
import { formatDate } from "~/utils/format-date";
import { withFreshJoinCode } from "./new-join-code.server";

/**
 * One questionnaire asked at many events (docs/decisions/032-one-questionnaire-many-events.md).
 * The original holds the questions; each run at another event is a survey of its own (join
 * code, event, schedule, live page, responses) that asks the original's questions, so answers
 * from every event pool by question and one wording serves them all.
 */

/** The questionnaire whose questions a survey asks: its original, or itself. */
export const originalIdOf = (survey: { id: string; originalId: string | null }) => survey.originalId ?? survey.id;

/** Whether other events run the same questionnaire (as findSurveyById loads it). */
export const isSeries = (survey: { originalId: string | null; _count: { runs: number } }) =>
  survey.originalId !== null || survey._count.runs > 0;

/** The original and every run of it. */
export const inSeries = (originalId: string) => ({ OR: [{ id: originalId }, { originalId }] }) satisfies Prisma.SurveyWhereInput;

/**
 * Writes texts that belong to the questionnaire (title, introduction, languages) to the
 * original and to every run, which keep copies of them.
 */
export function updateSeriesTexts(originalId: string, data: Prisma.SurveyUpdateManyMutationInput) {
  return prisma.survey.updateMany({ where: inSeries(originalId), data });
}

/**
 * On a page of the questions themselves (builder, translations, exports), a run stands for
 * its original: the same address with the original's id, so there is one place to edit.
 */
export async function redirectRunToOriginal(request: Request, surveyId: string) {
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { originalId: true } });
  if (!survey.originalId) return;
  const url = new URL(request.url);
  throw redirect(`${url.pathname.replace(`/surveys/${surveyId}`, `/surveys/${survey.originalId}`)}${url.search}`);
}

export interface SeriesRun {
  surveyId: string;
  isOriginal: boolean;
  eventId: string | null;
  event: string;
  /** The event's first day, written in the page's language; empty without an event. */
  date: string;
  place: string;
  /** ISO code of the host partner's country; null when the event has no host partner. */
  country: string | null;
  countryName: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  joinCode: string;
}

/** Every run of a questionnaire, in the order of their events (a run without an event first). */
export async function seriesRuns(originalId: string, lang: string): Promise<SeriesRun[]> {
  const surveys = await prisma.survey.findMany({
    where: inSeries(originalId),
    include: { event: { include: { hostPartner: { select: { country: true } } } } },
  });
  return surveys
    .sort((a, b) => (a.event?.startsAt.getTime() ?? 0) - (b.event?.startsAt.getTime() ?? 0) || a.createdAt.getTime() - b.createdAt.getTime())
    .map((survey) => {
      const country = survey.event?.hostPartner?.country.toUpperCase() ?? null;
      return {
        surveyId: survey.id,
        isOriginal: survey.id === originalId,
        eventId: survey.eventId,
        event: survey.event ? pickText(survey.event.title, lang, "en") : "",
        date: survey.event ? formatDate(survey.event.startsAt, lang, survey.event.timeZone) : "",
        place: survey.event?.place ?? "",
        country,
        countryName: country ? countryName(country, lang) : "",
        status: survey.status,
        joinCode: survey.joinCode,
      };
    });
}

/** The project's events (not archived) where the questionnaire does not run yet. */
export async function eventsForAnotherRun(originalId: string, projectId: string, lang: string) {
  const events = await prisma.event.findMany({
    where: { projectId, archivedAt: null, surveys: { none: inSeries(originalId) } },
    orderBy: { startsAt: "asc" },
  });
  return events.map((event) => ({ id: event.id, title: pickText(event.title, lang, "en"), date: formatDate(event.startsAt, lang, event.timeZone) }));
}

const runSchema = z.object({ eventId: z.uuid({ error: "series.chooseEvent" }) });

export type RunResult = { ok: true; surveyId: string } | { ok: false; error: MessageKey };

/**
 * "Run at another event": a draft of the same questionnaire for `eventId`, with its own join
 * code, schedule and live page, asking the original's questions. One run per event.
 */
export async function runAtAnotherEvent(surveyId: string, fields: Record<string, unknown>): Promise<RunResult> {
  const parsed = runSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: "series.chooseEvent" };
  const survey = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  const original = await prisma.survey.findUniqueOrThrow({ where: { id: originalIdOf(survey) } });
  const event = await prisma.event.findFirst({ where: { id: parsed.data.eventId, projectId: original.projectId, archivedAt: null } });
  if (!event) return { ok: false, error: "series.chooseEvent" };
  if (await prisma.survey.count({ where: { ...inSeries(original.id), eventId: event.id } })) return { ok: false, error: "series.alreadyAtEvent" };
  const run = await withFreshJoinCode((joinCode) => prisma.survey.create({ data: runOf(original, event.id, joinCode) }));
  return { ok: true, surveyId: run.id };
}

/**
 * A new run of `original` at an event: the questionnaire's texts copied (kept equal by
 * updateSeriesTexts), no questions of its own, a draft. Before/after pairs are made per event,
 * so the run keeps the original's phase but starts unpaired.
 */
export function runOf(original: Survey, eventId: string, joinCode: string) {
  return {
    projectId: original.projectId,
    eventId,
    originalId: original.id,
    joinCode,
    title: original.title ?? {},
    intro: original.intro ?? {},
    languages: original.languages,
    defaultLanguage: original.defaultLanguage,
    phase: original.phase,
    allowRepeat: original.allowRepeat,
  } satisfies Prisma.SurveyUncheckedCreateInput;
}

/** Responses of each run, by survey id. */
export async function responsesPerRun(runs: SeriesRun[]): Promise<Map<string, number>> {
  const counts = await prisma.response.groupBy({ by: ["surveyId"], where: { surveyId: { in: runs.map((run) => run.surveyId) } }, _count: true });
  return new Map(counts.map((row) => [row.surveyId, row._count]));
}
