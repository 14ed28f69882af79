import { z } from "zod";

/**
 * The filters and breakdown of a results view, kept in the address so a view can be
 * bookmarked and shared: `from`, `to` (dates, inclusive), `language`, `f.KEY=VALUE` (an answer
 * to a demographic question; several values of one question mean "any of them") and `by=KEY`
 * (break every chart down by that demographic question).
 */
export interface ResultsFilters {
  from: string | null;
  to: string | null;
  language: string | null;
  answers: { question: string; options: string[] }[];
  breakdown: string | null;
}

export interface FilterableSurvey {
  languages: string[];
  /** Demographic choice questions; single-choice ones (`breakdown`) can split every chart. */
  demographics: { key: string; options: string[]; breakdown: boolean }[];
}

const isoDate = z.iso.date();

const paramsSchema = z.object({
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  language: z.string().max(10).nullable(),
  by: z.string().max(40).nullable(),
});

export const noFilters: ResultsFilters = { from: null, to: null, language: null, answers: [], breakdown: null };

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
  if (by && !survey.demographics.some((q) => q.key === by && q.breakdown)) return null;

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
    breakdown: by,
  };
}

export function hasFilters(filters: ResultsFilters): boolean {
  return Boolean(filters.from || filters.to || filters.language || filters.answers.length);
}

/** The address form of the filters, for links that keep the view (exports, the report). */
export function filtersToSearch(filters: ResultsFilters): string {
  const params = new URLSearchParams();
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  if (filters.language) params.set("language", filters.language);
  for (const { question, options } of filters.answers) for (const option of options) params.append(`f.${question}`, option);
  if (filters.breakdown) params.set("by", filters.breakdown);
  return params.toString();
}
