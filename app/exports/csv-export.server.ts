import { csvLine, utf8Bom } from "~/utils/csv";
import type { BatchOptions, ExportColumn, ExportPlan } from "./response-rows.server";
import { responseRowBatches } from "./response-rows.server";
import { readableFromIterable } from "./stream.server";

// CSV as Excel reads it: UTF-8 with a byte order mark (else Excel guesses a legacy code page
// and garbles Latvian and Russian letters), commas, CRLF line ends, RFC 4180 quoting.

export const csvContentType = "text/csv; charset=utf-8";

/** The header: keys, or with labels "key: question text" so a spreadsheet user can read it. */
export function headerCells(columns: ExportColumn[], withText: boolean): string[] {
  return columns.map((column) => (withText && column.text ? `${column.key}: ${column.text}` : column.key));
}

async function* csvChunks(plan: ExportPlan, batch: BatchOptions): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(utf8Bom + csvLine(headerCells(plan.columns, plan.options.values === "labels")));
  for await (const rows of responseRowBatches(plan, batch)) {
    yield encoder.encode(rows.map(csvLine).join(""));
  }
}

/** The export as a stream of CSV, one chunk per batch of responses. */
export function csvStream(plan: ExportPlan, batch: BatchOptions = {}): ReadableStream<Uint8Array> {
  return readableFromIterable(() => csvChunks(plan, batch));
}
