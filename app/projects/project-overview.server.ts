import { prisma } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import { formatCalendarDay, formatDate } from "~/utils/format-date";
import { countryName } from "./countries";

const text = (value: unknown, lang: string) => pickText(value, lang, "en");

/** The projects a user may see: all for admins, their own for everyone else; archived ones marked. */
export async function listProjects(user: User, lang: string) {
  const projects = await prisma.project.findMany({
    where: user.role === "ADMIN" ? {} : { members: { some: { userId: user.id } } },
    orderBy: { startsOn: "desc" },
    include: { _count: { select: { events: true, surveys: true } } },
  });
  return projects.map((project) => ({
    id: project.id,
    name: text(project.name, lang),
    // Calendar days without a zone, written in the page's language.
    startsOn: formatCalendarDay(project.startsOn, lang),
    endsOn: formatCalendarDay(project.endsOn, lang),
    events: project._count.events,
    surveys: project._count.surveys,
    archived: Boolean(project.archivedAt),
  }));
}

/** Questionnaires in order of creation, each followed by its runs at other events. */
function surveysBySeries<T extends { id: string; originalId: string | null; createdAt: Date }>(surveys: T[]): T[] {
  const created = new Map(surveys.map((survey) => [survey.id, survey.createdAt.getTime()]));
  const seriesStart = (survey: T) => created.get(survey.originalId ?? survey.id) ?? survey.createdAt.getTime();
  return [...surveys].sort(
    (a, b) =>
      seriesStart(a) - seriesStart(b) ||
      (a.originalId ?? a.id).localeCompare(b.originalId ?? b.id) ||
      Number(a.originalId !== null) - Number(b.originalId !== null) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

/** Events (archived ones marked) and questionnaires of one project, with response counts. */
export async function projectOverview(projectId: string, lang: string) {
  const [events, surveys, counts] = await Promise.all([
    prisma.event.findMany({
      where: { projectId },
      orderBy: { startsAt: "asc" },
      include: { hostPartner: true, byCountry: { orderBy: [{ participants: "desc" }, { country: "asc" }] } },
    }),
    prisma.survey.findMany({ where: { projectId }, orderBy: { createdAt: "asc" }, include: { event: true } }),
    prisma.response.groupBy({ by: ["surveyId"], where: { survey: { projectId } }, _count: true }),
  ]);
  const responsesBySurvey = new Map(counts.map((c) => [c.surveyId, c._count]));
  return {
    events: events.map((event) => ({
      id: event.id,
      title: text(event.title, lang),
      place: event.place,
      host: event.hostPartner ? `${event.hostPartner.city} (${event.hostPartner.country})` : "",
      /** The day it starts where it takes place, in the page's language. */
      startsOn: formatDate(event.startsAt, lang, event.timeZone),
      attendance: event.attendance,
      byCountry: event.byCountry.map((row) => ({ country: row.country, name: countryName(row.country, lang), participants: row.participants })),
      archived: Boolean(event.archivedAt),
    })),
    surveys: surveysBySeries(surveys).map((survey) => ({
      id: survey.id,
      title: text(survey.title, lang),
      event: survey.event ? text(survey.event.title, lang) : "",
      status: survey.status,
      phase: survey.phase,
      joinCode: survey.joinCode,
      responses: responsesBySurvey.get(survey.id) ?? 0,
    })),
  };
}
