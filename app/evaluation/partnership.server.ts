import { prisma } from "~/db.server";
import { languageName } from "~/i18n/languages";
import { countryName } from "~/projects/countries";
import { suppressPartnership } from "./partnership-counts";
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
 * suppressed together with the sums it enters (linked-suppression.ts).
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

/** The most answered questionnaire of each event, as responses per language. */
async function responsesByEventAndLanguage(projectId: string): Promise<Map<string, Map<string, number>>> {
  const rows = await prisma.$queryRaw<{ surveyId: string; eventId: string; language: string; n: number }[]>`
    SELECT s.id AS "surveyId", s."eventId" AS "eventId", r.language AS language, count(*)::int AS n
    FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
    WHERE s."projectId" = ${projectId} AND s."eventId" IS NOT NULL
    GROUP BY 1, 2, 3`;
  const bySurvey = new Map<string, { eventId: string; total: number; languages: Map<string, number> }>();
  for (const row of rows) {
    const survey = bySurvey.get(row.surveyId) ?? { eventId: row.eventId, total: 0, languages: new Map<string, number>() };
    survey.total += row.n;
    survey.languages.set(row.language, row.n);
    bySurvey.set(row.surveyId, survey);
  }
  const chosen = new Map<string, { id: string; total: number; languages: Map<string, number> }>();
  for (const [id, survey] of bySurvey) {
    const best = chosen.get(survey.eventId);
    // Ties go to the lower id, so that the same questionnaire is counted on every load.
    if (!best || survey.total > best.total || (survey.total === best.total && id < best.id)) chosen.set(survey.eventId, { id, ...survey });
  }
  return new Map([...chosen].map(([eventId, survey]) => [eventId, survey.languages]));
}

const rate = (responses: Shown, attendance: number | null, complete: boolean) =>
  responses !== null && complete && attendance ? Math.round((responses / attendance) * 1000) / 10 : null;

/**
 * The counts of `events` (in the order given), of each country they were hosted in (by name,
 * events without a host partner last) and of the whole project, suppressed under `k`.
 */
export async function partnership(projectId: string, events: PartnershipEvent[], lang: string, k: number) {
  const answered = await responsesByEventAndLanguage(projectId);
  const languages = [...new Set(events.flatMap((e) => [...(answered.get(e.id)?.keys() ?? [])]))].sort((a, b) =>
    languageName(a).localeCompare(languageName(b), lang),
  );
  const countries = [...new Set(events.map((e) => e.country))]
    .map((country) => ({ country, name: country ? countryName(country, lang) : "" }))
    .sort((a, b) => Number(a.country === "") - Number(b.country === "") || a.name.localeCompare(b.name, lang));

  const eventsIn = countries.map(({ country }) => events.flatMap((e, i) => (e.country === country ? [i] : [])));
  const raw = events.map((e) => languages.map((l) => answered.get(e.id)?.get(l) ?? 0));
  const eventRaw = raw.map((row) => row.reduce((sum, n) => sum + n, 0));
  const shown = suppressPartnership(
    raw,
    events.map((e) => countries.findIndex((c) => c.country === e.country)),
    countries.length,
    languages.length,
    k,
  );

  const languageCounts = (shownCounts: Shown[], rawCounts: number[]): LanguageCount[] =>
    shownCounts
      .map((responses, l) => ({ language: languages[l]!, name: languageName(languages[l]!), responses, raw: rawCounts[l]! }))
      .filter((entry) => entry.raw > 0 || entry.responses === null)
      .sort((a, b) => Number(a.responses === null) - Number(b.responses === null) || (b.responses ?? 0) - (a.responses ?? 0) || a.name.localeCompare(b.name, lang))
      .map(({ language, name, responses }) => ({ language, name, responses }));
  // A rate needs the attendance of every event whose responses it counts.
  const sumOver = (eventIndices: number[]) => languages.map((_, l) => eventIndices.reduce((sum, i) => sum + raw[i]![l]!, 0));
  const place = (eventIndices: number[], responses: Shown, languageShown: Shown[]): PlaceCounts => {
    const recorded = eventIndices.map((i) => events[i]!.attendance).filter((a): a is number => a !== null);
    const attendance = recorded.length ? recorded.reduce((sum, a) => sum + a, 0) : null;
    const complete = eventIndices.every((i) => events[i]!.attendance !== null || eventRaw[i] === 0);
    return { attendance, responses, responseRate: rate(responses, attendance, complete), languages: languageCounts(languageShown, sumOver(eventIndices)) };
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
