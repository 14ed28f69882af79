import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { zonedLocalToDate } from "~/utils/zoned-time";
import type { ResultsFilters } from "./results-filters";

/**
 * The aggregate queries behind the results pages. Every count is a GROUP BY in PostgreSQL over
 * the answers of the questions asked for, so a survey of a million responses never travels to
 * JavaScript. Filters become conditions on the response (time, language) and EXISTS checks on
 * its demographic answers; a breakdown joins each answer with the same response's answer to
 * the breakdown question (`g`).
 */

export interface AnswerScope {
  surveyId: string;
  filters: ResultsFilters;
  /** Option ids of each filtered demographic question, already resolved from the values. */
  filterOptionIds: { questionId: string; optionIds: string[] }[];
  breakdownQuestionId: string | null;
}

// Response times are stored as UTC timestamps without a zone; the filter's dates are days in
// the display time zone.
function utcTimestamp(day: string): string {
  return zonedLocalToDate(`${day}T00:00`)!.toISOString().slice(0, 23).replace("T", " ");
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const isWholeSurvey = (scope: AnswerScope) =>
  !scope.filters.from && !scope.filters.to && !scope.filters.language && !scope.filterOptionIds.length && !scope.breakdownQuestionId;

function responseConditions(scope: AnswerScope): Prisma.Sql[] {
  const { filters } = scope;
  const conditions: Prisma.Sql[] = [];
  if (filters.from) conditions.push(Prisma.sql`r."submittedHour" >= ${utcTimestamp(filters.from)}::timestamp`);
  if (filters.to) conditions.push(Prisma.sql`r."submittedHour" < ${utcTimestamp(nextDay(filters.to))}::timestamp`);
  if (filters.language) conditions.push(Prisma.sql`r."language" = ${filters.language}`);
  for (const { questionId, optionIds } of scope.filterOptionIds) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Answer" f WHERE f."responseId" = r.id AND f."questionId" = ${questionId} AND f."optionId" IN (${Prisma.join(optionIds)}))`,
    );
  }
  return conditions;
}

const andAll = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

// A filtered or broken-down view is worked out once per query: the responses it holds, each
// with its group (the answer to the breakdown question). The answers are then joined to it.
// The whole survey needs no such step: a question's answers are all of its survey's.
function withView(scope: AnswerScope): Prisma.Sql {
  if (isWholeSurvey(scope)) return Prisma.empty;
  const group = scope.breakdownQuestionId
    ? Prisma.sql`JOIN "Answer" g ON g."responseId" = r.id AND g."questionId" = ${scope.breakdownQuestionId}`
    : Prisma.empty;
  return Prisma.sql`WITH v AS MATERIALIZED (
    SELECT r.id, ${scope.breakdownQuestionId ? Prisma.sql`g."optionId"` : Prisma.sql`NULL::text`} AS grp
    FROM "Response" r ${group}
    WHERE r."surveyId" = ${scope.surveyId}${andAll(responseConditions(scope))})`;
}

function answersOf(scope: AnswerScope, questionIds: string[], extraJoin: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const viewJoin = isWholeSurvey(scope) ? Prisma.empty : Prisma.sql`JOIN v ON v.id = a."responseId"`;
  return Prisma.sql`FROM "Answer" a ${viewJoin} ${extraJoin}
    WHERE a."questionId" IN (${Prisma.join(questionIds)})`;
}

const groupColumn = (scope: AnswerScope) => (isWholeSurvey(scope) ? Prisma.sql`NULL::text` : Prisma.sql`v.grp`);

export async function countResponses(scope: AnswerScope): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Response" r
    WHERE r."surveyId" = ${scope.surveyId}${andAll(responseConditions(scope))}`;
  return row?.n ?? 0;
}

export interface OptionCount {
  questionId: string;
  statementId: string | null;
  optionId: string;
  groupId: string | null;
  n: number;
}

export function countOptions(scope: AnswerScope, questionIds: string[]): Promise<OptionCount[]> {
  if (!questionIds.length) return Promise.resolve([]);
  return prisma.$queryRaw<OptionCount[]>`${withView(scope)}
    SELECT a."questionId" AS "questionId", a."statementId" AS "statementId", a."optionId" AS "optionId",
           ${groupColumn(scope)} AS "groupId", count(*)::int AS n
    ${answersOf(scope, questionIds)}
    GROUP BY 1, 2, 3, 4`;
}

export interface GroupCount {
  questionId: string;
  groupId: string | null;
  n: number;
}

/** Respondents of multiple-choice questions (one answer row per ticked option, so DISTINCT). */
export function countRespondents(scope: AnswerScope, questionIds: string[]): Promise<GroupCount[]> {
  if (!questionIds.length) return Promise.resolve([]);
  // DISTINCT in a subquery can hash; count(DISTINCT …) always sorts.
  return prisma.$queryRaw<GroupCount[]>`${withView(scope)}
    SELECT "questionId", "groupId", count(*)::int AS n FROM (
      SELECT DISTINCT a."questionId" AS "questionId", ${groupColumn(scope)} AS "groupId", a."responseId"
      ${answersOf(scope, questionIds)}
    ) AS respondents
    GROUP BY 1, 2`;
}

export interface NumberStats extends GroupCount {
  mean: number;
  median: number;
  low: number;
  high: number;
}

export function numberStats(scope: AnswerScope, questionIds: string[]): Promise<NumberStats[]> {
  if (!questionIds.length) return Promise.resolve([]);
  return prisma.$queryRaw<NumberStats[]>`${withView(scope)}
    SELECT a."questionId" AS "questionId", ${groupColumn(scope)} AS "groupId", count(*)::int AS n,
           avg(a."number")::float8 AS mean,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY a."number")::float8 AS median,
           min(a."number")::float8 AS low, max(a."number")::float8 AS high
    ${answersOf(scope, questionIds)} AND a."number" IS NOT NULL
    GROUP BY 1, 2`;
}

export interface Bins {
  questionId: string;
  low: number;
  width: number;
  count: number;
}

export interface BinCount extends GroupCount {
  bin: number;
}

/** Histogram counts: bin i holds low + i·width ≤ x < low + (i+1)·width (the last bin is closed). */
export function countBins(scope: AnswerScope, bins: Bins[]): Promise<BinCount[]> {
  if (!bins.length) return Promise.resolve([]);
  const table = Prisma.join(bins.map((b) => Prisma.sql`(${b.questionId}, ${b.low}::float8, ${b.width}::float8, ${b.count}::int)`));
  const binJoin = Prisma.sql`JOIN (VALUES ${table}) AS b(question, low, width, count) ON b.question = a."questionId"`;
  return prisma.$queryRaw<BinCount[]>`${withView(scope)}
    SELECT a."questionId" AS "questionId", ${groupColumn(scope)} AS "groupId",
           greatest(0, least(floor((a."number" - b.low) / b.width)::int, b.count - 1)) AS bin, count(*)::int AS n
    ${answersOf(scope, bins.map((b) => b.questionId), binJoin)} AND a."number" IS NOT NULL
    GROUP BY 1, 2, 3`;
}

export interface TextPage {
  total: number;
  items: string[];
}

/** One page of a free-text question's answers, optionally only those containing `search`. */
function textSource(scope: AnswerScope, questionId: string, search: string) {
  const pattern = `%${search.replace(/[\\%_]/g, "\\$&")}%`;
  const textScope = { ...scope, breakdownQuestionId: null };
  return { view: withView(textScope), source: Prisma.sql`${answersOf(textScope, [questionId])} AND a."text" ILIKE ${pattern}` };
}

export async function countTextAnswers(scope: AnswerScope, questionId: string, search: string): Promise<number> {
  const { view, source } = textSource(scope, questionId, search);
  const [count] = await prisma.$queryRaw<{ n: number }[]>`${view} SELECT count(*)::int AS n ${source}`;
  return count?.n ?? 0;
}

/** One page of a free-text question's answers, optionally only those containing `search`, with their total. */
export async function textAnswers(scope: AnswerScope, questionId: string, search: string, page: number, pageSize: number): Promise<TextPage> {
  const { view, source } = textSource(scope, questionId, search);
  const rows = await prisma.$queryRaw<{ text: string; total: number }[]>`${view}
    SELECT a."text" AS text, (count(*) OVER ())::int AS total ${source} ORDER BY a.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  // Past the last page there is no row to carry the total.
  const total = rows[0]?.total ?? (page > 1 ? await countTextAnswers(scope, questionId, search) : 0);
  return { total, items: rows.map((row) => row.text) };
}
