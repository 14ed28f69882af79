import ExcelJS from "exceljs";
import { PassThrough } from "node:stream";
import { headerCells } from "./csv-export.server";
import type { BatchOptions, Cell, ExportColumn, ExportPlan } from "./response-rows.server";
import { responseRowBatches } from "./response-rows.server";
import { readableFromIterable } from "./stream.server";

// XLSX with exceljs's streaming writer: each row is committed (turned into XML and handed to
// the zip) as soon as it is added, so the workbook is never held in memory as a whole.

export const xlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Excel's limit for the text of one cell. */
const maxCellText = 32_767;

/** "2026-05-01 18:00" (wall-clock time in the questionnaire's zone) as a date Excel shows as the same time. */
function hourAsDate(local: string): Date {
  return new Date(`${local.replace(" ", "T")}:00Z`);
}

function cellValue(column: ExportColumn, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  if (column.kind === "hour" && typeof value === "string") return hourAsDate(value);
  // Text stays text: exceljs writes strings as strings, never as formulas, so no apostrophe is needed.
  return typeof value === "string" ? value.slice(0, maxCellText) : value;
}

function columnWidth(column: ExportColumn): number {
  if (column.kind === "hour") return 17;
  if (column.kind === "language") return 10;
  if (column.kind === "text") return 40;
  return Math.min(Math.max(column.key.length + 2, 8), 30);
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * Waits until the downloader has taken what is waiting in `output`, so that a slow download
 * slows the reading of the database instead of filling memory. exceljs hands committed rows
 * on to the zip without waiting, so this check between batches is the only brake.
 */
async function room(output: PassThrough, signal?: AbortSignal) {
  while (!output.destroyed && !signal?.aborted && output.readableLength >= output.readableHighWaterMark) await pause();
}

async function writeWorkbook(plan: ExportPlan, batch: BatchOptions, output: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = "Balss";
  const sheet = workbook.addWorksheet("responses", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = plan.columns.map((column) => ({
    width: columnWidth(column),
    ...(column.kind === "hour" ? { style: { numFmt: "yyyy-mm-dd hh:mm" } } : {}),
  }));
  const header = sheet.addRow(headerCells(plan.columns, plan.options.values === "labels"));
  header.font = { bold: true };
  header.commit();
  for await (const rows of responseRowBatches(plan, batch)) {
    if (output.destroyed) return;
    for (const cells of rows) sheet.addRow(cells.map((value, index) => cellValue(plan.columns[index]!, value))).commit();
    await room(output, batch.signal);
  }
  sheet.commit();
  await workbook.commit();
}

/** The export as a stream of an XLSX file with one sheet, "responses". */
export function xlsxStream(plan: ExportPlan, batch: BatchOptions = {}): ReadableStream<Uint8Array> {
  return readableFromIterable(() => {
    const output = new PassThrough();
    writeWorkbook(plan, batch, output).catch((error: unknown) => output.destroy(error as Error));
    return output;
  });
}
