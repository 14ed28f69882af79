import type { Shown } from "./suppression";

/** How a question is charted: bars (choices), diverging bars (agreement scales), a histogram (numbers), a list (free text). */
export type ChartKind = "bars" | "diverging" | "histogram" | "text";

export interface ResultCategory {
  label: string;
  isDontKnow: boolean;
}

/** One distribution: the whole view, a statement of a matrix, a group of a breakdown, or both. */
export interface ResultRow {
  label: string;
  respondents: Shown;
  /** Aligned with the question's categories; null where suppressed. */
  counts: Shown[];
  mean?: number | null;
  median?: number | null;
}

export interface TextAnswers {
  items: string[];
  total: number;
  page: number;
  pageCount: number;
  search: string;
}

export interface QuestionResult {
  key: string;
  text: string;
  chart: ChartKind;
  /** Multiple choice: shares are of respondents, and add up to more than 100 %. */
  multiple: boolean;
  /** The neutral point of an agreement scale (index into categories), if it has one. */
  neutral: number | null;
  categories: ResultCategory[];
  rows: ResultRow[];
  /** Everyone in the view who answered this question; null when fewer than k. */
  respondents: Shown;
  texts: TextAnswers | null;
  /**
   * Why written answers are not listed, or not all: the view is filtered by who answered or when,
   * or some events have fewer than k answers (survey-results.server.ts).
   */
  textsWithheld?: "filtered" | "smallEvents";
}

export interface SurveyResults {
  threshold: number;
  /** Responses in the view; null when fewer than the threshold (then nothing is charted). */
  respondents: Shown;
  questions: QuestionResult[];
}
