import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { pickText } from "~/i18n/translate";
import { findSurveyById } from "~/survey/find-survey.server";
import { inSeries, isSeries, originalIdOf } from "~/survey/series.server";
import { surveyTimeZone } from "~/survey/survey-time-zone";
import { dateToZonedLocal } from "~/utils/zoned-time";

// The raw responses of one questionnaire as a table: one row per response, one column per
// question, per statement of a Likert matrix and per option of a multiple choice. Responses
// are read in keyset-paginated batches, so an export of any size holds one batch at a time.

/** Answers as their stable codes (option values) or as their labels in one of the survey's languages. */
export type ValueMode = "codes" | "labels";

export interface ExportOptions {
  values: ValueMode;
  /** One of the survey's languages: the labels' language (and the header texts'). */
  language: string;
}

/** A value of a cell: text, a number (numbers, ratings and 0/1 flags) or the hour as a wall-clock time. */
export type Cell = string | number | null;

export type ColumnKind = "language" | "hour" | "choice" | "flag" | "number" | "text";

export interface ExportColumn {
  /** Stable name: `age_band`, `stereotypes.newcomers_jobs`, `barriers.time`, `barriers.other.text`. */
  key: string;
  /** The question (and statement or option) in the chosen language; empty for the fixed columns. */
  text: string;
  kind: ColumnKind;
}

export interface StoredAnswer {
  questionId: string;
  statementId: string | null;
  optionId: string | null;
  number: number | null;
  text: string | null;
}

export interface StoredResponse {
  id: string;
  /** The run (the event's survey) the response was given to. */
  surveyId: string;
  language: string;
  submittedHour: Date;
  answers: StoredAnswer[];
}

export interface ExportPlan {
  /** Every run of the questionnaire: a questionnaire asked at several events is exported whole. */
  surveyIds: string[];
  options: ExportOptions;
  /** The questionnaire's zone (its event's, else its project's): the hour column is a wall-clock time there. */
  timeZone: string;
  columns: ExportColumn[];
  /** One response as its row of cells, in the order of `columns`. */
  toRow: (response: StoredResponse) => Cell[];
}

/** What an answer row writes into a table row. */
type Placer = (answer: StoredAnswer, row: Cell[]) => void;

/**
 * The language and the hour of sending; with labels, the hour's header names its zone
 * ("submitted_hour: Europe/Stockholm"). A questionnaire run at several events starts with the
 * event, its host's country and the zone each row's hour is written in (that event's).
 */
const fixedColumns = (timeZone: string, series: boolean): ExportColumn[] => [
  ...(series
    ? ([
        { key: "event", text: "", kind: "text" },
        { key: "country", text: "", kind: "text" },
        { key: "time_zone", text: "", kind: "text" },
      ] as const)
    : []),
  { key: "language", text: "", kind: "language" },
  { key: "submitted_hour", text: series ? "" : timeZone, kind: "hour" },
];

interface RunColumns {
  event: string | null;
  country: string | null;
  timeZone: string;
}

/** Where each run of the questionnaire took place, for the first columns of a series' rows. */
async function runColumns(originalId: string, language: string): Promise<Map<string, RunColumns>> {
  const runs = await prisma.survey.findMany({
    where: inSeries(originalId),
    select: { id: true, event: { select: { title: true, timeZone: true, hostPartner: { select: { country: true } } } }, project: { select: { timeZone: true } } },
  });
  return new Map(
    runs.map((run) => [
      run.id,
      {
        event: run.event ? pickText(run.event.title, language, "en") : null,
        country: run.event?.hostPartner?.country.toUpperCase() ?? null,
        timeZone: run.event?.timeZone ?? run.project.timeZone,
      },
    ]),
  );
}

/** The columns of a survey's export and how each stored answer fills them. */
export async function loadExportPlan(surveyId: string, options: ExportOptions): Promise<ExportPlan> {
  const survey = await findSurveyById(surveyId);
  const text = (value: unknown) => pickText(value, options.language, survey.defaultLanguage);
  const timeZone = surveyTimeZone(survey);
  const runs = await runColumns(originalIdOf(survey), options.language);
  const series = isSeries(survey);
  const columns: ExportColumn[] = fixedColumns(timeZone, series);
  const first = columns.length - 2;
  const placers = new Map<string, Placer>();
  /** Multiple choice: the columns to set to 0 once a response answers the question at all. */
  const flagColumns = new Map<string, number[]>();

  const add = (key: string, columnText: string, kind: ColumnKind) => columns.push({ key, text: columnText, kind }) - 1;

  for (const section of survey.sections) {
    for (const question of section.questions) {
      const questionText = text(question.text);
      const optionCell = new Map(
        question.options.map((o) => [o.id, options.values === "codes" ? o.value : text(o.label)] as const),
      );
      switch (question.type) {
        case "SINGLE_CHOICE":
        case "LIKERT": {
          const column = add(question.key, questionText, "choice");
          const other = question.options.find((o) => o.isOther);
          const otherColumn = other ? add(`${question.key}.${other.value}.text`, `${questionText} — ${text(other.label)}`, "text") : -1;
          placers.set(question.id, (answer, row) => {
            row[column] = answer.optionId ? (optionCell.get(answer.optionId) ?? null) : null;
            if (otherColumn >= 0 && answer.optionId === other?.id) row[otherColumn] = answer.text;
          });
          break;
        }
        case "MULTIPLE_CHOICE": {
          const optionColumns = new Map<string, number>();
          const otherColumns = new Map<string, number>();
          for (const option of question.options) {
            const label = `${questionText} — ${text(option.label)}`;
            optionColumns.set(option.id, add(`${question.key}.${option.value}`, label, "flag"));
            if (option.isOther) otherColumns.set(option.id, add(`${question.key}.${option.value}.text`, label, "text"));
          }
          flagColumns.set(question.id, [...optionColumns.values()]);
          placers.set(question.id, (answer, row) => {
            const column = answer.optionId ? optionColumns.get(answer.optionId) : undefined;
            if (column === undefined) return;
            row[column] = 1;
            const otherColumn = otherColumns.get(answer.optionId!);
            if (otherColumn !== undefined) row[otherColumn] = answer.text;
          });
          break;
        }
        case "LIKERT_MATRIX": {
          const statementColumns = new Map(
            question.statements.map((s) => [s.id, add(`${question.key}.${s.key}`, `${questionText} — ${text(s.text)}`, "choice")]),
          );
          placers.set(question.id, (answer, row) => {
            const column = answer.statementId ? statementColumns.get(answer.statementId) : undefined;
            if (column !== undefined && answer.optionId) row[column] = optionCell.get(answer.optionId) ?? null;
          });
          break;
        }
        case "RATING":
        case "NUMBER": {
          const column = add(question.key, questionText, "number");
          placers.set(question.id, (answer, row) => {
            row[column] = answer.number;
          });
          break;
        }
        case "SHORT_TEXT":
        case "LONG_TEXT": {
          const column = add(question.key, questionText, "text");
          placers.set(question.id, (answer, row) => {
            row[column] = answer.text;
          });
          break;
        }
      }
    }
  }

  const toRow = (response: StoredResponse): Cell[] => {
    const row: Cell[] = new Array<Cell>(columns.length).fill(null);
    const run = runs.get(response.surveyId);
    const zone = run?.timeZone ?? timeZone;
    if (series) [row[0], row[1], row[2]] = [run?.event ?? null, run?.country ?? null, zone];
    row[first] = response.language;
    row[first + 1] = dateToZonedLocal(response.submittedHour, zone).replace("T", " ");
    const answered = new Set<string>();
    for (const answer of response.answers) {
      const flags = flagColumns.get(answer.questionId);
      if (flags && !answered.has(answer.questionId)) for (const column of flags) row[column] = 0;
      answered.add(answer.questionId);
      placers.get(answer.questionId)?.(answer, row);
    }
    return row;
  };

  return {
    surveyIds: [...runs.keys()],
    options,
    timeZone,
    columns,
    toRow,
  };
}

export interface BatchOptions {
  /** Responses per query. */
  batchSize?: number;
  /** Stops reading (between batches) once aborted, e.g. when the download is cancelled. */
  signal?: AbortSignal;
  /** Called after each query with the number of responses it returned (for tests and measurements). */
  onBatch?: (size: number) => void;
}

export const defaultBatchSize = 1000;

interface BatchRow {
  id: string;
  surveyId: string;
  language: string;
  submittedHour: Date;
  answers: StoredAnswer[];
}

/**
 * One query: the next `limit` responses after `after` in (hour, id) order, each with its
 * answers as a JSON array. The order within an hour follows the random ids, so it tells
 * nothing about who answered first.
 */
function readBatch(surveyIds: string[], after: { hour: Date; id: string } | null, limit: number) {
  const keyset = after ? Prisma.sql`AND ("submittedHour", id) > (${after.hour}, ${after.id}::uuid)` : Prisma.empty;
  return prisma.$queryRaw<BatchRow[]>`
    SELECT r.id::text AS id, r."surveyId", r.language, r."submittedHour",
           COALESCE(json_agg(json_build_object(
             'questionId', a."questionId", 'statementId', a."statementId", 'optionId', a."optionId",
             'number', a.number, 'text', a.text)) FILTER (WHERE a.id IS NOT NULL), '[]') AS answers
    FROM (
      SELECT id, "surveyId", language, "submittedHour" FROM "Response"
      WHERE "surveyId" IN (${Prisma.join(surveyIds)}) ${keyset}
      ORDER BY "submittedHour", id
      LIMIT ${limit}
    ) r
    LEFT JOIN "Answer" a ON a."responseId" = r.id
    GROUP BY r.id, r."surveyId", r.language, r."submittedHour"
    ORDER BY r."submittedHour", r.id`;
}

/** The survey's responses as rows, `batchSize` at a time; the next batch is read only when asked for. */
export async function* responseRowBatches(plan: ExportPlan, batch: BatchOptions = {}): AsyncGenerator<Cell[][]> {
  const limit = batch.batchSize ?? defaultBatchSize;
  let after: { hour: Date; id: string } | null = null;
  while (!batch.signal?.aborted) {
    const responses: BatchRow[] = await readBatch(plan.surveyIds, after, limit);
    batch.onBatch?.(responses.length);
    if (responses.length) yield responses.map(plan.toRow);
    if (responses.length < limit) return;
    const last = responses[responses.length - 1]!;
    after = { hour: last.submittedHour, id: last.id };
  }
}
