import { json } from "@remix-run/node";
import { PrismaPgReleasingCutTransactions } from "~/database-adapter.server";
import { PrismaClient } from "~/generated/prisma/client";

// One client for the whole process; in development the module is re-evaluated on every
// rebuild, so the instance is kept on globalThis to avoid piling up connection pools.
const globalForPrisma = globalThis as unknown as { balssPrisma?: DatabaseClient };

/** Seconds a client is asked to wait before trying again while the database is unreachable. */
export const retryAfterSeconds = 5;

// Errors that mean "the database cannot be reached or is restarting", as opposed to a bug.
const unavailableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "57P01", "57P03", "08006", "08001"]);
// Prisma's driver adapters name socket failures by kind, with no code (seen: a 500 for
// "ConnectionClosed" while PostgreSQL restarted, in bench/fault-restart).
const unavailableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const unavailableMessages =
  /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|Can't reach database server|database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error|Connection refused|Server has closed the connection/i;

/**
 * Whether a row the request named is gone: an update, a delete or an ...OrThrow read that
 * found nothing (P2025) because another request deleted it a moment before — two organisers
 * editing one questionnaire, one deleting an option the other is saving.
 */
export function isGoneMeanwhile(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && (error as { code?: unknown }).code === "P2025");
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, kind, message, cause, meta } = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  if (typeof code === "string" && unavailableCodes.has(code)) return true;
  if (typeof kind === "string" && unavailableKinds.has(kind)) return true;
  if (typeof message === "string" && unavailableMessages.test(message)) return true;
  // Raw queries (P2010) carry the adapter's error in meta rather than as the cause.
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(meta?.driverAdapterError, depth + 1);
}

/**
 * A Prisma client whose queries, when the database is down or every connection is busy for
 * a second, throw a 503 response with Retry-After instead of a 500 (the error pages explain it
 * and the phone keeps the answers). Connecting gives up after one second, so nothing hangs.
 * A row deleted meanwhile throws a 409: the page was made from what is no longer there.
 */
export function createDatabaseClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPgReleasingCutTransactions({ connectionString, max: 10, connectionTimeoutMillis: 1000 });
  const unavailable = (error: unknown) =>
    isDatabaseUnavailable(error)
      ? json({ message: "unavailable" }, { status: 503, headers: { "Retry-After": String(retryAfterSeconds) } })
      : isGoneMeanwhile(error)
        ? json({ message: "changed meanwhile" }, { status: 409 })
        : error;
  const client = new PrismaClient({ adapter }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw unavailable(error);
        }
      },
    },
  });
  // Starting or committing an interactive transaction is not an operation the extension sees.
  const withTransactions = new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (property !== "$transaction" || typeof value !== "function") return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((error: unknown) => {
          throw unavailable(error);
        });
    },
  });
  // The extension changes behaviour only, not the API: typed as the plain client, it still
  // fits Prisma.TransactionClient parameters.
  return withTransactions as unknown as PrismaClient;
}

type DatabaseClient = PrismaClient;

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  return createDatabaseClient(connectionString);
}

export const prisma = (globalForPrisma.balssPrisma ??= createClient());
