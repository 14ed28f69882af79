import { z } from "zod";
import { pickText } from "~/i18n/translate";
import { formText } from "~/utils/form-fields";
import type { SurveyWithQuestions } from "~/survey/find-survey.server";
import { surveyTimeZone } from "~/survey/survey-time-zone";
import {
  countBins,
  countOptions,
  countRespondents,
  countResponses,
  countTextAnswersByRun,
  numberRanges,
  textAnswers,
  withAnswerView,
  type AnswerScope,
  type AnswerView,
  type Bins,
  type NumberRange,
} from "./answer-queries.server";
import { addCells, countForStatistics, type Cell } from "./cell-key";
import { byCountry, byEvent, type FilterableSurvey, type ResultsFilters } from "./results-filters";
import type { ChartKind, QuestionResult, ResultCategory, SurveyResults } from "./results-types";
import { median, summarise, type Frequency } from "./statistics";
import { largestShown } from "./public-suppression";
import { statisticsShown, suppressTable, suppressTotal, type HiddenCells } from "./suppression";
import { originalIdOf, seriesRuns, type SeriesRun } from "~/survey/series.server";

type Question = SurveyWithQuestions["sections"][number]["questions"][number];

export const textPageSize = 10;

const chartOf: Record<Question["type"], ChartKind> = {
  SINGLE_CHOICE: "bars",
  MULTIPLE_CHOICE: "bars",
  LIKERT: "diverging",
  LIKERT_MATRIX: "diverging",
  RATING: "histogram",
  NUMBER: "histogram",
  SHORT_TEXT: "text",
  LONG_TEXT: "text",
};

export function questionsOf(survey: SurveyWithQuestions): Question[] {
  return survey.sections.flatMap((section) => section.questions);
}

const demographicChoices = (survey: SurveyWithQuestions) =>
  questionsOf(survey).filter((q) => q.demographic && (q.type === "SINGLE_CHOICE" || q.type === "MULTIPLE_CHOICE"));

/** The demographic choice questions a view can be filtered by (and, single choice, broken down by), and the events and countries. */
export function filterableSurvey(survey: SurveyWithQuestions, runs: SeriesRun[]): FilterableSurvey {
  return {
    languages: survey.languages,
    demographics: demographicChoices(survey).map((q) => ({ key: q.key, options: q.options.map((o) => o.value), breakdown: q.type === "SINGLE_CHOICE" })),
    events: eventsOf(runs).map((run) => run.eventId),
    countries: countriesOf(runs).map((run) => run.country),
  };
}

const eventsOf = (runs: SeriesRun[]) => runs.filter((run): run is SeriesRun & { eventId: string } => run.eventId !== null);
const countriesOf = (runs: SeriesRun[]) =>
  runs
    .filter((run): run is SeriesRun & { country: string } => run.country !== null)
    .filter((run, index, all) => all.findIndex((other) => other.country === run.country) === index);

/**
 * The responses a view holds and how they are grouped. `runs`: every run of the questionnaire
 * (seriesRuns); `onlyRun`: one survey's own responses (its live page, its before/after pair);
 * `releaseStep`: k, or null for the live page's answers as they come (release-steps.ts).
 */
export function answerScope(
  survey: SurveyWithQuestions,
  filters: ResultsFilters,
  runs: SeriesRun[],
  { onlyRun, releaseStep }: { onlyRun?: string; releaseStep: number | null },
): AnswerScope {
  const byKey = new Map(questionsOf(survey).map((q) => [q.key, q]));
  const inView = runs.filter(
    (run) =>
      (!onlyRun || run.surveyId === onlyRun) &&
      (!filters.events.length || filters.events.includes(run.eventId ?? "")) &&
      (!filters.countries.length || filters.countries.includes(run.country ?? "")),
  );
  const groupOfRun = (group: (run: SeriesRun) => string | null) =>
    inView.flatMap((run) => {
      const value = group(run);
      return value ? [{ surveyId: run.surveyId, group: value }] : [];
    });
  return {
    surveyIds: inView.map((run) => run.surveyId),
    narrowed: inView.length < runs.length,
    filters,
    filterOptionIds: filters.answers.map(({ question, options }) => {
      const q = byKey.get(question)!;
      return { questionId: q.id, optionIds: q.options.filter((o) => options.includes(o.value)).map((o) => o.id) };
    }),
    breakdown:
      filters.breakdown === byEvent
        ? { groupOfRun: groupOfRun((run) => run.eventId) }
        : filters.breakdown === byCountry
          ? { groupOfRun: groupOfRun((run) => run.country) }
          : filters.breakdown
            ? { questionId: byKey.get(filters.breakdown)!.id }
            : null,
    timeZone: surveyTimeZone(survey),
    releaseStep,
    closed: inView.every((run) => run.status === "CLOSED"),
  };
}

/** The groups of a breakdown, in order: a question's options, the events by date, or the countries. */
function breakdownGroups(survey: SurveyWithQuestions, filters: ResultsFilters, runs: SeriesRun[], label: (value: unknown) => string) {
  if (filters.breakdown === byEvent) return eventsOf(runs).map((run) => ({ id: run.eventId as string | null, label: run.event }));
  if (filters.breakdown === byCountry) return countriesOf(runs).map((run) => ({ id: run.country as string | null, label: run.countryName }));
  const question = questionsOf(survey).find((q) => q.key === filters.breakdown)!;
  return question.options.map((o) => ({ id: o.id as string | null, label: label(o.label) }));
}

export interface TextRequest {
  search: string;
  page: number;
}

interface ResultsOptions {
  lang: string;
  threshold: number;
  /** The page and search of each free-text question's list. */
  text?: (key: string) => TextRequest;
  onlyQuestions?: string[];
  /** Every run of the questionnaire (seriesRuns), when the caller has them already. */
  runs?: SeriesRun[];
  /** Only this survey's own responses, not those of the questionnaire's other events. */
  onlyRun?: string;
  /** The live page: answers as they come, not in steps of k (release-steps.ts). */
  realTime?: boolean;
  /** Counts to hide whatever they are, per question key, for a reason outside its table (public-suppression.ts). */
  alsoHidden?: (key: string) => HiddenCells | undefined;
}

/**
 * Every question of a survey charted for one view (filters and breakdown), with small groups
 * suppressed at `threshold`. A view of fewer than `threshold` responses charts nothing.
 */
export async function surveyResults(
  survey: SurveyWithQuestions,
  filters: ResultsFilters,
  options: ResultsOptions,
): Promise<SurveyResults> {
  const runs = options.runs ?? (await seriesRuns(originalIdOf(survey), options.lang));
  const scope = answerScope(survey, filters, runs, { onlyRun: options.onlyRun, releaseStep: options.realTime ? null : options.threshold });
  return withAnswerView(scope, (view) => resultsOfView(view, survey, filters, runs, options));
}

async function resultsOfView(
  view: AnswerView,
  survey: SurveyWithQuestions,
  filters: ResultsFilters,
  runs: SeriesRun[],
  options: ResultsOptions,
): Promise<SurveyResults> {
  const { lang, threshold: k } = options;
  const label = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  const questions = questionsOf(survey).filter((q) => !options.onlyQuestions || options.onlyQuestions.includes(q.key));
  // Responses waiting for k more (release-steps.ts) are not counted yet. A view with none taken
  // in reads "fewer than k" whether or not some wait, so that it does not change as one arrives.
  const taken = await countResponses(view);
  const viewKey = taken.key;
  const respondents = taken.n === 0 ? null : suppressTotal(taken, k, viewKey);
  const base = { threshold: k, respondents };
  if (!respondents) return { ...base, questions: [] };

  const ofCharts = (...kinds: ChartKind[]) => questions.filter((q) => kinds.includes(chartOf[q.type])).map((q) => q.id);
  const [optionCounts, multipleRespondents, ranges] = await view.all([
    () => countOptions(view, ofCharts("bars", "diverging")),
    () => countRespondents(view, questions.filter((q) => q.type === "MULTIPLE_CHOICE").map((q) => q.id)),
    () =>
      numberRanges(
        view,
        questions.filter((q) => q.type === "NUMBER").map((q) => q.id),
        runs.map((run) => run.surveyId),
        runs.every((run) => run.status === "CLOSED"),
      ),
  ] as const);
  const bins = questions.filter((q) => chartOf[q.type] === "histogram").map((q) => binsOf(q, ranges));
  const textsListed = !filters.from && !filters.to && !filters.language && !filters.answers.length;
  const binCounts = await countBins(view, bins);

  // Without a breakdown there is one group, null.
  const runsInView = runs.filter((run) => view.scope.surveyIds.includes(run.surveyId));
  const groups = filters.breakdown ? breakdownGroups(survey, filters, runsInView, label) : [{ id: null, label: "" }];
  const withGroup = (rowLabel: string, group: { label: string }) =>
    [rowLabel, group.label].filter(Boolean).join(" · ");

  const results = await view.all(
    questions.map((question) => async (): Promise<QuestionResult> => {
      const chart = chartOf[question.type];
      const common = { key: question.key, text: label(question.text), chart, multiple: question.type === "MULTIPLE_CHOICE" };

      if (chart === "text") {
        const request = options.text?.(question.key) ?? { search: "", page: 1 };
        const answeredByRun = await countTextAnswersByRun(view, question.id);
        // An event's answers are listed when k or more of its people wrote one, in any view that
        // holds it, so no two lists differ by a small event's answers. With a filter on who
        // answered or when, none are: the list of one view less another's would be the answers
        // of a few people with known traits.
        const listedRuns = textsListed ? answeredByRun.filter((run) => run.n >= k).map((run) => run.surveyId) : [];
        const found = listedRuns.length ? await textAnswers(view, question.id, listedRuns, request.search, request.page, textPageSize) : null;
        const textTotal = suppressTotal(addCells(answeredByRun), k, viewKey);
        const page = textTotal ? found : null;
        const smallEvents = answeredByRun.some((run) => run.n > 0 && run.n < k);
        return {
          ...(textsListed ? (smallEvents ? { textsWithheld: "smallEvents" as const } : {}) : { textsWithheld: "filtered" as const }),
          ...common,
          neutral: null,
          categories: [],
          rows: [],
          respondents: textTotal,
          texts: page && {
            items: page.items,
            total: page.total,
            page: request.page,
            pageCount: Math.max(1, Math.ceil(page.total / textPageSize)),
            search: request.search,
          },
        };
      }

      if (chart === "histogram") {
        const bin = bins.find((b) => b.questionId === question.id)!;
        const categories = binLabels(bin).map((text) => ({ label: text, isDontKnow: false }));
        const rows = groups.map((group) => {
          const counts = Array.from({ length: bin.count }, (_, i) =>
            addCells(binCounts.filter((c) => c.questionId === question.id && c.groupId === group.id && c.bin === i)),
          );
          // From the adjusted counts (cell-key.ts), so a mean says no more than the bars do.
          const frequencies: Frequency[] = counts.map((cell, i) => ({ value: binValue(bin, i), count: countForStatistics(cell, k, viewKey) }));
          return { label: group.label, counts, mean: summarise(frequencies).mean, median: median(frequencies), isGroup: group.id !== null };
        });
        return finish(common, categories, rows, null, k, viewKey, options.alsoHidden?.(question.key));
      }

      const scale = question.options;
      const categories: ResultCategory[] = scale.map((o) => ({ label: label(o.label), isDontKnow: o.isDontKnow }));
      const points = scale.filter((o) => !o.isDontKnow).length;
      const neutral = chart === "diverging" && points % 2 === 1 ? Math.floor(points / 2) : null;
      const statements = question.statements.length ? question.statements.map((s) => ({ id: s.id as string | null, label: label(s.text) })) : [{ id: null, label: "" }];
      const rows = statements.flatMap((statement) =>
        groups.map((group) => {
          const counts = scale.map((option) =>
            addCells(
              optionCounts.filter(
                (c) => c.questionId === question.id && c.statementId === statement.id && c.groupId === group.id && c.optionId === option.id,
              ),
            ),
          );
          const respondents = common.multiple ? addCells(multipleRespondents.filter((r) => r.questionId === question.id && r.groupId === group.id)) : undefined;
          return { label: withGroup(statement.label, group), counts, respondents, isGroup: group.id !== null };
        }),
      );
      // A matrix's respondents are those of its most answered statement.
      const perStatement = statements.map((_, i) => addCells(rows.slice(i * groups.length, (i + 1) * groups.length).map((row) => row.respondents ?? addCells(row.counts))));
      const questionTotal = perStatement.reduce((most, cell) => (cell.n > most.n ? cell : most));
      return finish(common, categories, rows, neutral, k, viewKey, options.alsoHidden?.(question.key), questionTotal);
    }),
  );
  return { ...base, questions: results };
}

interface RawRow {
  label: string;
  counts: Cell[];
  respondents?: Cell;
  /** A group of a breakdown (not the whole view's row). */
  isGroup: boolean;
  mean?: number | null;
  median?: number | null;
}

// Suppresses the question's table; a row's mean and median follow `statisticsShown`.
function finish(
  common: Pick<QuestionResult, "key" | "text" | "chart" | "multiple">,
  categories: ResultCategory[],
  raw: RawRow[],
  neutral: number | null,
  k: number,
  viewKey: number,
  alsoHidden?: HiddenCells,
  questionTotal?: Cell,
): QuestionResult {
  const totals = raw.map((row) => row.respondents ?? addCells(row.counts));
  const table = suppressTable(
    raw.map((row) => row.counts),
    totals,
    k,
    viewKey,
    alsoHidden,
  );
  const rows = raw.map((row, i) => {
    // A group with no response taken in may have some waiting (release-steps.ts): it reads
    // "hidden", never 0, so that it does not turn from 0 to hidden as one response arrives.
    // Nothing needs hiding with it: all a reader could work out is that nothing is counted.
    const shown = row.isGroup && totals[i]!.n === 0 ? null : (table.rowTotals[i] ?? null);
    const withStatistics = statisticsShown(shown, table.cells[i]!, k, totals[i]!.n);
    return {
      label: row.label,
      respondents: shown,
      counts: shown === null ? row.counts.map(() => null) : table.cells[i]!,
      ...(row.mean !== undefined ? { mean: withStatistics ? row.mean : null, median: withStatistics ? row.median ?? null : null } : {}),
    };
  });
  // With counts hidden from outside, a question's respondents are its largest row still shown.
  const respondents = alsoHidden ? largestShown(table.rowTotals) : suppressTotal(questionTotal ?? addCells(totals), k, viewKey);
  return { ...common, neutral, categories, rows, respondents, texts: null };
}

// Ratings are 0–10, one bar each. Numbers get one bar per whole value when they span at most
// twenty, otherwise up to ten bins of a round width (1, 2 or 5 times a power of ten) starting at
// a multiple of it, so the labels do not spell out the smallest and largest answer.
function binsOf(question: Question, ranges: NumberRange[]): Bins {
  if (question.type === "RATING") return { questionId: question.id, low: 0, width: 1, count: 11 };
  const own = ranges.filter((s) => s.questionId === question.id);
  if (!own.length) return { questionId: question.id, low: 0, width: 1, count: 1 };
  const low = Math.min(...own.map((s) => s.low));
  const high = Math.max(...own.map((s) => s.high));
  if (Number.isInteger(low) && Number.isInteger(high) && high - low <= 20) return { questionId: question.id, low, width: 1, count: high - low + 1 };
  if (high - low < 1e-9) return { questionId: question.id, low, width: 1, count: 1 };
  const width = roundWidth((high - low) / 10);
  const start = Math.floor(low / width) * width;
  return { questionId: question.id, low: start, width, count: Math.max(1, Math.ceil((high - start) / width)) };
}

function roundWidth(atLeast: number): number {
  const power = 10 ** Math.floor(Math.log10(atLeast));
  return [1, 2, 5, 10].map((step) => step * power).find((width) => width >= atLeast)!;
}

/** The value a bin stands for in a mean or median: its whole number, or its middle. */
function binValue(bins: Bins, i: number): number {
  return bins.width === 1 && Number.isInteger(bins.low) ? bins.low + i : bins.low + (i + 0.5) * bins.width;
}

function binLabels(bins: Bins): string[] {
  const format = (n: number) => String(Math.round(n * 100) / 100);
  return Array.from({ length: bins.count }, (_, i) =>
    bins.width === 1 && Number.isInteger(bins.low) ? format(bins.low + i) : `${format(bins.low + i * bins.width)}–${format(bins.low + (i + 1) * bins.width)}`,
  );
}

/** What the filter form offers: the survey's languages, its demographic questions' answers, its events and countries, labelled. */
export function filterChoices(survey: SurveyWithQuestions, lang: string, runs: SeriesRun[]) {
  const label = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  return {
    languages: survey.languages,
    events: eventsOf(runs).map((run) => ({ value: run.eventId, label: run.event, date: run.date })),
    countries: countriesOf(runs).map((run) => ({ value: run.country, label: run.countryName })),
    demographics: demographicChoices(survey).map((q) => ({
        key: q.key,
        text: label(q.text),
        breakdown: q.type === "SINGLE_CHOICE",
        options: q.options.map((o) => ({ value: o.value, label: label(o.label) })),
      })),
  };
}

export type FilterChoices = ReturnType<typeof filterChoices>;

const textRequestSchema = z.object({
  search: formText().max(100),
  page: z.coerce.number().int().min(1).max(1_000_000),
});

/** The search and page of each free-text list (`tq.KEY`, `tp.KEY`), or null when one is malformed. */
export function parseTextRequests(params: URLSearchParams): ((key: string) => TextRequest) | null {
  const requests = new Map<string, TextRequest>();
  for (const [name] of params) {
    const match = /^t[qp]\.(.+)$/.exec(name);
    if (!match || requests.has(match[1]!)) continue;
    const key = match[1]!;
    const parsed = textRequestSchema.safeParse({ search: params.get(`tq.${key}`) ?? "", page: params.get(`tp.${key}`) || "1" });
    if (!parsed.success) return null;
    requests.set(key, parsed.data);
  }
  return (key) => requests.get(key) ?? { search: "", page: 1 };
}
