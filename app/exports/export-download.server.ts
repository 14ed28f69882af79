import { z } from "zod";
import { dictionaries, resolveUiLanguage } from "~/i18n/i18n.server";
import type { MessageKey } from "~/i18n/messages/en";
import { createTranslator, pickText } from "~/i18n/translate";
import { prisma } from "~/db.server";
import { inSeries } from "~/survey/series.server";
import { surveyTimeZone, surveyTimeZoneInclude } from "~/survey/survey-time-zone";
import { describeTimeZone } from "~/utils/time-zones";
import { slugify } from "~/utils/transliterate";
import { dateToZonedLocal } from "~/utils/zoned-time";
import { csvContentType, csvStream } from "./csv-export.server";
import { loadExportPlan, type BatchOptions } from "./response-rows.server";
import { xlsxContentType, xlsxStream } from "./xlsx-export.server";

/** What the export page shows about a survey, in the interface language. */
export async function exportPageData(surveyId: string, uiLanguage: string) {
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: { id: true, title: true, languages: true, defaultLanguage: true, ...surveyTimeZoneInclude },
  });
  // Every event's responses: the export is of the whole questionnaire.
  const responses = await prisma.response.count({ where: { survey: inSeries(survey.id) } });
  const events = await prisma.survey.count({ where: inSeries(survey.id) });
  return {
    id: survey.id,
    title: pickText(survey.title, uiLanguage, survey.defaultLanguage),
    responses,
    /** How many events the questionnaire runs at: with more than one, the file says where each response was given. */
    events,
    languages: survey.languages,
    labelLanguage: defaultExportLanguage(survey, uiLanguage),
    timeZoneName: describeTimeZone(surveyTimeZone(survey), uiLanguage),
  };
}

/** The labels' language unless one is chosen: the interface's when the survey has it, else the survey's main one. */
export function defaultExportLanguage(survey: { languages: string[]; defaultLanguage: string }, uiLanguage: string): string {
  return survey.languages.includes(uiLanguage) ? uiLanguage : survey.defaultLanguage;
}

/**
 * "proverka-eksporta-labels-ru-2026-05-04.csv": the title in readable ASCII in the labels'
 * language — or, for a script with no transliteration, in another of the survey's languages —
 * then what the values are and the date. Only when no title has a letter to show, the join code.
 */
export function exportFileName(
  survey: { title: unknown; languages: string[]; defaultLanguage: string; joinCode: string },
  query: { format: ExportFormat; values: ExportQuery["values"]; language: string },
  date: string,
): string {
  const titles = (survey.title ?? {}) as Record<string, string | undefined>;
  const slugs = [query.language, survey.defaultLanguage, ...survey.languages].map((language) =>
    slugify(titles[language] ?? "", "-", language).slice(0, 60).replace(/-+$/, ""),
  );
  const title = slugs.find(Boolean) ?? `balss-${survey.joinCode.toLowerCase()}`;
  const values = query.values === "labels" ? `labels-${query.language}` : query.values;
  return `${[title, values, date].join("-")}.${query.format}`;
}

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);

/** The download's query: `?format=csv|xlsx&values=codes|labels&language=<one of the survey's>`. */
export function exportQuerySchema(languages: readonly string[]) {
  return z.object({
    format: z.enum(exportFormats, { error: "exports.badFormat" }),
    values: z.preprocess(blankAsMissing, z.enum(["codes", "labels"], { error: "exports.badValues" }).default("codes")),
    language: z.preprocess(blankAsMissing, z.string().refine((l) => languages.includes(l), { error: "exports.badLanguage" }).optional()),
  });
}

export type ExportQuery = z.infer<ReturnType<typeof exportQuerySchema>>;

/** Parses the query of a download request; an error message key for the first problem. */
export function parseExportQuery(url: URL, survey: { languages: string[] }) {
  const parsed = exportQuerySchema(survey.languages).safeParse(Object.fromEntries(url.searchParams));
  if (parsed.success) return { ok: true as const, query: parsed.data };
  return { ok: false as const, error: parsed.error.issues[0]!.message as MessageKey };
}

/**
 * The raw responses of a survey as a download, streamed batch by batch. The caller has
 * checked that the user may organise the survey.
 */
export async function exportDownload(request: Request, surveyId: string, batch: BatchOptions = {}): Promise<Response> {
  const survey = await prisma.survey.findUniqueOrThrow({
    where: { id: surveyId },
    select: { title: true, joinCode: true, languages: true, defaultLanguage: true, ...surveyTimeZoneInclude },
  });
  const uiLanguage = await resolveUiLanguage(request);
  const parsed = parseExportQuery(new URL(request.url), survey);
  if (!parsed.ok) {
    const t = createTranslator(dictionaries[uiLanguage], uiLanguage);
    const vars = { languages: survey.languages.join(", ") };
    return new Response(t(parsed.error, vars), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { format, values } = parsed.query;
  const language = parsed.query.language ?? defaultExportLanguage(survey, uiLanguage);
  const plan = await loadExportPlan(surveyId, { values, language });
  const options = { signal: request.signal, ...batch };
  const name = exportFileName(survey, { format, values, language }, dateToZonedLocal(new Date(), plan.timeZone).slice(0, 10));
  const headers = new Headers({
    "Content-Type": format === "csv" ? csvContentType : xlsxContentType,
    "Content-Disposition": `attachment; filename="${name}"`,
    // Raw answers: no copy in a browser's or proxy's cache. "no-transform" keeps the
    // compression middleware out: its writer cannot wait for a slow client.
    "Cache-Control": "no-store, no-transform",
    "X-Content-Type-Options": "nosniff",
  });
  if (format === "xlsx") return new Response(xlsxStream(plan, options), { headers });
  // CSV shrinks about tenfold; compressed here, in the same stream, so backpressure holds.
  const gzip = /\bgzip\b/.test(request.headers.get("Accept-Encoding") ?? "");
  headers.set("Vary", "Accept-Encoding");
  if (gzip) headers.set("Content-Encoding", "gzip");
  const csv = csvStream(plan, options);
  return new Response(gzip ? csv.pipeThrough(new CompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>) : csv, {
    headers,
  });
}
