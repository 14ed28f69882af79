import { fileURLToPath } from "node:url";
import { createApp } from "./app";
import { connectDatabase } from "./connect-database";

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
  const database = await connectDatabase();
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

  const app = await createApp(root);
  const server = app.listen(port, () => {
    console.log(`Balss is ready on http://localhost:${port} (demo survey: http://localhost:${port}/s/${demoJoinCode})`);
  });
  server.on("error", async (error: NodeJS.ErrnoException) => {
    await database.stop();
    fail(error.code === "EADDRINUSE" ? `port ${port} is in use. Set PORT to another port.` : error.message);
  });

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("Stopping Balss…");
    // Finish the requests in flight (answers being submitted) before the database goes;
    // idle keep-alive connections are closed at once, and nothing waits longer than 10 s.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    const { prisma } = await import("../app/db.server");
    await prisma.$disconnect().catch(() => {});
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error: Error) => fail(error.message));
