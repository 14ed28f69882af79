import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { uiLanguages } from "~/i18n/languages";
import { isWellFormedJoinCode } from "~/survey/join-code";
import { seedDemoData } from "../../prisma/seed/seed";
import { demoJoinCode } from "../../prisma/seed/wir-project";
import { startEmbeddedPostgres } from "../../server/embedded-postgres";

const root = path.resolve(import.meta.dirname, "../..");

describe("npm start", () => {
  it("explains an unreachable database in one line, without a stack trace", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/balss", PORT: "0" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot reach the database at 127\.0\.0\.1:1\/balss/);
    expect(lines[0]).toMatch(/unset DATABASE_URL to use the built-in PostgreSQL/);
  });

  // Seeding writes hundreds of responses to a questionnaire in eight languages: on a loaded
  // two-core machine it can take longer than the default 20 s.
  it("seeds the demo project once, and a second start changes nothing", async () => {
    await seedDemoData();
    const count = async () => ({
      projects: await prisma.project.count({ where: { slug: "wir" } }),
      partners: await prisma.partner.count({ where: { project: { slug: "wir" } } }),
      events: await prisma.event.count({ where: { project: { slug: "wir" } } }),
      surveys: await prisma.survey.count({ where: { project: { slug: "wir" } } }),
      responses: await prisma.response.count({ where: { survey: { project: { slug: "wir" } } } }),
      answers: await prisma.answer.count({ where: { response: { survey: { project: { slug: "wir" } } } } }),
    });
    const first = await count();
    expect(await seedDemoData()).toBeNull();
    expect(await count()).toEqual(first);

    expect(first).toMatchObject({ projects: 1, partners: 10, events: 9 });
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: "wir" } });
    expect(project).toMatchObject({ isDemo: true, targetEvents: 9, targetMobilities: 16 });
    expect(project.startsOn.toISOString().slice(0, 10)).toBe("2017-10-16");
    expect(project.endsOn.toISOString().slice(0, 10)).toBe("2019-10-15");

    const survey = await prisma.survey.findUniqueOrThrow({
      where: { joinCode: demoJoinCode },
      include: { event: { include: { hostPartner: true } }, questions: true, responses: { where: { isSample: true } } },
    });
    expect(survey).toMatchObject({ status: "OPEN", languages: [...uiLanguages], phase: "AFTER" });
    expect(survey.event?.hostPartner?.city).toBe("Daugavpils");
    expect(new Set(survey.questions.map((q) => q.type)).size).toBe(8);
    expect(survey.responses.length).toBeGreaterThanOrEqual(200);

    // The questionnaire also runs at other partners' events, as "Run at another event" makes
    // runs: no questions of their own, the original's texts, closed now that the events are over.
    const runs = await prisma.survey.findMany({
      where: { originalId: survey.id },
      include: { event: { include: { hostPartner: true } }, questions: true, _count: { select: { responses: { where: { isSample: true } } } } },
    });
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(runs.map((run) => run.event?.hostPartner?.country)).size).toBe(runs.length);
    expect(runs.map((run) => run.event?.hostPartner?.country)).not.toContain("LV");
    for (const run of runs) {
      expect(run).toMatchObject({ questions: [], title: survey.title, intro: survey.intro, languages: survey.languages, status: "CLOSED", phase: "AFTER" });
      expect(run._count.responses).toBeGreaterThanOrEqual(40);
      expect(run._count.responses).toBeLessThanOrEqual(200);
    }
    // Their answers differ from town to town: the share agreeing with the stereotype statements
    // of the most and of the least agreeing event are far apart.
    const agreeing = await prisma.$queryRaw<{ share: number }[]>`
      SELECT avg((o.value IN ('4', '5'))::int)::float AS share
      FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" JOIN "Statement" s ON s.id = a."statementId" JOIN "Option" o ON o.id = a."optionId"
      WHERE r."surveyId" IN (${Prisma.join(runs.map((run) => run.id))}) AND s.key IN ('newcomers_jobs', 'other_language_separate', 'older_burden')
      GROUP BY r."surveyId"`;
    const shares = agreeing.map((row) => row.share);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.25);
    // A second before/after pair, at another event: a run of each Daugavpils questionnaire.
    const pair = await prisma.survey.findFirstOrThrow({ where: { originalId: survey.id, pairedSurveyId: { not: null } }, include: { pairedSurvey: true } });
    expect(pair.pairedSurvey).toMatchObject({ originalId: survey.pairedSurveyId, eventId: pair.eventId, phase: "BEFORE", pairedSurveyId: pair.id });
    // Every demo join code is one a resident can type.
    const codes = await prisma.survey.findMany({ where: { project: { slug: "wir" } }, select: { joinCode: true } });
    expect(codes.filter(({ joinCode }) => !isWellFormedJoinCode(joinCode))).toEqual([]);
    // Every generated response is marked, and only the demo project has any.
    expect(await prisma.response.count({ where: { isSample: true, survey: { project: { isDemo: false } } } })).toBe(0);
  }, 60_000);
});

describe("the built-in PostgreSQL", () => {
  it("takes another port when its default is in use, serves queries and stops cleanly", async () => {
    const blocker: Server = await new Promise((resolve) => {
      const server = createServer().listen(54329, "127.0.0.1", () => resolve(server));
      server.on("error", () => resolve(server)); // already taken by someone else: just as good
    });
    const dataDir = mkdtempSync(path.join(tmpdir(), "balss-embedded-"));
    try {
      const embedded = await startEmbeddedPostgres(dataDir);
      const port = Number(new URL(embedded.serverUrl).port);
      expect(port).not.toBe(54329);
      const client = new pg.Client({ connectionString: embedded.serverUrl });
      await client.connect();
      expect((await client.query("SELECT 1 + 1 AS two")).rows[0]).toEqual({ two: 2 });
      await client.end();
      await embedded.stop();
      const afterStop = new pg.Client({ connectionString: embedded.serverUrl, connectionTimeoutMillis: 2000 });
      await expect(afterStop.connect()).rejects.toThrow();
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
