import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// `npm start` stops completely: SIGTERM to the npm process (a service manager, `kill`) and
// SIGINT to the whole process group (Ctrl-C in a terminal) leave no server and no built-in
// PostgreSQL running. Runs `npm run serve`, the part of `npm start` after the build, with
// DATABASE_URL unset and the built-in PostgreSQL's data in a temporary folder; it needs the
// build, which `npm test` makes before Vitest runs.

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "balss-stop-"));
const everyPid = new Set<number>();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .listen(port, () => probe.close(() => resolve(true)));
  });
}

/** Every live process: its parent, its process group and its command line (zombies are dead already). */
function processTable() {
  const table = new Map<number, { parent: number; group: number; command: string }>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, parent, group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (state === "Z" || state === "X") continue;
      const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      table.set(Number(entry), { parent: Number(parent), group: Number(group), command });
    } catch {
      // gone while reading
    }
  }
  return table;
}

/**
 * The descendants of `pid` and the members of the process group it leads (npm, started as a
 * terminal starts a command), with their command lines.
 */
function processTree(pid: number) {
  const table = processTable();
  const descendants = new Map<number, string>();
  const visit = (id: number) => {
    descendants.set(id, table.get(id)?.command ?? "");
    for (const [child, { parent }] of table) if (parent === id) visit(child);
  };
  visit(pid);
  const group = new Map([...table].filter(([, process]) => process.group === pid).map(([id, { command }]) => [id, command]));
  return { descendants, group };
}

/**
 * Processes still alive among `pids` or in the process group `group`, and any PostgreSQL
 * still serving the test's data folder.
 */
function survivors(pids: Iterable<number>, group?: number) {
  const table = processTable();
  const wanted = new Set(pids);
  return [...table]
    .filter(([pid, process]) => wanted.has(pid) || process.group === group || process.command.includes(dataDir))
    .map(([pid, { command }]) => `${pid} ${command}`);
}

async function eventually(check: () => boolean | Promise<boolean>, ms: number) {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((resolve) => setTimeout(resolve, 100))) {
    if (await check()) return;
  }
}

interface Running {
  npm: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  /** Processes of its group seen running outside its tree: a helper whose parent ended without it. */
  strays: Set<string>;
}

/** Members of the process group led by `pid` that do not descend from it. */
function straysOf(pid: number) {
  const { descendants, group } = processTree(pid);
  return [...group].filter(([id]) => !descendants.has(id)).map(([id, command]) => `${id} ${command}`);
}

/** `npm run serve` in its own process group, as a terminal runs a command; resolves once it is ready. */
async function serve(): Promise<Running> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_POSTGRES_DIR: dataDir, NODE_ENV: "production" };
  delete env.DATABASE_URL;
  const npm = spawn("npm", ["run", "serve"], { cwd: root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  everyPid.add(npm.pid!);
  // Watched while starting too: the migrations run in a helper process that must not outlive its parent.
  const strays = new Set<string>();
  const watch = setInterval(() => {
    for (const stray of straysOf(npm.pid!)) {
      strays.add(stray);
      everyPid.add(Number(stray.split(" ")[0]));
    }
  }, 100);
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => {
      const listener = () => {
        if (!output.includes(`Balss is ready on http://localhost:${port}`)) return;
        npm.stdout!.off("data", listener);
        resolve(true);
      };
      npm.stdout!.on("data", listener);
    }),
    exited.then(() => false),
  ]);
  clearInterval(watch);
  if (!ready) throw new Error(`npm run serve ended before it was ready:\n${output}`);
  for (const stray of straysOf(npm.pid!)) strays.add(stray);
  return { npm, port, output: () => output, exited, strays };
}

/** Stops the server with `signal` and checks that every process it had is gone. */
async function expectStoppedCompletely(running: Running, send: () => void) {
  const { descendants, group: members } = processTree(running.npm.pid!);
  const tree = new Map([...descendants, ...members]);
  for (const pid of tree.keys()) everyPid.add(pid);
  const commands = [...tree.values()];
  // What runs: npm, the server, PostgreSQL on the temporary data folder and its workers.
  expect(commands.some((command) => command.includes("server/main.ts"))).toBe(true);
  expect(commands.some((command) => command.includes("postgres") && command.includes(dataDir))).toBe(true);
  expect(tree.size).toBeGreaterThanOrEqual(4);

  send();
  const code = await Promise.race([running.exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
  const group = running.npm.pid!;
  await eventually(() => survivors(tree.keys(), group).length === 0, 5_000);
  expect({ code, survivors: survivors(tree.keys(), group) }).toEqual({ code: 0, survivors: [] });
  expect([...running.strays]).toEqual([]);
  expect(running.output()).toContain("Stopping Balss…");
  expect(await portIsFree(running.port)).toBe(true);
  // PostgreSQL shut down cleanly: it removes its lock file only then.
  expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
}

beforeAll(() => {
  if (!existsSync(path.join(root, "build/index.js"))) throw new Error("No build: run `npm run build` first (npm test does).");
});

afterAll(() => {
  // A failed run must not leave its processes behind either.
  for (const line of survivors(everyPid)) process.kill(Number(line.split(" ")[0]), "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start stops completely", () => {
  it("on SIGTERM to the npm process: no server, no PostgreSQL, the port free", { timeout: 240_000 }, async () => {
    const running = await serve();
    await expectStoppedCompletely(running, () => process.kill(running.npm.pid!, "SIGTERM"));
  });

  it("on Ctrl-C (SIGINT to the whole process group)", { timeout: 120_000 }, async () => {
    const running = await serve();
    await expectStoppedCompletely(running, () => process.kill(-running.npm.pid!, "SIGINT"));
  });
});
