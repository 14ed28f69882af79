import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { createApp } from "./app";
import { connectDatabase } from "./connect-database";

// `npm start`: a database (the given one, or a built-in PostgreSQL), migrations, the demo
// data once, then the web server. Problems end in one line that says what to do.

const root = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.PORT ?? 3000);
process.env.NODE_ENV ??= "production";

// Ctrl-C (SIGINT), a service manager or `kill` (SIGTERM), a closed terminal (SIGHUP): each stops
// the server and the built-in PostgreSQL, also while starting, so nothing is left running
// (decision 019).
const stopSignals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

let stopRequested = false;
let stopDatabase = async () => {};
let server: Server | undefined;

function fail(message: string): never {
  console.error(`Balss could not start: ${message}`);
  process.exit(1);
}

/**
 * Waits for the requests in flight (answers being submitted), at most 10 s; idle keep-alive
 * connections close at once.
 */
async function closeServer(httpServer: Server) {
  const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
}

async function stop(): Promise<never> {
  if (server) await closeServer(server);
  if (process.env.DATABASE_URL) {
    const { prisma } = await import("../app/db.server");
    await prisma.$disconnect().catch(() => {});
  }
  await stopDatabase();
  process.exit(0);
}

/** Between the start-up steps: stops here when a signal came during the last one. */
async function stopIfRequested() {
  if (stopRequested) await stop();
}

async function main() {
  const database = await connectDatabase();
  stopDatabase = database.stop;
  await stopIfRequested();
  // Imported only now: the Prisma client reads DATABASE_URL when it is created.
  const { seedDemoData } = await import("../prisma/seed/seed");
  const { demoJoinCode } = await import("../prisma/seed/wir-project");
  const seeded = await seedDemoData();
  if (seeded) {
    console.log("Demo data created: the WIR project and its questionnaires.");
    if (seeded.adminPassword) {
      console.log(`Demo admin (shown only now): ${seeded.adminEmail} / ${seeded.adminPassword} — sign in at /signin`);
    }
  }
  await stopIfRequested();

  const app = await createApp(root);
  await stopIfRequested();
  server = app.listen(port, () => {
    console.log(`Balss is ready on http://localhost:${port} (demo survey: http://localhost:${port}/s/${demoJoinCode})`);
    if (process.env.NODE_ENV === "production" && !process.env.PUBLIC_URL) {
      console.log("Links and QR codes use the address each browser asked for; set PUBLIC_URL to the address people reach (README: Security and limits).");
    }
  });
  // A form is a few kilobytes: a client still sending one after 30 s is holding a connection.
  server.requestTimeout = 30_000;
  server.on("error", async (error: NodeJS.ErrnoException) => {
    await stopDatabase();
    fail(error.code === "EADDRINUSE" ? `port ${port} is in use. Set PORT to another port.` : error.message);
  });
}

for (const signal of stopSignals) {
  process.on(signal, () => {
    if (stopRequested) return;
    stopRequested = true;
    console.log("Stopping Balss…");
    // While starting, main() stops after the step under way (a half-started PostgreSQL
    // cannot be stopped); once serving, at once.
    if (server) void stop();
  });
}

main().catch(async (error: Error) => {
  // A failure caused by the stop itself (Ctrl-C stops PostgreSQL too) is no start-up problem.
  if (stopRequested) await stop();
  await stopDatabase();
  fail(error.message);
});
