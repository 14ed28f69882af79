import type { SurveyWithQuestions } from "~/survey/find-survey.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { pickText } from "~/i18n/translate";
import { originalIdOf, seriesRuns } from "~/survey/series.server";
import { countOptions, countResponses, withAnswerView } from "./answer-queries.server";
import { addCells, countForStatistics, emptyCell, type Cell } from "./cell-key";
import { noFilters } from "./results-filters";
import type { QuestionResult } from "./results-types";
import { meanInterval, summarise, welchDifference, type Interval } from "./statistics";
import { answerScope, questionsOf } from "./survey-results.server";
import { statisticsShown, suppressTable, suppressTotal } from "./suppression";

export interface MeanEstimate {
  n: number;
  mean: number;
  interval: Interval | null;
}

export interface ComparedItem {
  /** A diverging chart of two rows: before, then after. */
  result: QuestionResult;
  before: MeanEstimate | null;
  after: MeanEstimate | null;
  /** Welch's difference after − before, with its standard error for pooling pairs of several events. */
  difference: { value: number; interval: Interval; standardError: number } | null;
}

interface ScaleItem {
  id: string;
  questionId: string;
  statementId: string | null;
  text: string;
  points: { id: string; value: string; label: string }[];
  dontKnow: { id: string; label: string } | null;
}

// Agreement items of a survey: each Likert question, and each statement of a matrix, keyed
// by question and statement key (which duplicating a survey keeps).
function scaleItems(survey: SurveyWithQuestions, lang: string): ScaleItem[] {
  const text = (value: unknown) => pickText(value, lang, survey.defaultLanguage);
  return questionsOf(survey)
    .filter((q) => q.type === "LIKERT" || q.type === "LIKERT_MATRIX")
    .flatMap((q): ScaleItem[] => {
      const points = q.options.filter((o) => !o.isDontKnow).map((o) => ({ id: o.id, value: o.value, label: text(o.label) }));
      const dk = q.options.find((o) => o.isDontKnow);
      const dontKnow = dk ? { id: dk.id, label: text(dk.label) } : null;
      const base = { questionId: q.id, points, dontKnow };
      if (q.type === "LIKERT") return [{ ...base, id: q.key, statementId: null, text: text(q.text) }];
      return q.statements.map((s) => ({ ...base, id: `${q.key}.${s.key}`, statementId: s.id, text: text(s.text) }));
    });
}

const sameScale = (a: ScaleItem, b: ScaleItem) =>
  a.points.length === b.points.length && a.points.every((p, i) => p.value === b.points[i]!.value) && Boolean(a.dontKnow) === Boolean(b.dontKnow);

/**
 * The "before" and "after" questionnaires of an event side by side: per agreement item, the
 * two distributions, each mean on the scale (1 = the first point) with its 95 % interval,
 * and Welch's difference after − before. Groups under the threshold show no numbers.
 */
export async function compareBeforeAfter(surveyId: string, lang: string, threshold: number, labels: { before: string; after: string }) {
  const survey = await findSurveyById(surveyId);
  if (!survey.pairedSurveyId) return null;
  const paired = await findSurveyById(survey.pairedSurveyId);
  const [before, after] = survey.phase === "AFTER" ? [paired, survey] : [survey, paired];
  const afterItems = new Map(scaleItems(after, lang).map((item) => [item.id, item]));
  const items = scaleItems(before, lang).flatMap((item) => {
    const match = afterItems.get(item.id);
    return match && sameScale(item, match) ? [{ before: item, after: match }] : [];
  });
  // Each side is that survey's own responses: a questionnaire run at other events too is
  // compared at this event only.
  const countsAndTotal = async (survey: typeof before, questionIds: string[]) => {
    const scope = answerScope(survey, noFilters, await seriesRuns(originalIdOf(survey), lang), { onlyRun: survey.id, releaseStep: threshold });
    return withAnswerView(scope, (view) => view.all([() => countOptions(view, questionIds), () => countResponses(view)] as const));
  };
  const [[beforeCounts, beforeTotal], [afterCounts, afterTotal]] = await Promise.all([
    countsAndTotal(before, [...new Set(items.map((i) => i.before.questionId))]),
    countsAndTotal(after, [...new Set(items.map((i) => i.after.questionId))]),
  ]);

  // The comparison's view: both sides' responses.
  const viewKey = beforeTotal.key + afterTotal.key;
  const compared = items.map(({ before: b, after: a }): ComparedItem => {
    const countsOf = (item: ScaleItem, counts: typeof beforeCounts) => {
      const of = (optionId: string) =>
        counts.find((c) => c.questionId === item.questionId && c.statementId === item.statementId && c.optionId === optionId) ?? emptyCell;
      return [...item.points.map((p) => of(p.id)), ...(item.dontKnow ? [of(item.dontKnow.id)] : [])];
    };
    const raw = [countsOf(b, beforeCounts), countsOf(a, afterCounts)];
    const totals = raw.map(addCells);
    // A side with no response taken in (some may wait: release-steps.ts) reads "hidden", as a
    // group does, so that it does not change as one arrives.
    const table = suppressTable(raw, totals, threshold, viewKey, { rows: totals.map((total) => total.n === 0), cells: raw.map((counts) => counts.map(() => false)) });
    // From the adjusted counts (cell-key.ts), so n, mean and interval say no more than the bars do.
    const summaryOf = (counts: Cell[]) => summarise(b.points.map((_, i) => ({ value: i + 1, count: countForStatistics(counts[i]!, threshold, viewKey) })));
    const estimate = (counts: Cell[], shown: boolean): MeanEstimate | null => {
      if (!shown) return null;
      const summary = summaryOf(counts);
      return summary.n ? { n: summary.n, mean: summary.mean, interval: meanInterval(summary) } : null;
    };
    // A side's n, mean and interval would give its hidden counts away in a small row.
    const withStatistics = (i: number) => statisticsShown(table.rowTotals[i] ?? null, table.cells[i]!, threshold, totals[i]!.n);
    const beforeEstimate = estimate(raw[0]!, withStatistics(0));
    const afterEstimate = estimate(raw[1]!, withStatistics(1));
    const difference =
      beforeEstimate && afterEstimate
        ? welchDifference(summaryOf(raw[0]!), summaryOf(raw[1]!))
        : null;
    const points = b.points.length;
    return {
      result: {
        key: b.id,
        text: b.text,
        chart: "diverging",
        multiple: false,
        neutral: points % 2 === 1 ? Math.floor(points / 2) : null,
        categories: [...b.points.map((p) => ({ label: p.label, isDontKnow: false })), ...(b.dontKnow ? [{ label: b.dontKnow.label, isDontKnow: true }] : [])],
        rows: [labels.before, labels.after].map((label, i) => ({
          label,
          respondents: table.rowTotals[i] ?? null,
          counts: table.rowTotals[i] === null ? raw[i]!.map(() => null) : table.cells[i]!,
        })),
        respondents: suppressTotal(totals[0]!.n <= totals[1]!.n ? totals[0]! : totals[1]!, threshold, viewKey),
        texts: null,
      },
      before: beforeEstimate,
      after: afterEstimate,
      difference: difference && { value: difference.difference, interval: difference.interval, standardError: difference.standardError },
    };
  });

  const title = (s: SurveyWithQuestions) => pickText(s.title, lang, s.defaultLanguage);
  return {
    // Each side's responses in its own view, as its results page shows them.
    before: { id: before.id, title: title(before), responses: responsesShown(beforeTotal, threshold) },
    after: { id: after.id, title: title(after), responses: responsesShown(afterTotal, threshold) },
    items: compared,
  };
}

/** A side's responses in its own view, as its results page shows them ("fewer than k" while none is taken in). */
function responsesShown(total: Cell, threshold: number) {
  return total.n === 0 ? null : suppressTotal(total, threshold, total.key);
}
