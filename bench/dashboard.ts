import { createHash, randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { benchDatabase, formatInt, requireBuild, runBench, startApp } from "./support";

// bench/dashboard: how long the survey results loader takes on a big survey.
//
// The demo questionnaire DAUGAV (every question type) is run at every one of the demo
// project's 9 events (the seed runs it at some; the others get a run here, as "Run at another
// event" makes one) and filled with generated responses spread evenly over the 9 runs —
// 100,000 and then 1,000,000 by default (BENCH_SIZES="100000,1000000") — answering every
// question (multiple choice ~30 % per option, free text for a fifth). For each size:
// 1. app: the results loader as the browser calls it (GET …/results?_data=…, signed in),
//    for the whole questionnaire, for a filtered view broken down by first language, and for
//    the comparison views: broken down by event (9 groups) and filtered to one event;
// 2. reference: a plain count over the same answer rows (SELECT count(*) FROM "Answer" WHERE
//    "questionId" = ANY(the survey's questions)), with `pg` in this process.
// Each is run BENCH_RUNS times (default 5) after one warm-up; the medians and their ratio
// (app / reference) are printed. Everything aggregates in PostgreSQL: the ratio says what the
// GROUP BYs, the filters and the loader cost on top of merely reading the rows.

const sizes = (process.env.BENCH_SIZES ?? "100000,1000000").split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const routeId = encodeURIComponent("routes/_workspace.surveys.$surveyId_.results");

interface Question {
  id: string;
  type: string;
  settings: { min?: number; max?: number };
  options: string[];
  statements: string[];
}

/**
 * Runs the questionnaire at each of its project's events it does not run at yet, as "Run at
 * another event" does (app/survey/series.server.ts: the original's texts copied, no questions
 * of its own); join codes BENCH2…BENCH9 (the join-code alphabet has no 0 or 1). Returns the
 * ids of the original and all its runs.
 */
async function runAtEveryEvent(db: pg.Client, originalId: string): Promise<string[]> {
  const missing = (
    await db.query<{ id: string }>(
      `SELECT e.id FROM "Event" e JOIN "Survey" o ON o."projectId" = e."projectId"
       WHERE o.id = $1 AND NOT EXISTS (SELECT 1 FROM "Survey" s WHERE (s.id = o.id OR s."originalId" = o.id) AND s."eventId" = e.id)
       ORDER BY e."startsAt"`,
      [originalId],
    )
  ).rows;
  for (const [index, event] of missing.entries()) {
    await db.query(
      `INSERT INTO "Survey" (id, "projectId", "eventId", "originalId", "joinCode", title, intro, languages, "defaultLanguage", phase, "allowRepeat", status, "updatedAt")
       SELECT gen_random_uuid()::text, o."projectId", $2, o.id, $3, o.title, o.intro, o.languages, o."defaultLanguage", o.phase, o."allowRepeat", 'CLOSED', now()
       FROM "Survey" o WHERE o.id = $1`,
      [originalId, event.id, `BENCH${index + 2}`],
    );
  }
  const series = await db.query<{ id: string }>(`SELECT id FROM "Survey" WHERE id = $1 OR "originalId" = $1 ORDER BY id`, [originalId]);
  return series.rows.map((row) => row.id);
}

async function fill(db: pg.Client, surveyIds: string[], questions: Question[], count: number) {
  await db.query(`DROP TABLE IF EXISTS bench_responses`);
  await db.query(`CREATE UNLOGGED TABLE bench_responses AS SELECT gen_random_uuid() AS id FROM generate_series(1, $1)`, [count]);
  await db.query(
    `INSERT INTO "Response" (id, "surveyId", language, "submittedHour", "idempotencyKey", "answersHash")
     SELECT id, ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int], (ARRAY['lv','ru','en'])[1 + floor(random() * 3)::int],
            timestamp '2019-09-24 09:00' + floor(random() * 10)::int * interval '1 hour', gen_random_uuid(), 'bench'
     FROM bench_responses`,
    [surveyIds],
  );
  const pick = `$2::text[])[1 + floor(random() * cardinality($2::text[]))::int]`;
  for (const q of questions) {
    switch (q.type) {
      case "SINGLE_CHOICE":
      case "LIKERT":
        await db.query(`INSERT INTO "Answer" ("responseId", "questionId", "optionId") SELECT id, $1, (${pick} FROM bench_responses`, [q.id, q.options]);
        break;
      case "LIKERT_MATRIX":
        await db.query(
          `INSERT INTO "Answer" ("responseId", "questionId", "statementId", "optionId")
           SELECT r.id, $1, s, (${pick} FROM bench_responses r CROSS JOIN unnest($3::text[]) AS s`,
          [q.id, q.options, q.statements],
        );
        break;
      case "MULTIPLE_CHOICE":
        await db.query(
          `INSERT INTO "Answer" ("responseId", "questionId", "optionId")
           SELECT r.id, $1, o FROM bench_responses r CROSS JOIN unnest($2::text[]) AS o WHERE random() < 0.3`,
          [q.id, q.options],
        );
        break;
      case "RATING":
      case "NUMBER": {
        const min = q.type === "RATING" ? 0 : (q.settings.min ?? 0);
        const max = q.type === "RATING" ? 10 : (q.settings.max ?? 100);
        await db.query(
          `INSERT INTO "Answer" ("responseId", "questionId", "number") SELECT id, $1, $2::float8 + floor(random() * ($3::float8 - $2::float8 + 1)) FROM bench_responses`,
          [q.id, min, Math.min(max, min + 12)],
        );
        break;
      }
      default:
        await db.query(
          `INSERT INTO "Answer" ("responseId", "questionId", "text")
           SELECT id, $1, 'Generated answer ' || floor(random() * 1000)::int FROM bench_responses WHERE random() < 0.2`,
          [q.id],
        );
    }
  }
  await db.query(`DROP TABLE bench_responses`);
  await db.query(`VACUUM ANALYZE "Response"`);
  await db.query(`VACUUM ANALYZE "Answer"`);
}

async function median(times: number, measure: () => Promise<void>): Promise<number> {
  await measure();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await measure();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

/** A session for an admin made straight in the database, as the sign-in page would make it. */
async function adminCookie(db: pg.Client): Promise<string> {
  const token = randomBytes(16).toString("base64url");
  const [user] = (
    await db.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, role) VALUES (gen_random_uuid()::text, $1, 'Bench', 'ADMIN') RETURNING id`,
      [`bench-${token}@example.org`],
    )
  ).rows;
  await db.query(
    `INSERT INTO "Session" (id, "userId", "csrfToken", "expiresAt") VALUES ($1, $2, 'bench', now() + interval '1 day')`,
    [createHash("sha256").update(token).digest("hex"), user!.id],
  );
  // Remix's unsigned cookie: base64 of the JSON value, under the name for plain HTTP, which the
  // bench speaks to the server.
  return `balss_session=${Buffer.from(JSON.stringify(token)).toString("base64")}`;
}

await runBench(async () => {
  requireBuild();
  const database = await benchDatabase();
  const app = await startApp(database.url);
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  try {
    const cookie = await adminCookie(db);
    const [survey] = (await db.query<{ id: string; eventId: string }>(`SELECT id, "eventId" FROM "Survey" WHERE "joinCode" = 'DAUGAV'`)).rows;
    const surveyIds = await runAtEveryEvent(db, survey!.id);
    const questions = (
      await db.query<Question>(
        `SELECT q.id, q.type, q.settings,
                coalesce((SELECT array_agg(o.id ORDER BY o.position) FROM "Option" o WHERE o."questionId" = q.id AND NOT o."isOther"), '{}') AS options,
                coalesce((SELECT array_agg(s.id ORDER BY s.position) FROM "Statement" s WHERE s."questionId" = q.id), '{}') AS statements
         FROM "Question" q WHERE q."surveyId" = $1`,
        [survey!.id],
      )
    ).rows;
    const questionIds = questions.map((q) => q.id);
    const views = [
      { name: "whole survey", query: "", groups: 1 },
      { name: "filtered (age 25–34), by first language", query: "f.age_band=25_34&by=first_language&", groups: 4 },
      { name: `by event (${surveyIds.length} events)`, query: "by=.event&", groups: surveyIds.length },
      { name: `one event of ${surveyIds.length} (Daugavpils)`, query: `event=${survey!.eventId}&`, groups: 1 },
    ];

    console.log(`bench/dashboard: results loader vs a plain count of the same answer rows (median of ${runs})`);
    console.log(`The questionnaire runs at ${surveyIds.length} events; responses are spread evenly over them.`);
    let filled = Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Response" WHERE "surveyId" = ANY($1)`, [surveyIds])).rows[0]!.n);
    for (const size of sizes) {
      const started = performance.now();
      await fill(db, surveyIds, questions, size - filled);
      filled = size;
      const answers = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Answer" WHERE "questionId" = ANY($1)`, [questionIds])).rows[0]!.n;
      console.log(`\n${formatInt(size)} responses (${formatInt(Number(answers))} answer rows; filled in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
      const reference = await median(runs, async () => {
        await db.query(`SELECT count(*) FROM "Answer" WHERE "questionId" = ANY($1)`, [questionIds]);
      });
      for (const view of views) {
        const url = `${app.baseUrl}/surveys/${survey!.id}/results?${view.query}_data=${routeId}`;
        const appMs = await median(runs, async () => {
          const response = await fetch(url, { headers: { Cookie: cookie } });
          if (response.status !== 200) throw new Error(`results loader answered ${response.status}: ${await response.text()}`);
          const data = (await response.json()) as { results: { respondents: number | null; questions: { rows: unknown[] }[] } };
          if (!data.results.respondents) throw new Error("the results loader charted nothing");
          // The first question (age band, single choice) has a row per group of the view.
          const groups = data.results.questions[0]?.rows.length;
          if (groups !== view.groups) throw new Error(`${view.name}: ${groups} groups, not ${view.groups}`);
        });
        console.log(
          `  ${view.name.padEnd(42)} app ${appMs.toFixed(0).padStart(6)} ms   reference ${reference.toFixed(0).padStart(5)} ms   ratio ${(appMs / reference).toFixed(2)}`,
        );
      }
    }
    return 0;
  } finally {
    await db.end();
    await app.stop();
  }
});
