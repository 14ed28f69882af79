import { prisma } from "~/db.server";
import { pickText } from "~/i18n/translate";
import { formatCalendarDay, formatDate } from "~/utils/format-date";
import { describeTimeZone } from "~/utils/time-zones";
import { dateToZonedLocal } from "~/utils/zoned-time";
import { countryName } from "~/projects/countries";
import { addCells, type Cell } from "./cell-key";
import { attitudeIndicators } from "./attitude-indicators.server";
import { groupRows, isTakenIn, partnership, responseHourCells, takeIn, type LanguageCount, type ResponseHourCell } from "./partnership.server";
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
  /** The host partner's country (ISO code), "" without a host partner. */
  country: string;
  countryName: string;
  attendance: number | null;
  responses: Shown;
  /** responses / attendance, in per cent */
  responseRate: number | null;
  languages: LanguageCount[];
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
 * `timeZone`, as cells (count and cell key). Done here rather than in SQL so that the zone is
 * only ever read by Intl, the same way everywhere, whatever zone names the database knows.
 */
function countByPeriod(hourly: ResponseHourCell[], timeZone: string, byHour: boolean) {
  const cells = new Map<string, Cell[]>();
  for (const row of [...hourly].sort((a, b) => a.hour.getTime() - b.hour.getTime())) {
    const local = dateToZonedLocal(row.hour, timeZone);
    const period = byHour ? `${local.slice(0, 10)} ${local.slice(11, 13)}:00` : local.slice(0, 10);
    const parts = cells.get(period);
    if (parts) parts.push(row);
    else cells.set(period, [row]);
  }
  return [...cells].map(([period, parts]) => ({ period, cell: addCells(parts) }));
}

/** A period as the page writes it: a wall-clock day or hour, so it is formatted as it stands (in UTC). */
function periodLabel(period: string, lang: string): string {
  return period.length > 10
    ? formatCalendarDay(new Date(`${period.replace(" ", "T")}:00Z`), lang, { dateStyle: "medium", timeStyle: "short" })
    : formatCalendarDay(period, lang, { dateStyle: "medium" });
}

/**
 * A project against its targets: events held, participants (recorded attendance), staff
 * mobilities and responses; participation per event and per country (partnership.server.ts);
 * attitude indicators over time (attitude-indicators.server.ts); responses over time — by day,
 * or by hour within one event. Response counts under the threshold are suppressed like any
 * group, and every count is shown adjusted by its cell key (cell-key.ts). Responses are taken in
 * hour by hour in steps of at least k (release-steps.ts): per run for the indicators, the
 * timeline and the attitudes, per run and language for participation. Days and hours are local
 * to the project's home zone, or to the event's zone for one event.
 */
export async function projectResults(projectId: string, options: { lang: string; threshold: number; eventId: string | null; now?: Date }) {
  const { lang, threshold: k } = options;
  const now = options.now ?? new Date();
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
  const events = await prisma.event.findMany({
    where: { projectId, archivedAt: null },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    include: { hostPartner: { select: { country: true } } },
  });
  // Every count of responses on the page comes from this one query's rows.
  const rows = await responseHourCells(projectId);
  // Each run takes its responses in on its own; the indicator, the timeline and the attitudes
  // count those it has taken in.
  const runs = [...groupRows(rows, (row) => row.surveyId)].map(([surveyId, own]) => ({ surveyId, ...takeIn(own, k, now) }));
  const runCutoffs = new Map(runs.map((run) => [run.surveyId, { until: run.until, completeBefore: run.completeBefore }]));
  const takenRows = rows.filter((row) => isTakenIn(row.hour, runCutoffs.get(row.surveyId)?.until ?? null));
  const totalResponses = addCells(runs.map((run) => run.cell));
  const waitingResponses = runs.reduce((sum, run) => sum + run.waiting, 0);
  // The page's view (cell-key.ts) is the responses its runs have taken in: it changes only when
  // one of them takes in a step of k, and then every count on the page is adjusted afresh.
  const viewKey = totalResponses.key;
  const countryOf = (event: (typeof events)[number]) => event.hostPartner?.country.toUpperCase() ?? "";
  const titleOf = (event: (typeof events)[number]) => pickText(event.title, lang, "en");
  const nameOf = (code: string) => (code ? countryName(code, lang) : "");
  // The same people answer an event's "before" and "after" questionnaires, so an event's
  // responses are those of its most answered questionnaire, not their sum.
  const places = partnership(
    rows,
    events.map((event) => ({ id: event.id, country: countryOf(event), countryName: nameOf(countryOf(event)), startsAt: event.startsAt, attendance: event.attendance })),
    { lang, threshold: k, viewKey, now },
  );

  const held = events.filter((event) => event.endsAt <= now);
  const sum = (values: (number | null)[]) => values.reduce<number>((total, n) => total + (n ?? 0), 0);
  const indicators: Indicator[] = [
    { name: "events", value: held.length, target: project.targetEvents },
    { name: "participants", value: sum(held.map((e) => e.attendance)), target: project.targetParticipants },
    { name: "mobilities", value: sum(held.map((e) => e.staffMobilities)), target: project.targetMobilities },
    // Responses that all wait read "hidden", not "none".
    { name: "responses", value: totalResponses.n === 0 && waitingResponses > 0 ? null : suppressTotal(totalResponses, k, viewKey), target: project.targetResponses },
  ];

  const participation: EventParticipation[] = events.map((event, i) => ({
    id: event.id,
    title: titleOf(event),
    startsOn: formatDate(event.startsAt, lang, event.timeZone),
    country: countryOf(event),
    countryName: nameOf(countryOf(event)),
    ...places.events[i]!,
  }));
  const indicatorsOverTime = await attitudeIndicators(
    projectId,
    participation.map((event, i) => ({ id: event.id, title: event.title, startsOn: event.startsOn, startsAt: events[i]!.startsAt, countryName: event.countryName })),
    { lang, threshold: k, viewKey, runCutoffs },
  );

  const event = events.find((e) => e.id === options.eventId) ?? null;
  const eventId = event?.id ?? null;
  const timeZone = event?.timeZone ?? project.timeZone;
  // Periods with responses taken in: the hour under way, or responses still waiting, are not there yet.
  const timeline = countByPeriod(
    takenRows.filter((row) => eventId === null || row.eventId === eventId),
    timeZone,
    eventId !== null,
  );
  const shownTimeline = suppressCounts(
    timeline.map((row) => row.cell),
    k,
    viewKey,
  );

  return {
    name: pickText(project.name, lang, "en"),
    threshold: k,
    indicators,
    participation,
    countries: places.countries,
    allCountries: places.all,
    attitudes: indicatorsOverTime,
    events: events.map((e) => ({ id: e.id, title: pickText(e.title, lang, "en") })),
    eventId,
    /** The zone of the timeline's days and hours, as people read it. */
    timeZoneName: describeTimeZone(timeZone, lang),
    generatedOn: formatDate(now, lang, project.timeZone),
    timeline: timeline.map((row, i): TimeCount => ({ period: row.period, label: periodLabel(row.period, lang), responses: shownTimeline[i] ?? null })),
  };
}

export type ProjectResults = Awaited<ReturnType<typeof projectResults>>;
