import { Prisma } from "~/generated/prisma/client";

/**
 * A response's record key for the cell key method (cell-key.ts): the first 24 bits of its id, a
 * random version 4 UUID given when it was stored. Permanent, random, the same for every answer of
 * the response (answers carry its id), and never shown: response ids stay in the database and
 * the organisers' raw exports. Read from the answer rows, so counting answers needs no join.
 */
export function recordKeyOf(responseId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((get_byte(uuid_send(${responseId}), 0) << 16) | (get_byte(uuid_send(${responseId}), 1) << 8) | get_byte(uuid_send(${responseId}), 2))`;
}

/** The sum of the record keys of the responses counted (exact: float8 holds integers to 2^53). */
export function cellKeyOf(responseId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`coalesce(sum(${recordKeyOf(responseId)}), 0)::float8`;
}
