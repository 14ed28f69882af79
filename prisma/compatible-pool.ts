import pg from "pg";

// Works around prisma/orm#27403: Prisma's JS schema engine cannot deserialise PostgreSQL's
// `char` and `name` columns (and their arrays) that its introspection queries return.
// Reporting them as text (and text[]) is lossless for those queries.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const retyped: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function retypeFields<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    field.dataTypeID = retyped[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

/** A pg pool for the Prisma CLI only; the app uses a plain pool. */
export function compatiblePool(config: pg.PoolConfig): pg.Pool {
  // allowExitOnIdle: the CLI would otherwise wait for idle connections to time out (10 s).
  const pool = new pg.Pool({ ...config, allowExitOnIdle: true, idleTimeoutMillis: 200 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  // The adapter always uses the promise form of query().
  (pool as unknown as { query: typeof query }).query = async (...args) => retypeFields(await query(...args));
  return pool;
}
