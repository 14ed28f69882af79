import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import { displayTimeZone } from "~/utils/zoned-time";
import { suppressCounts, suppressTotal, type Shown } from "./suppression";

export interface Indicator {
  name: "events" | "participants" | "mobilities" | "responses";
  value: Shown;
  target: number | null;
}

export interface EventParticipation {
  id: string;
  title: string;
  startsOn: string;
  attendance: number | null;
  responses: Shown;
  /** responses / attendance, in per cent */
  responseRate: number | null;
}

export interface TimeCount {
  /** A day (YYYY-MM-DD) or, within one event, an hour (YYYY-MM-DD HH:00), in the display time zone. */
  period: string;
  responses: Shown;
}

/**
 * A project against its targets: events held, participants (recorded attendance), staff
 * mobilities and responses; participation per event; responses over time — by day, or by
 * hour within one event. Response counts under the threshold are suppressed like any group.
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
      startsOn: event.startsAt.toISOString().slice(0, 10),
      attendance: event.attendance,
      responses,
      responseRate: responses !== null && event.attendance ? Math.round((responses / event.attendance) * 1000) / 10 : null,
    };
  });

  const eventId = options.eventId && events.some((e) => e.id === options.eventId) ? options.eventId : null;
  const format = eventId ? "YYYY-MM-DD HH24:00" : "YYYY-MM-DD";
  const timeline = await prisma.$queryRaw<{ period: string; n: number }[]>`
    SELECT to_char(r."submittedHour" AT TIME ZONE 'UTC' AT TIME ZONE ${displayTimeZone()}, ${format}) AS period, count(*)::int AS n
    FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE s."projectId" = ${projectId} ${eventId ? Prisma.sql`AND s."eventId" = ${eventId}` : Prisma.empty}
    GROUP BY 1 ORDER BY 1`;
  const shownTimeline = suppressCounts(timeline.map((row) => row.n), k);

  return {
    name: pickText(project.name, lang, "en"),
    threshold: k,
    indicators,
    participation,
    events: events.map((e) => ({ id: e.id, title: pickText(e.title, lang, "en") })),
    eventId,
    timeline: timeline.map((row, i): TimeCount => ({ period: row.period, responses: shownTimeline[i] ?? null })),
  };
}

export type ProjectResults = Awaited<ReturnType<typeof projectResults>>;
