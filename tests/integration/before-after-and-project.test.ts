import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { aggregateCsv } from "~/evaluation/aggregate-csv.server";
import { compareBeforeAfter } from "~/evaluation/before-after.server";
import { projectResults } from "~/evaluation/project-results.server";
import { noFilters } from "~/evaluation/results-filters";
import { surveyResults } from "~/evaluation/survey-results.server";
import { en } from "~/i18n/messages/en";
import { createTranslator } from "~/i18n/translate";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses } from "../support/responses";

// The same numbers as the hand-worked statistics test: "I feel Daugavpils is part of Europe"
// before = 2, 3, 3, 4, 5 and after = 3, 4, 4, 5, 5, 5 (plus answers of "don't know", which
// count as respondents but stay out of the means).
let projectId = "";
let before: SurveyWithQuestions;
let after: SurveyWithQuestions;
let smallEventId = "";

const code = (prefix: string) => `${prefix}${randomBytes(4).toString("hex").toUpperCase()}`.replace(/[01IOL]/g, "Z").slice(0, 6);

beforeAll(async () => {
  const project = await prisma.project.create({
    data: {
      timeZone: "Europe/Riga",
      slug: `compare-${randomBytes(4).toString("hex")}`,
      name: { en: "Compare" },
      startsOn: new Date("2026-01-01"),
      endsOn: new Date("2026-12-31"),
      targetEvents: 4,
      targetMobilities: 10,
    },
  });
  projectId = project.id;
  const [bigEvent, smallEvent] = await Promise.all(
    [
      { title: { en: "Big" }, attendance: 20, staffMobilities: 3, startsAt: new Date("2026-05-01T09:00:00Z"), timeZone: "Europe/Riga" },
      // In another zone than the project's (Riga): its hours are Stockholm's.
      { title: { en: "Small" }, attendance: 10, staffMobilities: 2, startsAt: new Date("2026-06-01T09:00:00Z"), timeZone: "Europe/Stockholm" },
    ].map((event) =>
      prisma.event.create({ data: { ...event, projectId, place: "Hall", endsAt: new Date(event.startsAt.getTime() + 3600_000) } }),
    ),
  );
  smallEventId = smallEvent!.id;
  const make = (phase: "BEFORE" | "AFTER", eventId: string, prefix: string) =>
    prisma.$transaction((tx) => createSurveyFromTemplate(tx, { projectId, eventId, joinCode: code(prefix), template: surveyTemplates.stereotypes, phase, status: "OPEN" }), {
      timeout: 30_000,
    });
  const b = await make("BEFORE", bigEvent!.id, "B");
  const a = await make("AFTER", bigEvent!.id, "A");
  await prisma.survey.update({ where: { id: b.id }, data: { pairedSurveyId: a.id } });
  await prisma.survey.update({ where: { id: a.id }, data: { pairedSurveyId: b.id } });
  const small = await make("BEFORE", smallEvent!.id, "S");
  before = await findSurveyById(b.id);
  after = await findSurveyById(a.id);
  const at = new Date("2026-05-01T10:15:00Z");
  await insertResponses(before, [...["2", "3", "3", "4", "5", "dk"].map((v) => ({ submittedAt: at, answers: { eu_belonging: v } }))]);
  await insertResponses(after, ["3", "4", "4", "5", "5", "5"].map((v) => ({ submittedAt: at, answers: { eu_belonging: v } })));
  await insertResponses(await findSurveyById(small.id), ["1", "2", "3"].map((v) => ({ submittedAt: new Date("2026-06-01T09:30:00Z"), answers: { eu_belonging: v } })));
});

describe("before and after", () => {
  it("gives both means with 95 % intervals and Welch's difference, as worked by hand", async () => {
    // A threshold of 1 hides nothing: this checks the arithmetic.
    const comparison = (await compareBeforeAfter(after.id, "en", 1, { before: "Before", after: "After" }))!;
    expect(comparison.before.id).toBe(before.id);
    const item = comparison.items.find((i) => i.result.key === "eu_belonging")!;
    expect(item.result.rows.map((r) => r.label)).toEqual(["Before", "After"]);
    expect(item.result.rows.map((r) => r.respondents)).toEqual([6, 6]);
    expect(item.before!.n).toBe(5);
    expect(item.before!.mean).toBeCloseTo(3.4, 10);
    expect(item.before!.interval!.low).toBeCloseTo(1.984285, 5);
    expect(item.after!.mean).toBeCloseTo(4.333333, 5);
    expect(item.difference!.value).toBeCloseTo(0.933333, 5);
    expect(item.difference!.interval.low).toBeCloseTo(-0.502645, 5);
    expect(item.difference!.interval.high).toBeCloseTo(2.369312, 5);
    // Every matrix statement is compared too (with no answers here, so no means).
    expect(comparison.items.some((i) => i.result.key.startsWith("stereotypes."))).toBe(true);
  });

  it("shows no means where they would give away counts hidden for anonymity", async () => {
    // Each answer before was chosen by one or two people (< 5) of six: in so small a row a mean
    // would give the hidden counts away.
    const comparison = (await compareBeforeAfter(after.id, "en", 5, { before: "Before", after: "After" }))!;
    const item = comparison.items.find((i) => i.result.key === "eu_belonging")!;
    expect(item.result.rows.map((r) => r.respondents)).toEqual([6, 6]);
    expect(item.result.rows[0]!.counts.filter((c) => c !== null && c > 0)).toEqual([]);
    expect(item.before).toBeNull();
    expect(item.difference).toBeNull();
  });

  it("shows no means for a side with fewer than k respondents", async () => {
    const comparison = (await compareBeforeAfter(after.id, "en", 7, { before: "Before", after: "After" }))!;
    const item = comparison.items.find((i) => i.result.key === "eu_belonging")!;
    expect(item.before).toBeNull();
    expect(item.difference).toBeNull();
    expect(item.result.rows[0]!.counts.every((c) => c === null)).toBe(true);
  });
});

describe("project indicators", () => {
  it("counts held events, attendance, mobilities and responses against targets", async () => {
    const results = await projectResults(projectId, { lang: "en", threshold: 5, eventId: null, now: new Date("2026-05-15T00:00:00Z") });
    expect(results.indicators).toEqual([
      { name: "events", value: 1, target: 4 },
      { name: "participants", value: 20, target: null },
      { name: "mobilities", value: 3, target: 10 },
      { name: "responses", value: 15, target: null },
    ]);
  });

  it("gives each event's responses (its most answered questionnaire) and response rate, hiding small counts", async () => {
    const results = await projectResults(projectId, { lang: "en", threshold: 5, eventId: null });
    expect(results.participation.map((e) => [e.title, e.attendance, e.responses, e.responseRate])).toEqual([
      // 6 and 6 (before and after): 6 of 20; the small event's 3 is hidden, and with it the other.
      ["Big", 20, null, null],
      ["Small", 10, null, null],
    ]);
    const generous = await projectResults(projectId, { lang: "en", threshold: 3, eventId: null });
    expect(generous.participation.map((e) => [e.responses, e.responseRate])).toEqual([
      [6, 30],
      [3, 30],
    ]);
  });

  it("counts responses by day in the project's zone, or by hour within one event in the event's zone", async () => {
    const byDay = await projectResults(projectId, { lang: "en", threshold: 3, eventId: null });
    expect(byDay.timeline).toEqual([
      { period: "2026-05-01", label: "1 May 2026", responses: 12 },
      { period: "2026-06-01", label: "1 Jun 2026", responses: 3 },
    ]);
    expect(byDay.timeZoneName).toBe("Riga (Eastern European Time)");
    // Sent at 09:30 UTC: 11:00 in Stockholm (12:00 in Riga).
    const byHour = await projectResults(projectId, { lang: "lv", threshold: 3, eventId: smallEventId });
    expect(byHour.timeline).toEqual([{ period: "2026-06-01 11:00", label: "2026. gada 1. jūn. 11:00", responses: 3 }]);
    expect(byHour.timeZoneName).toBe("Stockholm (Centrāleiropas laiks)");
  });

  it("writes each event's date in the page's language, in the event's zone", async () => {
    const results = await projectResults(projectId, { lang: "de", threshold: 5, eventId: null });
    expect(results.participation.map((e) => e.startsOn)).toEqual(["1. Mai 2026", "1. Juni 2026"]);
  });
});

describe("aggregate CSV", () => {
  it("writes a chart's numbers with a BOM and the same suppression as the screen", async () => {
    const results = await surveyResults(before, noFilters, { lang: "en", threshold: 5, onlyQuestions: ["eu_belonging"] });
    const csv = aggregateCsv(results.questions[0]!, createTranslator(en, "en"), null);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("I feel that our city is part of a common Europe.");
    expect(lines[1]).toContain("Strongly disagree,Strongly disagree: share of respondents (%)");
    // Every count is 1 or 2: all hidden.
    expect(lines[2]).toBe("All,6,0,0,hidden,,hidden,,hidden,,hidden,,hidden,");
  });
});
