import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { zonedLocalToDate } from "~/utils/zoned-time";
import type { ResultsFilters } from "./results-filters";

/**
 * The aggregate queries behind the results pages. Every count is a GROUP BY in PostgreSQL over
 * the answers of the questions asked for, so a survey of a million responses never travels to
 * JavaScript. Filters become conditions on the response (time, language) and EXISTS checks on
 * its demographic answers; a breakdown gives each response the group of its answer to the
 * breakdown question, or the event or country of its run. A questionnaire run at several events
 * asks one set of questions, so a question's answers are those of every event unless the view
 * is narrowed to some runs. Queries are made for one view at a time (`withAnswerView`).
 */

export interface AnswerScope {
  /** The surveys (a questionnaire's runs at its events) whose responses the view holds. */
  surveyIds: string[];
  /**
   * Whether that leaves out runs of the questionnaire: a question's answers are then not all in
   * the view, and each must be joined to its response.
   */
  narrowed: boolean;
  filters: ResultsFilters;
  /** Option ids of each filtered demographic question, already resolved from the values. */
  filterOptionIds: { questionId: string; optionIds: string[] }[];
  /** Each response's group: its answer to a question, or what its run stands for (its event, its country). */
  breakdown: { questionId: string } | { groupOfRun: { surveyId: string; group: string }[] } | null;
  /** The questionnaire's zone (its event's, else its project's): the filter's days run from midnight to midnight there. */
  timeZone: string;
}

// Response times are stored as UTC timestamps without a zone; the filter's dates are days in
// the questionnaire's time zone.
function utcTimestamp(day: string, timeZone: string): string {
  return zonedLocalToDate(`${day}T00:00`, timeZone)!.toISOString().slice(0, 23).replace("T", " ");
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const isWholeSurvey = (scope: AnswerScope) =>
  !scope.narrowed && !scope.filters.from && !scope.filters.to && !scope.filters.language && !scope.filterOptionIds.length && !scope.breakdown;

function responseConditions(scope: AnswerScope): Prisma.Sql[] {
  const { filters } = scope;
  const conditions: Prisma.Sql[] = [];
  if (filters.from) conditions.push(Prisma.sql`r."submittedHour" >= ${utcTimestamp(filters.from, scope.timeZone)}::timestamp`);
  if (filters.to) conditions.push(Prisma.sql`r."submittedHour" < ${utcTimestamp(nextDay(filters.to), scope.timeZone)}::timestamp`);
  if (filters.language) conditions.push(Prisma.sql`r."language" = ${filters.language}`);
  for (const { questionId, optionIds } of scope.filterOptionIds) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "Answer" f WHERE f."responseId" = r.id AND f."questionId" = ${questionId} AND f."optionId" IN (${Prisma.join(optionIds)}))`,
    );
  }
  return conditions;
}

// Filters on event and country can leave no run at all (an event in another country).
const runsOf = (scope: AnswerScope) => (scope.surveyIds.length ? Prisma.join(scope.surveyIds) : Prisma.sql`NULL`);

const andAll = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql` AND ${Prisma.join(conditions, " AND ")}` : Prisma.empty);

/** The queries of one view (filters and breakdown) and where they run. */
export interface AnswerView {
  scope: AnswerScope;
  db: Prisma.TransactionClient;
  /** Runs tasks of this view: at once over the pool, or one after another on the view's connection. */
  all: <T extends readonly (() => Promise<unknown>)[]>(tasks: T) => Promise<Results<T>>;
}

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

const atOnce = <T extends readonly (() => Promise<unknown>)[]>(tasks: T) => Promise.all(tasks.map((task) => task())) as Promise<Results<T>>;

async function oneAfterAnother<T extends readonly (() => Promise<unknown>)[]>(tasks: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as Results<T>;
}

// Long enough for a filtered view of a million responses on a small machine.
const viewTransactionTimeoutMs = 300_000;

/**
 * Runs the queries of one view. The whole survey needs no set-up: a question's answers are all
 * of its survey's, and the queries run side by side over the pool. A filtered or broken-down
 * view first works out, once, which responses it holds and each one's group (its answer to the
 * breakdown question, NULL without one) into a temporary table, then every query joins that;
 * a temporary table lives on one connection, so they run in one transaction, one at a time.
 */
export async function withAnswerView<T>(scope: AnswerScope, run: (view: AnswerView) => Promise<T>): Promise<T> {
  if (isWholeSurvey(scope)) return run({ scope, db: prisma, all: atOnce });
  const { group, groupJoin } = groupOfResponse(scope);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`CREATE TEMPORARY TABLE results_view ON COMMIT DROP AS
        SELECT r.id, ${group} AS grp
        FROM "Response" r ${groupJoin}
        WHERE r."surveyId" IN (${runsOf(scope)})${andAll(responseConditions(scope))}`;
      // Without statistics the planner would guess the table's size.
      await tx.$executeRaw`ANALYZE results_view`;
      return run({ scope, db: tx, all: oneAfterAnother });
    },
    { timeout: viewTransactionTimeoutMs },
  );
}

function groupOfResponse({ breakdown }: AnswerScope): { group: Prisma.Sql; groupJoin: Prisma.Sql } {
  if (breakdown && "questionId" in breakdown) {
    return {
      group: Prisma.sql`g."optionId"`,
      groupJoin: Prisma.sql`LEFT JOIN "Answer" g ON g."responseId" = r.id AND g."questionId" = ${breakdown.questionId}`,
    };
  }
  if (breakdown?.groupOfRun.length) {
    const runs = Prisma.join(breakdown.groupOfRun.map(({ surveyId, group }) => Prisma.sql`(${surveyId}, ${group})`));
    return { group: Prisma.sql`rg.grp`, groupJoin: Prisma.sql`LEFT JOIN (VALUES ${runs}) AS rg(survey, grp) ON rg.survey = r."surveyId"` };
  }
  return { group: Prisma.sql`NULL::text`, groupJoin: Prisma.empty };
}

// `grouped`: only responses that answered the breakdown question (free text lists every
// response of the view, whatever its group).
function answersOf(scope: AnswerScope, questionIds: string[], { extraJoin = Prisma.empty, grouped = true } = {}): Prisma.Sql {
  const viewJoin = isWholeSurvey(scope)
    ? Prisma.empty
    : Prisma.sql`JOIN results_view v ON v.id = a."responseId"${grouped && scope.breakdown ? Prisma.sql` AND v.grp IS NOT NULL` : Prisma.empty}`;
  return Prisma.sql`FROM "Answer" a ${viewJoin} ${extraJoin}
    WHERE a."questionId" IN (${Prisma.join(questionIds)})`;
}

const groupColumn = (scope: AnswerScope) => (isWholeSurvey(scope) ? Prisma.sql`NULL::text` : Prisma.sql`v.grp`);

export async function countResponses({ scope, db }: AnswerView): Promise<number> {
  const [row] = isWholeSurvey(scope)
    ? await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Response" r WHERE r."surveyId" IN (${runsOf(scope)})`
    : await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM results_view`;
  return row?.n ?? 0;
}

export interface OptionCount {
  questionId: string;
  statementId: string | null;
  optionId: string;
  groupId: string | null;
  n: number;
}

export function countOptions({ scope, db }: AnswerView, questionIds: string[]): Promise<OptionCount[]> {
  if (!questionIds.length) return Promise.resolve([]);
  return db.$queryRaw<OptionCount[]>`
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
export function countRespondents({ scope, db }: AnswerView, questionIds: string[]): Promise<GroupCount[]> {
  if (!questionIds.length) return Promise.resolve([]);
  // DISTINCT in a subquery can hash; count(DISTINCT …) always sorts.
  return db.$queryRaw<GroupCount[]>`
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

export function numberStats({ scope, db }: AnswerView, questionIds: string[]): Promise<NumberStats[]> {
  if (!questionIds.length) return Promise.resolve([]);
  return db.$queryRaw<NumberStats[]>`
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
export function countBins({ scope, db }: AnswerView, bins: Bins[]): Promise<BinCount[]> {
  if (!bins.length) return Promise.resolve([]);
  const table = Prisma.join(bins.map((b) => Prisma.sql`(${b.questionId}, ${b.low}::float8, ${b.width}::float8, ${b.count}::int)`));
  const binJoin = Prisma.sql`JOIN (VALUES ${table}) AS b(question, low, width, count) ON b.question = a."questionId"`;
  return db.$queryRaw<BinCount[]>`
    SELECT a."questionId" AS "questionId", ${groupColumn(scope)} AS "groupId",
           greatest(0, least(floor((a."number" - b.low) / b.width)::int, b.count - 1)) AS bin, count(*)::int AS n
    ${answersOf(scope, bins.map((b) => b.questionId), { extraJoin: binJoin })} AND a."number" IS NOT NULL
    GROUP BY 1, 2, 3`;
}

export interface TextPage {
  total: number;
  items: string[];
}

function textAnswersSource(scope: AnswerScope, questionId: string, search: string): Prisma.Sql {
  const pattern = `%${search.replace(/[\\%_]/g, "\\$&")}%`;
  return Prisma.sql`${answersOf(scope, [questionId], { grouped: false })} AND a."text" ILIKE ${pattern}`;
}

export async function countTextAnswers({ scope, db }: AnswerView, questionId: string, search: string): Promise<number> {
  const [count] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${textAnswersSource(scope, questionId, search)}`;
  return count?.n ?? 0;
}

/** One page of a free-text question's answers, optionally only those containing `search`, with their total. */
export async function textAnswers(view: AnswerView, questionId: string, search: string, page: number, pageSize: number): Promise<TextPage> {
  // Materialised so the answers are found through the question's index first; left to itself
  // the planner walked the whole answer table in id order for the LIMIT (9 s at 100k responses).
  const rows = await view.db.$queryRaw<{ text: string; total: number }[]>`
    WITH matching AS MATERIALIZED (SELECT a.id, a."text" ${textAnswersSource(view.scope, questionId, search)})
    SELECT "text" AS text, (SELECT count(*) FROM matching)::int AS total FROM matching
    ORDER BY id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  // Past the last page there is no row to carry the total.
  const total = rows[0]?.total ?? (page > 1 ? await countTextAnswers(view, questionId, search) : 0);
  return { total, items: rows.map((row) => row.text) };
}
