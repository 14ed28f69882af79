import { randomUUID } from "node:crypto";
import http from "node:http";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { submissionPool, type Submission } from "./generated-submissions";
import { benchDatabase, formatInt, percentile, requireBuild, runBench, startApp } from "./support";

// bench/submit: how many complete responses per second the real submission action stores.
//
// 1. app: BENCH_CLIENTS concurrent clients (default 50) each POST a valid, complete response
//    to /s/DAUGAV/answer (intent=submit, a fresh idempotency key every time, no cookies) and
//    expect the 302 to the thank-you page, for BENCH_SECONDS (default 20) after a short
//    warm-up (BENCH_WARMUP_SECONDS, default 2, not in the figures).
// 2. reference: the same rows written straight with `pg` by as many concurrent clients (a
//    pg.Pool of that size): per response one transaction with an INSERT of the Response row
//    and one multi-row INSERT of its Answer rows — what the app's write amounts to, without
//    HTTP, Remix, validation, the survey lookup and Prisma.
// Both run in the same process against the same fresh database; afterwards the database must
// hold exactly the seeded samples + the app's 302s + the reference's commits.

// All bench clients share one address; the per-address submission limit is lifted here.
process.env.SUBMISSIONS_PER_MINUTE ??= "100000000";

const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmupSeconds = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const joinCode = "DAUGAV";


interface PhaseResult {
  name: string;
  /** Successful operations after the warm-up, and how long that part took. */
  ok: number;
  elapsedMs: number;
  latenciesMs: number[];
  /** Successful operations during the warm-up (stored too, so part of the row count). */
  warmupOk: number;
  /** Answer rows the successful operations stored, warm-up included. */
  answerRowsStored: number;
  failures: Map<string, number>;
}

/** Runs `operation` in `clients` loops: warm-up, then the measured period. */
async function runPhase(
  name: string,
  operation: (submission: Submission) => Promise<string | null>,
  pool: Submission[],
): Promise<PhaseResult> {
  const result: PhaseResult = { name, ok: 0, elapsedMs: 0, latenciesMs: [], warmupOk: 0, answerRowsStored: 0, failures: new Map() };
  const start = performance.now();
  const measureFrom = start + warmupSeconds * 1000;
  const end = measureFrom + seconds * 1000;
  let next = 0;
  const client = async () => {
    while (performance.now() < end) {
      const submission = pool[next++ % pool.length]!;
      const began = performance.now();
      let failure: string | null;
      try {
        failure = await operation(submission);
      } catch (error) {
        failure = (error as Error).message;
      }
      const took = performance.now() - began;
      if (failure) {
        result.failures.set(failure, (result.failures.get(failure) ?? 0) + 1);
        continue;
      }
      result.answerRowsStored += submission.answerRows.length;
      if (began < measureFrom) {
        result.warmupOk++;
      } else {
        result.ok++;
        result.latenciesMs.push(took);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  result.elapsedMs = performance.now() - measureFrom;
  result.latenciesMs.sort((a, b) => a - b);
  return result;
}

function appOperation(baseUrl: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const operation = (submission: Submission) =>
    new Promise<string | null>((resolve, reject) => {
      const body = `${submission.form}&idempotencyKey=${randomUUID()}`;
      // No Cookie header, ever: an "already answered" cookie would only change the GET.
      const request = http.request(
        `${baseUrl}/s/${joinCode}/answer?lang=${submission.language}`,
        {
          method: "POST",
          agent,
          headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) },
        },
        (response) => {
          response.resume();
          response.on("error", reject);
          response.on("end", () => {
            const location = response.headers.location ?? "";
            if (response.statusCode === 302 && location.startsWith(`/s/${joinCode}/thanks`)) resolve(null);
            else resolve(`HTTP ${response.statusCode}${location ? ` → ${location}` : ""}`);
          });
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  return { operation, close: () => agent.destroy() };
}

function referenceOperation(databaseUrl: string, surveyId: string, submittedHour: Date) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: clients });
  const statements = new Map<number, string>();
  const answerInsert = (rows: number) => {
    let sql = statements.get(rows);
    if (!sql) {
      const values = Array.from({ length: rows }, (_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => `$${r * 6 + c}`).join(", ")})`);
      sql = `INSERT INTO "Answer" ("responseId", "questionId", "statementId", "optionId", "number", "text") VALUES ${values.join(", ")}`;
      statements.set(rows, sql);
    }
    return sql;
  };
  const operation = async (submission: Submission) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "Response" ("surveyId", "language", "submittedHour", "idempotencyKey", "answersHash") VALUES ($1, $2, $3, $4, $5) RETURNING "id"`,
        [surveyId, submission.language, submittedHour, randomUUID(), submission.answersHash],
      );
      const responseId = rows[0]!.id;
      await client.query(
        answerInsert(submission.answerRows.length),
        submission.answerRows.flatMap((row) => [responseId, ...row]),
      );
      await client.query("COMMIT");
      return null;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return { operation, close: () => pool.end() };
}

async function counts(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ responses: number; samples: number; answers: number }>(
      `SELECT (SELECT count(*)::int FROM "Response") AS responses,
              (SELECT count(*)::int FROM "Response" WHERE "isSample") AS samples,
              (SELECT count(*)::int FROM "Answer") AS answers`,
    );
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** Valid complete responses to the demo survey, as the answering form would send them. */
function report(phase: PhaseResult) {
  const rate = phase.ok / (phase.elapsedMs / 1000);
  const p50 = percentile(phase.latenciesMs, 50);
  const p99 = percentile(phase.latenciesMs, 99);
  const failed = [...phase.failures.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${phase.name.padEnd(16)} ${rate.toFixed(1).padStart(11)} ${p50.toFixed(1).padStart(9)} ${p99.toFixed(1).padStart(9)} ${formatInt(phase.ok).padStart(9)} ${formatInt(failed).padStart(7)}`,
  );
  return rate;
}

requireBuild();
await runBench(async () => {
  console.log(`bench/submit: ${clients} clients, ${seconds} s measured after ${warmupSeconds} s warm-up, per phase.`);
  console.log("Creating a fresh database and starting the app (migrations and demo seed take a while)…");
  const database = await benchDatabase();
  const app = await startApp(database.url);
  const { surveyId, pool } = await submissionPool(database.url);
  const rowsPerResponse = pool.reduce((sum, s) => sum + s.answerRows.length, 0) / pool.length;
  console.log(`${pool.length} valid responses prepared (${rowsPerResponse.toFixed(1)} answer rows each on average; languages ${[...new Set(pool.map((s) => s.language))].join(", ")}).`);

  const seeded = await counts(database.url);
  if (seeded.responses !== seeded.samples) throw new Error(`The fresh database holds ${seeded.responses - seeded.samples} non-sample responses`);

  console.log("Phase 1: the app (HTTP POST → Remix action → validation → Prisma)…");
  const appClient = appOperation(app.baseUrl);
  const appPhase = await runPhase("app (HTTP)", appClient.operation, pool);
  appClient.close();
  const afterApp = await counts(database.url);

  console.log("Phase 2: the reference (the same INSERTs with pg)…");
  // Truncated to the hour, as the app stores it.
  const hour = new Date();
  hour.setUTCMinutes(0, 0, 0);
  const reference = referenceOperation(database.url, surveyId, hour);
  const referencePhase = await runPhase("reference (pg)", reference.operation, pool);
  await reference.close();
  const afterReference = await counts(database.url);

  console.log(`\n${"".padEnd(16)} ${"responses/s".padStart(11)} ${"p50 ms".padStart(9)} ${"p99 ms".padStart(9)} ${"ok".padStart(9)} ${"failed".padStart(7)}`);
  const appRate = report(appPhase);
  const referenceRate = report(referencePhase);
  console.log(`ratio app/reference: ${(appRate / referenceRate).toFixed(3)} (the app stores ${((appRate / referenceRate) * 100).toFixed(1)} % of the reference's rate)`);

  const problems: string[] = [];
  for (const phase of [appPhase, referencePhase]) {
    for (const [failure, count] of phase.failures) problems.push(`${phase.name}: ${count} × ${failure}`);
  }
  const app302 = appPhase.ok + appPhase.warmupOk;
  const referenceCommits = referencePhase.ok + referencePhase.warmupOk;
  const expected = {
    afterApp: seeded.responses + app302,
    afterReference: seeded.responses + app302 + referenceCommits,
    answers: seeded.answers + appPhase.answerRowsStored + referencePhase.answerRowsStored,
  };
  console.log(
    `\nResponses in the database: ${formatInt(afterReference.responses)} = ${formatInt(seeded.samples)} seeded samples + ${formatInt(app302)} app 302s (${formatInt(appPhase.warmupOk)} in warm-up) + ${formatInt(referenceCommits)} reference commits (${formatInt(referencePhase.warmupOk)} in warm-up) → expected ${formatInt(expected.afterReference)}`,
  );
  console.log(`Answer rows in the database: ${formatInt(afterReference.answers)}, expected ${formatInt(expected.answers)}`);
  if (afterApp.responses !== expected.afterApp) problems.push(`after the app phase the database holds ${afterApp.responses} responses, expected ${expected.afterApp}`);
  if (afterReference.responses !== expected.afterReference) problems.push(`the database holds ${afterReference.responses} responses, expected ${expected.afterReference}`);
  if (afterReference.answers !== expected.answers) problems.push(`the database holds ${afterReference.answers} answer rows, expected ${expected.answers}`);
  if (afterReference.samples !== seeded.samples) problems.push("the number of sample responses changed");

  for (const problem of problems) console.error(`FAIL: ${problem}`);
  if (!problems.length) console.log("OK: every 302 is exactly one stored response, with exactly its answers.");
  return problems.length ? 1 : 0;
});
