import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { zonedLocalToDate } from "~/utils/zoned-time";
import type { Cell } from "./cell-key";
import { cellKeyOf } from "./record-keys.server";
import { hoursCompleteBefore, releasedUntil, type HourCount } from "./release-steps";
import type { ResultsFilters } from "./results-filters";

/**
 * The aggregate queries behind the results pages. Every count is a GROUP BY in PostgreSQL over
 * the answers of the questions asked for, so a survey of a million responses never travels to
 * JavaScript. Filters become conditions on the response (time, language) and EXISTS checks on
 * its demographic answers; a breakdown gives each response the group of its answer to the
 * breakdown question, or the event or country of its run. A questionnaire run at several events
 * asks one set of questions, so a question's answers are those of every event unless the view
 * is narrowed to some runs. Queries are made for one view at a time (`withAnswerView`).
 *
 * Every count comes with its cell key (the sum of its records' keys modulo 256: cell-key.ts).
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
  /**
   * The evaluation and public pages take in responses in steps of at least this many per view
   * and per group (release-steps.ts); null for the live page, which shows them as they come.
   */
  releaseStep: number | null;
  /** Whether every run in the view is closed: then its last hour is complete. */
  closed: boolean;
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

const isUnfiltered = (scope: AnswerScope) =>
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
  /** Whether the view holds every response of the questionnaire: its queries need no view table. */
  whole: boolean;
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
 * Runs the queries of one view. The whole survey needs no set-up when every response of it is
 * taken in: a question's answers are all of its survey's, and the queries run side by side over
 * the pool. Otherwise the view first works out, once, which responses it holds and each one's
 * group (its answer to the breakdown question, NULL without one) into a temporary table, leaves
 * out those not yet taken in (release-steps.ts), then every query joins that; a temporary table
 * lives on one connection, so they run in one transaction, one at a time.
 */
export async function withAnswerView<T>(scope: AnswerScope, run: (view: AnswerView) => Promise<T>): Promise<T> {
  if (isUnfiltered(scope) && (await everyResponseTakenIn(scope))) return run({ scope, whole: true, db: prisma, all: atOnce });
  const { group, groupJoin } = groupOfResponse(scope);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`CREATE TEMPORARY TABLE results_view ON COMMIT DROP AS
        SELECT r.id, ${group} AS grp, r."submittedHour" AS hour
        FROM "Response" r ${groupJoin}
        WHERE r."surveyId" IN (${runsOf(scope)})${andAll(responseConditions(scope))}`;
      if (scope.releaseStep) await leaveOutWaitingResponses(tx, scope, scope.releaseStep);
      // Without statistics the planner would guess the table's size.
      await tx.$executeRaw`ANALYZE results_view`;
      return run({ scope, whole: false, db: tx, all: oneAfterAnother });
    },
    { timeout: viewTransactionTimeoutMs },
  );
}

const completeBefore = (scope: AnswerScope) => hoursCompleteBefore(new Date(), scope.closed);

async function everyResponseTakenIn(scope: AnswerScope): Promise<boolean> {
  if (!scope.releaseStep) return true;
  const hours = await prisma.$queryRaw<HourCount[]>`
    SELECT "submittedHour" AS hour, count(*)::int AS n FROM "Response" WHERE "surveyId" IN (${runsOf(scope)}) GROUP BY 1`;
  const until = releasedUntil(hours, scope.releaseStep, completeBefore(scope));
  return hours.every(({ hour }) => until !== null && hour.getTime() <= until.getTime());
}

// The view steps as a whole, and each group of a breakdown on its own: a group that grew by one
// response would show that response's answers as much as a view would. A response of the view
// whose group has not taken it in yet counts in the view's numbers but in no group's.
async function leaveOutWaitingResponses(tx: Prisma.TransactionClient, scope: AnswerScope, step: number): Promise<void> {
  const hourCounts = (by: Prisma.Sql) => tx.$queryRaw<(HourCount & { grp: string | null })[]>`SELECT ${by} AS grp, hour, count(*)::int AS n FROM results_view GROUP BY 1, 2`;
  const viewUntil = releasedUntil(await hourCounts(Prisma.sql`NULL::text`), step, completeBefore(scope));
  await tx.$executeRaw`DELETE FROM results_view WHERE ${viewUntil}::timestamp IS NULL OR hour > ${viewUntil}::timestamp`;
  if (!scope.breakdown) return;

  const counts = (await hourCounts(Prisma.sql`grp`)).filter((row) => row.grp !== null);
  const groups = [...new Set(counts.map((row) => row.grp))];
  const cutoffs = groups
    .map((grp) => ({ grp, until: releasedUntil(counts.filter((row) => row.grp === grp), step, completeBefore(scope)) }))
    .filter(({ grp, until }) => counts.some((row) => row.grp === grp && (until === null || row.hour.getTime() > until.getTime())));
  if (!cutoffs.length) return;
  const values = Prisma.join(cutoffs.map(({ grp, until }) => Prisma.sql`(${grp}::text, ${until}::timestamp)`));
  await tx.$executeRaw`UPDATE results_view v SET grp = NULL FROM (VALUES ${values}) AS c(grp, until)
    WHERE v.grp = c.grp AND (c.until IS NULL OR v.hour > c.until)`;
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
function answersOf({ scope, whole }: AnswerView, questionIds: string[], { extraJoin = Prisma.empty, grouped = true } = {}): Prisma.Sql {
  const viewJoin = whole
    ? Prisma.empty
    : Prisma.sql`JOIN results_view v ON v.id = a."responseId"${grouped && scope.breakdown ? Prisma.sql` AND v.grp IS NOT NULL` : Prisma.empty}`;
  return Prisma.sql`FROM "Answer" a ${viewJoin} ${extraJoin}
    WHERE a."questionId" IN (${Prisma.join(questionIds)})`;
}

const groupColumn = (view: AnswerView) => (view.whole ? Prisma.sql`NULL::text` : Prisma.sql`v.grp`);


export async function countResponses({ scope, whole, db }: AnswerView): Promise<Cell> {
  const [row] = whole
    ? await db.$queryRaw<Cell[]>`SELECT count(*)::int AS n, ${cellKeyOf(Prisma.sql`r.id`)} AS key FROM "Response" r WHERE r."surveyId" IN (${runsOf(scope)})`
    : await db.$queryRaw<Cell[]>`SELECT count(*)::int AS n, ${cellKeyOf(Prisma.sql`id`)} AS key FROM results_view`;
  return row ?? { n: 0, key: 0 };
}

export interface OptionCount extends Cell {
  questionId: string;
  statementId: string | null;
  optionId: string;
  groupId: string | null;
}

export function countOptions(view: AnswerView, questionIds: string[]): Promise<OptionCount[]> {
  if (!questionIds.length) return Promise.resolve([]);
  return view.db.$queryRaw<OptionCount[]>`
    SELECT a."questionId" AS "questionId", a."statementId" AS "statementId", a."optionId" AS "optionId",
           ${groupColumn(view)} AS "groupId", count(*)::int AS n, ${cellKeyOf(Prisma.sql`a."responseId"`)} AS key
    ${answersOf(view, questionIds)}
    GROUP BY 1, 2, 3, 4`;
}

export interface GroupCount extends Cell {
  questionId: string;
  groupId: string | null;
}

/** Respondents of multiple-choice questions (one answer row per ticked option, so grouped by response first). */
export function countRespondents(view: AnswerView, questionIds: string[]): Promise<GroupCount[]> {
  if (!questionIds.length) return Promise.resolve([]);
  return view.db.$queryRaw<GroupCount[]>`
    SELECT "questionId", "groupId", count(*)::int AS n, ${cellKeyOf(Prisma.sql`"responseId"`)} AS key FROM (
      SELECT a."questionId" AS "questionId", ${groupColumn(view)} AS "groupId", a."responseId"
      ${answersOf(view, questionIds)}
      GROUP BY 1, 2, 3
    ) AS respondents
    GROUP BY 1, 2`;
}

export interface NumberRange {
  questionId: string;
  low: number;
  high: number;
}

/**
 * The smallest and largest answer of each number question over the whole questionnaire (every
 * run in `runIds`), which the histogram's bins span in every view: bins drawn from a view's own
 * extremes would tell one view's oldest or largest answer from another's, and so one person's
 * answer. Only responses the questionnaire as a whole has taken in count (release-steps.ts), or
 * one new response with a new extreme would move every view's bins.
 */
export async function numberRanges(view: AnswerView, questionIds: string[], runIds: string[], allClosed: boolean): Promise<NumberRange[]> {
  if (!questionIds.length || !runIds.length) return [];
  const runs = Prisma.join(runIds);
  let takenIn = Prisma.empty;
  if (view.scope.releaseStep) {
    const hours = await view.db.$queryRaw<HourCount[]>`SELECT "submittedHour" AS hour, count(*)::int AS n FROM "Response" WHERE "surveyId" IN (${runs}) GROUP BY 1`;
    const until = releasedUntil(hours, view.scope.releaseStep, hoursCompleteBefore(new Date(), allClosed));
    takenIn = until ? Prisma.sql` AND r."submittedHour" <= ${until}::timestamp` : Prisma.sql` AND false`;
  }
  return view.db.$queryRaw<NumberRange[]>`
    SELECT a."questionId" AS "questionId", min(a."number")::float8 AS low, max(a."number")::float8 AS high
    FROM "Answer" a JOIN "Response" r ON r.id = a."responseId"
    WHERE a."questionId" IN (${Prisma.join(questionIds)}) AND a."number" IS NOT NULL AND r."surveyId" IN (${runs})${takenIn}
    GROUP BY 1`;
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
export function countBins(view: AnswerView, bins: Bins[]): Promise<BinCount[]> {
  if (!bins.length) return Promise.resolve([]);
  const table = Prisma.join(bins.map((b) => Prisma.sql`(${b.questionId}, ${b.low}::float8, ${b.width}::float8, ${b.count}::int)`));
  const binJoin = Prisma.sql`JOIN (VALUES ${table}) AS b(question, low, width, count) ON b.question = a."questionId"`;
  return view.db.$queryRaw<BinCount[]>`
    SELECT a."questionId" AS "questionId", ${groupColumn(view)} AS "groupId",
           greatest(0, least(floor((a."number" - b.low) / b.width)::int, b.count - 1)) AS bin,
           count(*)::int AS n, ${cellKeyOf(Prisma.sql`a."responseId"`)} AS key
    ${answersOf(view, bins.map((b) => b.questionId), { extraJoin: binJoin })} AND a."number" IS NOT NULL
    GROUP BY 1, 2, 3`;
}

export interface TextPage {
  total: number;
  items: string[];
}

// `runs`: only the answers of these runs (null: every run in the view).
function textAnswersSource(view: AnswerView, questionId: string, search: string, runs: string[] | null): Prisma.Sql {
  const pattern = `%${search.replace(/[\\%_]/g, "\\$&")}%`;
  const ofRuns = runs
    ? Prisma.sql` AND a."responseId" IN (SELECT id FROM "Response" WHERE "surveyId" IN (${runs.length ? Prisma.join(runs) : Prisma.sql`NULL`}))`
    : Prisma.empty;
  return Prisma.sql`${answersOf(view, [questionId], { grouped: false })} AND a."text" ILIKE ${pattern}${ofRuns}`;
}

/** How many answered a free-text question in the view, run by run (one row for a questionnaire held once). */
export async function countTextAnswersByRun(view: AnswerView, questionId: string): Promise<(Cell & { surveyId: string })[]> {
  if (view.scope.surveyIds.length === 1) {
    const [count] = await view.db.$queryRaw<Cell[]>`
      SELECT count(*)::int AS n, ${cellKeyOf(Prisma.sql`a."responseId"`)} AS key ${textAnswersSource(view, questionId, "", null)}`;
    return [{ surveyId: view.scope.surveyIds[0]!, n: count?.n ?? 0, key: count?.key ?? 0 }];
  }
  return view.db.$queryRaw<(Cell & { surveyId: string })[]>`
    SELECT r."surveyId" AS "surveyId", count(*)::int AS n, ${cellKeyOf(Prisma.sql`answered."responseId"`)} AS key
    FROM (SELECT a."responseId" ${textAnswersSource(view, questionId, "", null)}) AS answered JOIN "Response" r ON r.id = answered."responseId"
    GROUP BY 1`;
}

/** One page of a free-text question's answers of some runs, optionally only those containing `search`, with their total. */
export async function textAnswers(view: AnswerView, questionId: string, runs: string[], search: string, page: number, pageSize: number): Promise<TextPage> {
  const source = textAnswersSource(view, questionId, search, runs.length === view.scope.surveyIds.length ? null : runs);
  // Materialised so the answers are found through the question's index first; left to itself
  // the planner walked the whole answer table in id order for the LIMIT (9 s at 100k responses).
  const rows = await view.db.$queryRaw<{ text: string; total: number }[]>`
    WITH matching AS MATERIALIZED (SELECT a.id, a."text" ${source})
    SELECT "text" AS text, (SELECT count(*) FROM matching)::int AS total FROM matching
    ORDER BY id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  // Past the last page there is no row to carry the total.
  if (rows[0] || page === 1) return { total: rows[0]?.total ?? 0, items: rows.map((row) => row.text) };
  const [count] = await view.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${source}`;
  return { total: count?.n ?? 0, items: [] };
}
