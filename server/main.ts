import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "./app";
import { checkConnection, createDatabaseIfMissing, describeServer, withDatabase } from "./database-url";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

// `npm start`: a database (the given one, or a built-in PostgreSQL), migrations, the demo
// data once, then the web server. Problems end in one line that says what to do.

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.PORT ?? 3000);
process.env.NODE_ENV ??= "production";

function fail(message: string): never {
  console.error(`Balss could not start: ${message}`);
  process.exit(1);
}

async function main() {
  let stopPostgres = async () => {};
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = path.join(root, ".data/postgres");
    console.log(`DATABASE_URL is not set: starting the built-in PostgreSQL (data in ${path.relative(process.cwd(), dataDir)})…`);
    const embedded = await startEmbeddedPostgres(dataDir).catch((error: Error) =>
      fail(`the built-in PostgreSQL did not start (${error.message}). Set DATABASE_URL to use another PostgreSQL server.`),
    );
    stopPostgres = embedded.stop;
    await createDatabaseIfMissing(embedded.serverUrl, "balss");
    databaseUrl = withDatabase(embedded.serverUrl, "balss");
    process.env.DATABASE_URL = databaseUrl;
  }

  const problem = await checkConnection(databaseUrl);
  if (problem) {
    await stopPostgres();
    fail(
      `cannot reach the database at ${describeServer(databaseUrl)} (${problem}). ` +
        "Start that PostgreSQL server and check DATABASE_URL, or unset DATABASE_URL to use the built-in PostgreSQL.",
    );
  }

  try {
    await applyMigrations(databaseUrl);
  } catch (error) {
    await stopPostgres();
    fail((error as Error).message);
  }
  // Imported only now: the Prisma client reads DATABASE_URL when it is created.
  const { seedDemoData } = await import("../prisma/seed/seed");
  const { demoJoinCode } = await import("../prisma/seed/wir-project");
  if (await seedDemoData()) console.log("Demo data created: the WIR project and its questionnaires.");

  const app = await createApp(root);
  const server = app.listen(port, () => {
    console.log(`Balss is ready on http://localhost:${port} (demo survey: http://localhost:${port}/s/${demoJoinCode})`);
  });
  server.on("error", async (error: NodeJS.ErrnoException) => {
    await stopPostgres();
    fail(error.code === "EADDRINUSE" ? `port ${port} is in use. Set PORT to another port.` : error.message);
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping Balss…");
    server.close();
    const { prisma } = await import("../app/db.server");
    await prisma.$disconnect().catch(() => {});
    await stopPostgres();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: Error) => fail(error.message));
