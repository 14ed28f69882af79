import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "../server/embedded-postgres";
import { submissionPool } from "./generated-submissions";
import { formatInt, freePort, onCleanup, requireBuild, runBench, startApp } from "./support";

// bench/fault-restart: no answer lost, none counted twice, while PostgreSQL crashes.
//
// A private PostgreSQL (the embedded one, in a temporary folder) serves the real app. FAULT_CLIENTS
// concurrent clients (default 50) submit FAULT_RESPONSES complete responses (default 10,000),
// each with its own idempotency key; a network error, 409, 429 or 5xx is retried with the same
// key after a short pause, as the phone's outbox does. Meanwhile PostgreSQL is stopped
// FAULT_RESTARTS times (default 2) with an immediate shutdown (SIGQUIT to the postmaster: no
// checkpoint, in-flight transactions cut) and started again. At the end the database must hold
// exactly one response per key: lost and duplicated are printed, and both must be 0; and every
// request refused during the outage must have been a 503 (none a 500).
// `npm test` runs a small version (500 responses, one restart). FAULT_SHOW_SERVER=1 prints
// what the server logged.

const total = Number(process.env.FAULT_RESPONSES ?? 10_000);
const restarts = Number(process.env.FAULT_RESTARTS ?? 2);
const clients = Number(process.env.FAULT_CLIENTS ?? 50);
// A response still failing after this long counts as lost, so the bench always ends.
const giveUpSeconds = Number(process.env.FAULT_GIVE_UP_SECONDS ?? 120);
const joinCode = "DAUGAV";
// Every client shares this machine's address; the per-address limit is not under test here.
process.env.SUBMISSIONS_PER_MINUTE ??= "100000000";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PostgreSQL's immediate shutdown: SIGQUIT to the postmaster, then wait until it is gone. */
async function crash(dataDir: string) {
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGQUIT");
  for (;;) {
    try {
      process.kill(pid, 0);
      await sleep(50);
    } catch {
      return;
    }
  }
}

await runBench(async () => {
  requireBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "balss-fault-"));
  onCleanup(async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  let postgres: RunningPostgres = await startEmbeddedPostgres(dataDir, () => {}, port);
  onCleanup(() => postgres.stop().catch(() => {}));
  const admin = new pg.Client({ connectionString: postgres.serverUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE balss");
  await admin.end();
  const databaseUrl = postgres.serverUrl.replace(/\/postgres$/, "/balss");
  const app = await startApp(databaseUrl);
  const { pool } = await submissionPool(databaseUrl);

  const keys = Array.from({ length: total }, () => randomUUID());
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const outcomes = new Map<string, number>();
  let retried = 0;
  let next = 0;
  let done = 0;
  const post = (body: string, language: string) =>
    new Promise<number>((resolve, reject) => {
      const request = http.request(
        `${app.baseUrl}/s/${joinCode}/answer?lang=${language}`,
        { method: "POST", agent, headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) } },
        (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
          response.on("error", reject);
        },
      );
      request.setTimeout(10_000, () => request.destroy(new Error("timeout")));
      request.on("error", reject);
      request.end(body);
    });
  const client = async () => {
    while (next < total) {
      const i = next++;
      const submission = pool[i % pool.length]!;
      const body = `${submission.form}&idempotencyKey=${keys[i]}`;
      const giveUpAt = performance.now() + giveUpSeconds * 1000;
      for (;;) {
        if (performance.now() > giveUpAt) {
          outcomes.set("gave up", (outcomes.get("gave up") ?? 0) + 1);
          break;
        }
        let status: number | string;
        try {
          status = await post(body, submission.language);
        } catch (error) {
          status = (error as Error).message;
        }
        if (status === 302) break;
        if (typeof status === "string" || status === 409 || status === 429 || status >= 500) {
          retried++;
          outcomes.set(String(status), (outcomes.get(String(status)) ?? 0) + 1);
          await sleep(200);
          continue;
        }
        outcomes.set(`refused ${status}`, (outcomes.get(`refused ${status}`) ?? 0) + 1);
        break;
      }
      done++;
    }
  };
  const restarter = async () => {
    for (let r = 1; r <= restarts; r++) {
      while (done < (total * r) / (restarts + 1)) await sleep(20);
      const stoppedAt = performance.now();
      await crash(dataDir);
      await sleep(500);
      postgres = await startEmbeddedPostgres(dataDir, () => {}, port);
      console.log(`  PostgreSQL crashed (immediate shutdown) after ${formatInt(done)} responses; back after ${((performance.now() - stoppedAt) / 1000).toFixed(1)} s`);
    }
  };

  console.log(`bench/fault-restart: ${formatInt(total)} responses from ${clients} clients, ${restarts} PostgreSQL crash(es)`);
  const started = performance.now();
  await Promise.all([...Array.from({ length: clients }, client), restarter()]);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;

  const check = new pg.Client({ connectionString: databaseUrl });
  await check.connect();
  const { rows } = await check.query<{ stored: string; distinct_keys: string }>(
    `SELECT count(*) AS stored, count(DISTINCT "idempotencyKey") AS distinct_keys FROM "Response" WHERE "idempotencyKey" = ANY($1::uuid[])`,
    [keys],
  );
  await check.end();
  const stored = Number(rows[0]!.stored);
  const lost = total - Number(rows[0]!.distinct_keys);
  const duplicated = stored - Number(rows[0]!.distinct_keys);
  console.log(`  ${seconds.toFixed(1)} s; retries: ${formatInt(retried)} (${[...outcomes].map(([k, n]) => `${k}: ${n}`).join(", ") || "none"})`);
  if (process.env.FAULT_SHOW_SERVER) console.log(app.output());
  console.log(`  stored ${formatInt(stored)} of ${formatInt(total)}   lost ${lost}   duplicated ${duplicated}`);
  // The outage must look like one to the phone: a 503 with Retry-After, never another 5xx.
  const otherServerErrors = [...outcomes].filter(([status]) => /^5\d\d$/.test(status) && status !== "503").reduce((sum, [, n]) => sum + n, 0);
  if (lost || duplicated || otherServerErrors) {
    console.error(app.output().split("\n").slice(-40).join("\n"));
    if (lost || duplicated) console.error("FAILED: every response must be stored exactly once.");
    if (otherServerErrors) console.error(`FAILED: ${otherServerErrors} request(s) failed with a server error other than 503 during the outage.`);
    return 1;
  }
  console.log("OK: every response stored exactly once; every refusal during the outage was a 503.");
  return 0;
});
