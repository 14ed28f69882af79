import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import { formatCalendarDay, formatDate } from "~/utils/format-date";
import { describeTimeZone } from "~/utils/time-zones";
import { dateToZonedLocal } from "~/utils/zoned-time";
import { suppressCounts, suppressTotal, type Shown } from "./suppression";

export interface Indicator {
  name: "events" | "participants" | "mobilities" | "responses";
  value: Shown;
  target: number | null;
}

export interface EventParticipation {
  id: string;
  title: string;
  /** The day it starts, written in the page's language, in the event's own zone. */
  startsOn: string;
  attendance: number | null;
  responses: Shown;
  /** responses / attendance, in per cent */
  responseRate: number | null;
}

export interface TimeCount {
  /** A day (YYYY-MM-DD) or, within one event, an hour (YYYY-MM-DD HH:00): the project's zone, or the event's. */
  period: string;
  /** The same in the page's language ("1 May 2026", "1 May 2026, 18:00"). */
  label: string;
  responses: Shown;
}

/**
 * Responses per hour (they are stored by the hour) folded into local days or hours of
 * `timeZone`. Done here rather than in SQL so that the zone is only ever read by Intl, the same
 * way everywhere, whatever zone names the database knows.
 */
function countByPeriod(hourly: { hour: Date; n: number }[], timeZone: string, byHour: boolean) {
  const counts = new Map<string, number>();
  for (const { hour, n } of hourly) {
    const local = dateToZonedLocal(hour, timeZone);
    const period = byHour ? `${local.slice(0, 10)} ${local.slice(11, 13)}:00` : local.slice(0, 10);
    counts.set(period, (counts.get(period) ?? 0) + n);
  }
  return [...counts].map(([period, n]) => ({ period, n }));
}

/** A period as the page writes it: a wall-clock day or hour, so it is formatted as it stands (in UTC). */
function periodLabel(period: string, lang: string): string {
  return period.length > 10
    ? formatCalendarDay(new Date(`${period.replace(" ", "T")}:00Z`), lang, { dateStyle: "medium", timeStyle: "short" })
    : formatCalendarDay(period, lang, { dateStyle: "medium" });
}

/**
 * A project against its targets: events held, participants (recorded attendance), staff
 * mobilities and responses; participation per event; responses over time — by day, or by
 * hour within one event. Response counts under the threshold are suppressed like any group.
 * Days and hours are local to the project's home zone, or to the event's zone for one event.
 */
export async function projectResults(projectId: string, options: { lang: string; threshold: number; eventId: string | null; now?: Date }) {
  const { lang, threshold: k } = options;
  const now = options.now ?? new Date();
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
  const events = await prisma.event.findMany({ where: { projectId, archivedAt: null }, orderBy: { startsAt: "asc" } });
  const perSurvey = await prisma.$queryRaw<{ eventId: string | null; n: number }[]>`
    SELECT s."eventId" AS "eventId", count(r.id)::int AS n
    FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE s."projectId" = ${projectId}
    GROUP BY s.id`;
  const totalResponses = perSurvey.reduce((sum, row) => sum + row.n, 0);
  // The same people answer an event's "before" and "after" questionnaires, so an event's
  // responses are those of its most answered questionnaire, not their sum.
  const eventResponses = suppressCounts(
    events.map((event) => Math.max(0, ...perSurvey.filter((row) => row.eventId === event.id).map((row) => row.n))),
    k,
  );

  const held = events.filter((event) => event.endsAt <= now);
  const sum = (values: (number | null)[]) => values.reduce<number>((total, n) => total + (n ?? 0), 0);
  const indicators: Indicator[] = [
    { name: "events", value: held.length, target: project.targetEvents },
    { name: "participants", value: sum(held.map((e) => e.attendance)), target: project.targetParticipants },
    { name: "mobilities", value: sum(held.map((e) => e.staffMobilities)), target: project.targetMobilities },
    { name: "responses", value: suppressTotal(totalResponses, k), target: project.targetResponses },
  ];

  const participation: EventParticipation[] = events.map((event, i) => {
    const responses = eventResponses[i] ?? null;
    return {
      id: event.id,
      title: pickText(event.title, lang, "en"),
      startsOn: formatDate(event.startsAt, lang, event.timeZone),
      attendance: event.attendance,
      responses,
      responseRate: responses !== null && event.attendance ? Math.round((responses / event.attendance) * 1000) / 10 : null,
    };
  });

  const event = events.find((e) => e.id === options.eventId) ?? null;
  const eventId = event?.id ?? null;
  const timeZone = event?.timeZone ?? project.timeZone;
  const hourly = await prisma.$queryRaw<{ hour: Date; n: number }[]>`
    SELECT r."submittedHour" AS hour, count(*)::int AS n
    FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE s."projectId" = ${projectId} ${eventId ? Prisma.sql`AND s."eventId" = ${eventId}` : Prisma.empty}
    GROUP BY 1 ORDER BY 1`;
  const timeline = countByPeriod(hourly, timeZone, eventId !== null);
  const shownTimeline = suppressCounts(timeline.map((row) => row.n), k);

  return {
    name: pickText(project.name, lang, "en"),
    threshold: k,
    indicators,
    participation,
    events: events.map((e) => ({ id: e.id, title: pickText(e.title, lang, "en") })),
    eventId,
    /** The zone of the timeline's days and hours, as people read it. */
    timeZoneName: describeTimeZone(timeZone, lang),
    generatedOn: formatDate(now, lang, project.timeZone),
    timeline: timeline.map((row, i): TimeCount => ({ period: row.period, label: periodLabel(row.period, lang), responses: shownTimeline[i] ?? null })),
  };
}

export type ProjectResults = Awaited<ReturnType<typeof projectResults>>;
