/** Byte order mark: Excel reads the file as UTF-8 only with it (Latvian and Russian letters). */
export const utf8Bom = "\uFEFF";

/**
 * One CSV line (RFC 4180, CRLF). A text starting with = + - @, a tab or CR gets an apostrophe so a
 * spreadsheet shows it instead of running it as a formula.
 */
export function csvLine(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
