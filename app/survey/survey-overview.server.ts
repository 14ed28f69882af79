import { prisma } from "~/db.server";
import { pickText } from "~/i18n/translate";
import { dateAndTime, formatDate } from "~/utils/format-date";
import { describeTimeZone } from "~/utils/time-zones";
import { dateToZonedLocal } from "~/utils/zoned-time";
import { eventsForAnotherRun, originalIdOf, responsesPerRun, seriesRuns } from "./series.server";
import { surveyTimeZone } from "./survey-time-zone";

/** What the organiser's page of one questionnaire shows. */
export async function surveyOverview(surveyId: string, lang: string) {
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    include: { event: true, project: true, pairedSurvey: true, _count: { select: { responses: true } } },
  });
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  const timeZone = surveyTimeZone(survey);
  const originalId = originalIdOf(survey);
  const runs = await seriesRuns(originalId, lang);
  const responsesOf = await responsesPerRun(runs);
  return {
    id: survey.id,
    /** The questionnaire whose questions this survey asks: pages of the questions themselves are the original's. */
    originalId,
    /** Every event the questionnaire runs at, with each run's responses. */
    runs: runs.map((run) => ({ ...run, responses: responsesOf.get(run.surveyId) ?? 0 })),
    eventsForAnotherRun: await eventsForAnotherRun(originalId, survey.projectId, lang),
    projectId: survey.projectId,
    projectName: text(survey.project.name),
    title: text(survey.title),
    defaultLanguage: survey.defaultLanguage,
    /** The title and introduction in the main language, as the organiser edits them here. */
    wording: {
      title: pickText(survey.title, survey.defaultLanguage, survey.defaultLanguage),
      intro: pickText(survey.intro, survey.defaultLanguage, survey.defaultLanguage),
    },
    event: survey.event ? text(survey.event.title) : "",
    status: survey.status,
    phase: survey.phase,
    joinCode: survey.joinCode,
    languages: survey.languages,
    responses: survey._count.responses,
    paired: survey.pairedSurvey ? { id: survey.pairedSurvey.id, title: text(survey.pairedSurvey.title), phase: survey.pairedSurvey.phase } : null,
    /** The event's zone, or the project's without an event: the schedule is typed and shown in it. */
    timeZone,
    /** Whether that is the event's zone (else the project's), for the hint next to the schedule. */
    timeZoneOfEvent: Boolean(survey.event),
    timeZoneName: describeTimeZone(timeZone, lang),
    /** As datetime-local values in that zone, for the schedule form. */
    opensAt: survey.opensAt ? dateToZonedLocal(survey.opensAt, timeZone) : "",
    closesAt: survey.closesAt ? dateToZonedLocal(survey.closesAt, timeZone) : "",
    /** The same as text in the page's language. */
    opensOn: survey.opensAt ? formatDate(survey.opensAt, lang, timeZone, dateAndTime) : "",
    closesOn: survey.closesAt ? formatDate(survey.closesAt, lang, timeZone, dateAndTime) : "",
  };
}

/** The project a questionnaire belongs to, for the access check; null when there is none. */
export async function surveyProjectId(surveyId: string): Promise<string | null> {
  const survey = await prisma.survey.findUnique({ where: { id: surveyId }, select: { projectId: true } });
  return survey?.projectId ?? null;
}
