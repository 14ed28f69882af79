import { prisma } from "~/db.server";
import { pickText } from "~/i18n/translate";
import type { SurveyWithQuestions } from "~/survey/find-survey.server";
import { originalIdOf, responsesPerRun, seriesRuns, type SeriesRun } from "~/survey/series.server";
import { dateOnly, formatDate } from "~/utils/format-date";
import { chosenKeys, publicResultsSettings, type PublicResultsSettings } from "./public-results-settings.server";
import { hiddenByOneRun, largestShown, rowsOfRun } from "./public-suppression";
import { byEvent, noFilters } from "./results-filters";
import type { QuestionResult } from "./results-types";
import { surveyResults } from "./survey-results.server";

export interface PublicView {
  /** Responses in the view; null under k (then nothing is charted). */
  respondents: number | null;
  questions: QuestionResult[];
}

export interface PublicResults {
  title: string;
  threshold: number;
  /** The survey's own event, if it has one. */
  event: { title: string; place: string; date: string } | null;
  /** The survey's own responses: what the resident's town said. */
  here: PublicView;
  /** The events of the series with k responses or more, pooled, when the organiser chose so and there are two such events. */
  all: (PublicView & { events: number }) | null;
  /** Pooling was chosen, but fewer than two events have k responses yet. */
  notPooledYet: boolean;
  /** Events with responses, but fewer than k, left out of the pool. */
  leftOut: number;
}

/** The public results of a survey for residents, or null when its questionnaire's are not published. */
export async function publishedResults(survey: SurveyWithQuestions, lang: string): Promise<PublicResults | null> {
  const settings = await publicResultsSettings(survey);
  if (!settings.published || !chosenKeys(survey, settings).length) return null;
  return publicResults(survey, lang, settings);
}

/**
 * The chosen charts of a survey: its own responses (a run's are its event's), and with
 * `showAllEvents` those of every event of its questionnaire that has k responses, pooled.
 */
export async function publicResults(survey: SurveyWithQuestions, lang: string, settings: PublicResultsSettings): Promise<PublicResults> {
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  const { suppressionThreshold: k } = await prisma.project.findUniqueOrThrow({ where: { id: survey.projectId }, select: { suppressionThreshold: true } });
  const onlyQuestions = chosenKeys(survey, settings);
  const runs = await seriesRuns(originalIdOf(survey), lang);
  const counts = settings.showAllEvents && runs.length > 1 ? await responsesPerRun(runs) : new Map<string, number>();
  // Events with fewer than k responses stay out of the pool: it would give their answers away.
  const pooled = runs.filter((run) => (counts.get(run.surveyId) ?? 0) >= Math.max(k, 1));
  const base = {
    title: text(survey.title),
    threshold: k,
    event: survey.event ? { title: text(survey.event.title), place: survey.event.place, date: formatDate(survey.event.startsAt, lang, survey.event.timeZone, dateOnly) } : null,
  };

  if (pooled.length < 2) {
    // One view alone, suppressed as the workspace's results filtered to this event.
    const own = await surveyResults(survey, noFilters, { lang, threshold: k, onlyQuestions, runs, onlyRun: survey.id });
    return { ...base, here: { respondents: own.respondents, questions: own.questions }, all: null, notPooledYet: settings.showAllEvents && runs.length > 1, leftOut: 0 };
  }

  const [byRun, pooledResult, ownResponses] = await pooledResults(survey, lang, k, onlyQuestions, runs, pooled);
  const index = pooled.findIndex((run) => run.surveyId === survey.id);
  const own = (result: QuestionResult): QuestionResult => {
    const rows = rowsOfRun(result, pooled.length, index);
    return { ...result, rows, respondents: largestShown(rows.map((row) => row.respondents)) };
  };
  const answered = runs.filter((run) => (counts.get(run.surveyId) ?? 0) > 0).length;
  return {
    ...base,
    here: {
      respondents: ownResponses.respondents,
      // An event left out of the pool has fewer than k responses: nothing of it is charted.
      questions: index < 0 ? [] : byRun.questions.map(own),
    },
    all: {
      events: pooled.length,
      respondents: pooledResult.respondents,
      questions: pooledResult.questions,
    },
    notPooledYet: false,
    leftOut: answered - pooled.length,
  };
}

/**
 * The pooled events' results broken down by run, suppressed as the workspace's breakdown by
 * event (every run's page shows its row of it); their pooled results, with the counts hidden
 * that one run's hidden count would be worked out from; and this run's number of responses.
 * Each run is its own group: a run without an event (an original) is one too.
 */
async function pooledResults(survey: SurveyWithQuestions, lang: string, k: number, onlyQuestions: string[], runs: SeriesRun[], pooled: SeriesRun[]) {
  const asGroups = runs.map((run) => ({ ...run, eventId: run.surveyId, event: "" }));
  const inPool = { ...noFilters, events: pooled.map((run) => run.surveyId) };
  const byRun = await surveyResults(survey, { ...inPool, breakdown: byEvent }, { lang, threshold: k, onlyQuestions, runs: asGroups });
  const alsoHidden = (key: string) => {
    const ofRuns = byRun.questions.find((q) => q.key === key);
    return ofRuns && hiddenByOneRun(ofRuns, pooled.length);
  };
  return Promise.all([
    byRun,
    surveyResults(survey, inPool, { lang, threshold: k, onlyQuestions, runs: asGroups, alsoHidden }),
    surveyResults(survey, noFilters, { lang, threshold: k, onlyQuestions: [], runs, onlyRun: survey.id }),
  ]);
}
