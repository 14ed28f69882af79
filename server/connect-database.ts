import path from "node:path";
import { fileURLToPath } from "node:url";
import { checkConnection, createDatabaseIfMissing, describeServer, withDatabase } from "./database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

const root = fileURLToPath(new URL("..", import.meta.url));

/** A start-up problem, told in one line that says what to do. */
export class StartUpError extends Error {}

/**
 * The database Balss runs on: DATABASE_URL's server, or — when it is unset — the built-in
 * PostgreSQL with its data in EMBEDDED_POSTGRES_DIR (default .data/postgres). Migrations are
 * applied; DATABASE_URL is set for the Prisma client. `stop` stops the built-in server (and
 * does nothing otherwise).
 */
export async function connectDatabase(log: (line: string) => void = console.log) {
  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  let embeddedServerUrl: string | undefined;
  if (!url) {
    const dataDir = path.resolve(process.env.EMBEDDED_POSTGRES_DIR || path.join(root, ".data/postgres"));
    log(`DATABASE_URL is not set: starting the built-in PostgreSQL (data in ${path.relative(process.cwd(), dataDir)})…`);
    const embedded = await startEmbeddedPostgres(dataDir).catch((error: Error) => {
      throw new StartUpError(
        `the built-in PostgreSQL did not start (${error.message}). Set DATABASE_URL to use another PostgreSQL server.`,
      );
    });
    stop = embedded.stop;
    embeddedServerUrl = embedded.serverUrl;
    url = withDatabase(embedded.serverUrl, "balss");
    process.env.DATABASE_URL = url;
  }
  try {
    if (embeddedServerUrl) await createDatabaseIfMissing(embeddedServerUrl, "balss");
    const problem = await checkConnection(url);
    if (problem) {
      throw new StartUpError(
        `cannot reach the database at ${describeServer(url)} (${problem}). ` +
          "Start that PostgreSQL server and check DATABASE_URL, or unset DATABASE_URL to use the built-in PostgreSQL.",
      );
    }
    await applyMigrations(url).catch((error: Error) => {
      throw new StartUpError(error.message);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
