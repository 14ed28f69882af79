import { json, redirect } from "@remix-run/node";
import { dictionaries, resolveUiLanguage } from "~/i18n/i18n.server";
import { createTranslator, pickText } from "~/i18n/translate";
import { findSurveyById } from "~/survey/find-survey.server";
import { requireSurvey } from "~/survey/require-survey.server";
import { seriesRuns } from "~/survey/series.server";
import { surveyTimeZone } from "~/survey/survey-time-zone";
import { formatCalendarDay, formatDate } from "~/utils/format-date";
import { describeTimeZone } from "~/utils/time-zones";
import { byEvent, filtersToSearch, noFilters, parseResultsFilters, type ResultsFilters } from "./results-filters";
import type { QuestionResult } from "./results-types";
import { filterableSurvey, filterChoices, parseTextRequests, questionsOf, surveyResults } from "./survey-results.server";

/**
 * A run's results are its questionnaire's, filtered to its event: the same page (results,
 * report or aggregate download) of the original, with the event added to the view.
 */
function resultsOfRun(request: Request, run: { id: string; originalId: string | null; eventId: string | null }): string {
  const url = new URL(request.url);
  const params = new URLSearchParams(url.search);
  if (run.eventId && !params.getAll("event").includes(run.eventId)) params.append("event", run.eventId);
  return `${url.pathname.replace(`/surveys/${run.id}`, `/surveys/${run.originalId}`)}?${params}`;
}

/**
 * The data of a survey's results page and of its printable report: the same view, from the
 * same address. Filters that do not fit the survey answer 400 with nothing charted.
 */
export async function loadSurveyResults(request: Request, surveyId: string | undefined, { withEventComparison = false } = {}) {
  const { project } = await requireSurvey(request, surveyId, "view");
  const lang = await resolveUiLanguage(request);
  const survey = await findSurveyById(surveyId!);
  if (survey.originalId) throw redirect(resultsOfRun(request, survey));
  const runs = await seriesRuns(survey.id, lang);
  const params = new URL(request.url).searchParams;
  const filters = parseResultsFilters(params, filterableSurvey(survey, runs));
  const text = parseTextRequests(params);
  const timeZone = surveyTimeZone(survey);
  /** The filter's days as the page writes them. */
  const filterDays = (view: ResultsFilters) => ({
    from: view.from ? formatCalendarDay(view.from, lang) : null,
    to: view.to ? formatCalendarDay(view.to, lang) : null,
  });
  const base = {
    surveyId: survey.id,
    title: pickText(survey.title, lang, survey.defaultLanguage),
    projectId: project.id,
    projectName: pickText(project.name, lang, "en"),
    threshold: project.suppressionThreshold,
    choices: filterChoices(survey, lang, runs),
    pairedSurveyId: survey.pairedSurveyId,
    generatedOn: formatDate(new Date(), lang, timeZone),
    /** The zone whose midnights the date filter's days run between. */
    timeZoneName: describeTimeZone(timeZone, lang),
  };
  if (!filters || !text) {
    return json(
      { ...base, badFilter: true, filters: noFilters, filterDays: filterDays(noFilters), search: "", results: null, eventComparison: null },
      { status: 400 },
    );
  }
  const options = { lang, threshold: project.suppressionThreshold, text, runs };
  const results = await surveyResults(survey, filters, options);
  // The report of a questionnaire asked at several events also compares them, chart by chart.
  const comparing = withEventComparison && !filters.breakdown && base.choices.events.length > 1;
  const eventFilters = { ...filters, breakdown: byEvent };
  // Free text is listed for the whole view, not per event: the comparison leaves it out.
  const compared = comparing ? await surveyResults(survey, eventFilters, options) : null;
  const eventComparison = compared
    ? { filters: eventFilters, search: filtersToSearch(eventFilters), results: { ...compared, questions: compared.questions.filter((q) => q.chart !== "text") } }
    : null;
  return json({ ...base, badFilter: false, filters, filterDays: filterDays(filters), search: filtersToSearch(filters), results, eventComparison });
}

/** One question of a results view, for its aggregate download; 400 for a bad view or question. */
export async function surveyAggregate(request: Request, surveyId: string | undefined) {
  const { project } = await requireSurvey(request, surveyId, "view");
  const lang = await resolveUiLanguage(request);
  const survey = await findSurveyById(surveyId!);
  if (survey.originalId) throw redirect(resultsOfRun(request, survey));
  const runs = await seriesRuns(survey.id, lang);
  const params = new URL(request.url).searchParams;
  const filters = parseResultsFilters(params, filterableSurvey(survey, runs));
  const key = params.get("question") ?? "";
  const question = questionsOf(survey).find((q) => q.key === key && q.type !== "SHORT_TEXT" && q.type !== "LONG_TEXT");
  if (!filters || !question) throw json({ message: "bad request" }, { status: 400 });
  const results = await surveyResults(survey, filters, { lang, threshold: project.suppressionThreshold, onlyQuestions: [key], runs });
  // A view too small to chart still downloads: the file says why it holds no numbers.
  const result = results.questions[0] ?? emptyResult(key, pickText(question.text, lang, survey.defaultLanguage));
  const t = createTranslator(dictionaries[lang], lang);
  return {
    result,
    t,
    note: results.questions.length ? null : t(results.respondents === null ? "results.viewTooFew" : "results.noResponses", { count: project.suppressionThreshold }),
  };
}

function emptyResult(key: string, text: string): QuestionResult {
  return { key, text, chart: "bars", multiple: false, neutral: null, categories: [], rows: [], respondents: null, texts: null };
}
