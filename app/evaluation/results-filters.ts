import { z } from "zod";

/**
 * The filters and breakdown of a results view, kept in the address so a view can be
 * bookmarked and shared: `from`, `to` (dates, inclusive), `language`, `f.KEY=VALUE` (an answer
 * to a demographic question; several values of one question mean "any of them"), `event=ID`
 * and `country=CODE` (of the host partner; several mean "any of them", for a questionnaire run
 * at several events) and `by=KEY` (break every chart down by that demographic question, or by
 * `.event` or `.country`, which no question key can be).
 */
export interface ResultsFilters {
  from: string | null;
  to: string | null;
  language: string | null;
  answers: { question: string; options: string[] }[];
  events: string[];
  countries: string[];
  breakdown: string | null;
}

/** The breakdowns by where a response was given, next to those by a demographic question. */
export const byEvent = ".event";
export const byCountry = ".country";

export interface FilterableSurvey {
  languages: string[];
  /** Demographic choice questions; single-choice ones (`breakdown`) can split every chart. */
  demographics: { key: string; options: string[]; breakdown: boolean }[];
  /** The ids of the events the questionnaire runs at, and their host partners' countries. */
  events: string[];
  countries: string[];
}

const isoDate = z.iso.date();

const paramsSchema = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  language: z.string().max(10).nullable(),
  by: z.string().max(40).nullable(),
});

export const noFilters: ResultsFilters = { from: null, to: null, language: null, answers: [], events: [], countries: [], breakdown: null };

/** The distinct values of a repeated parameter, or null when one is not among `allowed`. */
function valuesAmong(params: URLSearchParams, name: string, allowed: string[]): string[] | null {
  const values = [...new Set(params.getAll(name).filter(Boolean))];
  return values.every((value) => allowed.includes(value)) ? values : null;
}

/** The filters in `params`, or null when any of them does not fit the survey. */
export function parseResultsFilters(params: URLSearchParams, survey: FilterableSurvey): ResultsFilters | null {
  const blankToNull = (name: string) => params.get(name) || null;
  const parsed = paramsSchema.safeParse({
    from: blankToNull("from"),
    to: blankToNull("to"),
    language: blankToNull("language"),
    by: blankToNull("by"),
  });
  if (!parsed.success) return null;
  const { from, to, language, by } = parsed.data;
  if (from && to && from > to) return null;
  if (language && !survey.languages.includes(language)) return null;
  const demographic = new Map(survey.demographics.map((q) => [q.key, q.options]));
  const byPlace = (by === byEvent && survey.events.length > 0) || (by === byCountry && survey.countries.length > 0);
  if (by && !byPlace && !survey.demographics.some((q) => q.key === by && q.breakdown)) return null;
  const events = valuesAmong(params, "event", survey.events);
  const countries = valuesAmong(params, "country", survey.countries);
  if (!events || !countries) return null;

  const answers = new Map<string, string[]>();
  for (const [name, value] of params) {
    if (!name.startsWith("f.") || value === "") continue;
    const key = name.slice(2);
    if (!demographic.get(key)?.includes(value)) return null;
    answers.set(key, [...new Set([...(answers.get(key) ?? []), value])]);
  }
  return {
    from,
    to,
    language,
    answers: [...answers].map(([question, options]) => ({ question, options })),
    events,
    countries,
    breakdown: by,
  };
}

export function hasFilters(filters: ResultsFilters): boolean {
  return Boolean(filters.from || filters.to || filters.language || filters.answers.length || filters.events.length || filters.countries.length);
}

/** The address form of the filters, for links that keep the view (exports, the report). */
export function filtersToSearch(filters: ResultsFilters): string {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.language) params.set("language", filters.language);
  for (const { question, options } of filters.answers) for (const option of options) params.append(`f.${question}`, option);
  for (const event of filters.events) params.append("event", event);
  for (const country of filters.countries) params.append("country", country);
  if (filters.breakdown) params.set("by", filters.breakdown);
  return params.toString();
}
