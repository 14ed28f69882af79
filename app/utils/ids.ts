const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether an id from an address or a form can be a row's id (every id here is a UUID). Checked
 * before any query: anything else cannot name a row, and some of it (NUL) PostgreSQL refuses
 * with an error, not an empty result.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && uuidPattern.test(value);
}
