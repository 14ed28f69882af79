import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { languageName } from "~/i18n/languages";
import { countryName } from "~/projects/countries";
import { addCells, emptyCell, type Cell } from "./cell-key";
import { suppressPartnership } from "./partnership-counts";
import { cellKeyOf } from "./record-keys.server";
import { hoursCompleteBefore, releasedUntil, type HourCount } from "./release-steps";
import type { Shown } from "./suppression";

/**
 * Participation across the partnership: per event and per country of the host partner, the
 * recorded attendance, the responses, the response rate and the languages answered in.
 *
 * An event's responses are those of its most answered questionnaire (its "before" and "after"
 * questionnaires are answered by the same people), counted through each run: a questionnaire
 * run at several events counts at each event with the responses given there. Its languages are
 * that questionnaire's responses by language, so they add up to the event's responses; a
 * country's numbers add up its events', and the whole project's its countries'. Every count is
 * suppressed together with the sums it enters (linked-suppression.ts) and shown adjusted by its
 * cell key; responses are taken in hour by hour in steps of k per run and language
 * (release-steps.ts), so that two looks at the page never differ by one response.
 */

export interface LanguageCount {
  language: string;
  /** The language's own name ("latviešu", "русский"). */
  name: string;
  responses: Shown;
}

export interface PlaceCounts {
  attendance: number | null;
  responses: Shown;
  /** responses / attendance, in per cent; null when hidden or unknown. */
  responseRate: number | null;
  /** Languages with responses (or a hidden count), the most answered first, hidden ones last. */
  languages: LanguageCount[];
}

export interface CountryParticipation extends PlaceCounts {
  /** ISO code, or "" for events without a host partner. */
  country: string;
  name: string;
  events: number;
}

export interface PartnershipEvent {
  id: string;
  country: string;
  countryName: string;
  startsAt: Date;
  attendance: number | null;
}

/**
 * Responses of a project's questionnaires and runs, counted by run, language and hour with the
 * sum of their record keys (record-keys.server.ts): the one query the project page's response
 * counts are made from, so that no single response leaves the database.
 */
export interface ResponseHourCell extends Cell {
  surveyId: string;
  eventId: string | null;
  /** The run is closed: its last hour is complete (release-steps.ts). */
  closed: boolean;
  language: string;
  hour: Date;
}

export async function responseHourCells(projectId: string): Promise<ResponseHourCell[]> {
  return prisma.$queryRaw<ResponseHourCell[]>`
    SELECT s.id AS "surveyId", s."eventId" AS "eventId", s.status = 'CLOSED' AS closed, r.language AS language, r."submittedHour" AS hour,
           count(*)::int AS n, ${cellKeyOf(Prisma.sql`r.id`)} AS key
    FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE s."projectId" = ${projectId}
    GROUP BY 1, 2, 3, 4, 5`;
}

/**
 * What a group of rows (a run; a run's responses in one language) has taken in: its responses up
 * to the hour `releasedUntil` gives it, in steps of at least k (release-steps.ts), and how many of
 * its responses in hours that are over still wait. Those of the hour under way are not counted
 * as waiting either: the page does not react to a response within its hour.
 */
export interface TakenIn {
  cell: Cell;
  waiting: number;
  until: Date | null;
  completeBefore: Date;
}

export function takeIn(rows: ResponseHourCell[], k: number, now: Date): TakenIn {
  const completeBefore = hoursCompleteBefore(now, rows.length > 0 && rows.every((row) => row.closed));
  const hours = new Map<number, HourCount>();
  for (const { hour, n } of rows) {
    const entry = hours.get(hour.getTime()) ?? { hour, n: 0 };
    entry.n += n;
    hours.set(hour.getTime(), entry);
  }
  const until = releasedUntil([...hours.values()], k, completeBefore);
  const taken = rows.filter((row) => isTakenIn(row.hour, until));
  const complete = rows.filter((row) => !isTakenIn(row.hour, until) && row.hour.getTime() <= completeBefore.getTime());
  return { cell: addCells(taken), waiting: complete.reduce((sum, row) => sum + row.n, 0), until, completeBefore };
}

export const isTakenIn = (hour: Date, until: Date | null) => until !== null && hour.getTime() <= until.getTime();

/** Rows grouped by a key, in the order first met. */
export function groupRows<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

interface LanguageCells {
  cell: Cell;
  waiting: number;
}

/**
 * The most answered questionnaire of each event, as responses per language. Each run's
 * responses in each language are taken in in steps of k on their own (a count per language that
 * grew by one response would show that response's language), and an event's responses are the
 * sum of its languages' — not the run's own steps, since the run's count less its languages'
 * would then be the responses still waiting in a language.
 */
function responsesByEventAndLanguage(rows: ResponseHourCell[], k: number, now: Date): Map<string, Map<string, LanguageCells>> {
  const bySurvey = new Map<string, { eventId: string; taken: number; total: number; languages: Map<string, LanguageCells> }>();
  const byRunAndLanguage = groupRows(
    rows.filter((row) => row.eventId !== null),
    (row) => `${row.surveyId}\u0000${row.language}`,
  );
  for (const group of byRunAndLanguage.values()) {
    const { surveyId, eventId, language } = group[0]!;
    const { cell, waiting } = takeIn(group, k, now);
    const survey = bySurvey.get(surveyId) ?? { eventId: eventId!, taken: 0, total: 0, languages: new Map<string, LanguageCells>() };
    survey.taken += cell.n;
    // Responses of the hour under way are not counted here either, so that they change nothing.
    survey.total += cell.n + waiting;
    survey.languages.set(language, { cell, waiting });
    bySurvey.set(surveyId, survey);
  }
  const chosen = new Map<string, { id: string; taken: number; total: number; languages: Map<string, LanguageCells> }>();
  for (const [id, survey] of bySurvey) {
    const best = chosen.get(survey.eventId);
    // By the responses taken in, then by those waiting too; ties go to the lower id, so that the
    // same questionnaire is counted on every load.
    const better = !best || survey.taken > best.taken || (survey.taken === best.taken && (survey.total > best.total || (survey.total === best.total && id < best.id)));
    if (better) chosen.set(survey.eventId, { id, ...survey });
  }
  return new Map([...chosen].map(([eventId, survey]) => [eventId, survey.languages]));
}

const rate = (responses: Shown, attendance: number | null, complete: boolean) =>
  responses !== null && complete && attendance ? Math.round((responses / attendance) * 1000) / 10 : null;

/**
 * The counts of `events` (in the order given), of each country they were hosted in (by name,
 * events without a host partner last) and of the whole project, from the project's
 * `responseHourCells`, taken in in steps of k as of `now`, suppressed under k and adjusted in the
 * page's view (`viewKey`, cell-key.ts).
 */
export function partnership(rows: ResponseHourCell[], events: PartnershipEvent[], options: { lang: string; threshold: number; viewKey: number; now: Date }) {
  const { lang, threshold: k, viewKey, now } = options;
  const answered = responsesByEventAndLanguage(rows, k, now);
  const languages = [...new Set(events.flatMap((e) => [...(answered.get(e.id)?.keys() ?? [])]))].sort((a, b) =>
    languageName(a).localeCompare(languageName(b), lang),
  );
  const countries = [...new Set(events.map((e) => e.country))]
    .map((country) => ({ country, name: country ? countryName(country, lang) : "" }))
    .sort((a, b) => Number(a.country === "") - Number(b.country === "") || a.name.localeCompare(b.name, lang));

  const eventsIn = countries.map(({ country }) => events.flatMap((e, i) => (e.country === country ? [i] : [])));
  const entry = (i: number, l: number) => answered.get(events[i]!.id)?.get(languages[l]!);
  const cells = events.map((_, i) => languages.map((_, l) => entry(i, l)?.cell ?? emptyCell));
  const waiting = events.map((_, i) => languages.map((_, l) => entry(i, l)?.waiting ?? 0));
  const shown = suppressPartnership(
    cells,
    events.map((e) => countries.findIndex((c) => c.country === e.country)),
    countries.length,
    languages.length,
    k,
    viewKey,
    waiting,
  );

  // A language is listed once responses in it are taken in (in a step of k): listed as soon as
  // one waits, it would tell the language of a single new response.
  const sumOver = (eventIndices: number[], of: number[][]) => languages.map((_, l) => eventIndices.reduce((sum, i) => sum + of[i]![l]!, 0));
  const counted = cells.map((row) => row.map((cell) => cell.n));
  const languageCounts = (shownCounts: Shown[], eventIndices: number[]): LanguageCount[] => {
    const taken = sumOver(eventIndices, counted);
    return shownCounts
      .map((responses, l) => ({ language: languages[l]!, name: languageName(languages[l]!), responses, listed: taken[l]! > 0 }))
      .filter((entry) => entry.listed)
      .sort((a, b) => Number(a.responses === null) - Number(b.responses === null) || (b.responses ?? 0) - (a.responses ?? 0) || a.name.localeCompare(b.name, lang))
      .map(({ language, name, responses }) => ({ language, name, responses }));
  };
  // A rate needs the attendance of every event with responses (taken in or waiting), so that it
  // does not come and go as they are taken in.
  const answeredAt = events.map((_, i) => counted[i]!.some((n) => n > 0) || waiting[i]!.some((n) => n > 0));
  const place = (eventIndices: number[], responses: Shown, languageShown: Shown[]): PlaceCounts => {
    const recorded = eventIndices.map((i) => events[i]!.attendance).filter((a): a is number => a !== null);
    const attendance = recorded.length ? recorded.reduce((sum, a) => sum + a, 0) : null;
    const complete = eventIndices.every((i) => events[i]!.attendance !== null || !answeredAt[i]);
    return { attendance, responses, responseRate: rate(responses, attendance, complete), languages: languageCounts(languageShown, eventIndices) };
  };

  return {
    events: events.map((_, i) => place([i], shown.event[i]!, shown.cell[i]!)),
    countries: countries.map(({ country, name }, c): CountryParticipation => ({
      country,
      name,
      events: eventsIn[c]!.length,
      ...place(eventsIn[c]!, shown.country[c]!, shown.countryCell[c]!),
    })),
    all: place(
      events.map((_, i) => i),
      shown.all,
      shown.allCell,
    ),
  };
}
