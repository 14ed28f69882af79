import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { compareBeforeAfter } from "~/evaluation/before-after.server";
import { noFilters, parseResultsFilters } from "~/evaluation/results-filters";
import type { QuestionResult, SurveyResults } from "~/evaluation/results-types";
import { answerScope, filterableSurvey, surveyResults } from "~/evaluation/survey-results.server";
import { responseRowBatches, loadExportPlan } from "~/exports/response-rows.server";
import { liveResults } from "~/live/live-presentation.server";
import { deleteQuestion } from "~/survey/builder.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, findSurveyByJoinCode, toResidentSurvey, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { openSurvey } from "~/survey/publish-survey.server";
import { runAtAnotherEvent, seriesRuns } from "~/survey/series.server";
import { submitResponse } from "~/survey/submit-response.server";
import { saveSurveyWording } from "~/survey/survey-wording.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses, repeat } from "../support/responses";
import { asShown } from "../support/shown-counts";

// One questionnaire asked at three events in three countries, k = 5:
// Daugavpils (LV, first, the original): 12 people, all "4" on EU belonging;
// Vänersborg (SE): 8 × "2" and 2 × "5"; Ravenna (IT): 3 × "3", a group under k. Shown counts
// are those within ±2 of the truth (cell key method): `asShown`.
let original: SurveyWithQuestions;
let vanersborg: SurveyWithQuestions;
let ravenna: SurveyWithQuestions;
const events: Record<string, string> = {};
let projectId = "";

async function makeEvent(name: string, country: string, day: string, timeZone: string) {
  const partner = await prisma.partner.create({ data: { projectId, name: `${name} partner`, city: name, country, position: Object.keys(events).length } });
  const event = await prisma.event.create({
    data: { projectId, hostPartnerId: partner.id, title: { en: name }, place: name, startsAt: new Date(`${day}T10:00Z`), endsAt: new Date(`${day}T14:00Z`), timeZone },
  });
  events[name] = event.id;
  return event.id;
}

async function runAt(eventId: string) {
  const result = await runAtAnotherEvent(original.id, { eventId });
  if (!result.ok) throw new Error(result.error);
  return findSurveyById(result.surveyId);
}

beforeAll(async () => {
  const suffix = randomBytes(4).toString("hex");
  projectId = (
    await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `series-${suffix}`, name: { en: "Series" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31") },
    })
  ).id;
  // Created out of date order: the comparison orders events by date, not by creation.
  const daugavpils = await makeEvent("Daugavpils", "LV", "2026-04-10", "Europe/Riga");
  await makeEvent("Ravenna", "IT", "2026-09-20", "Europe/Rome");
  await makeEvent("Vänersborg", "SE", "2026-06-15", "Europe/Stockholm");
  const created = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId, eventId: daugavpils, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  original = await findSurveyById(created.id);
  vanersborg = await runAt(events["Vänersborg"]!);
  ravenna = await runAt(events["Ravenna"]!);
  await insertResponses(original, repeat(12, () => ({ answers: { eu_belonging: "4", age_band: "25_34" } })));
  await insertResponses(vanersborg, [
    ...repeat(8, () => ({ answers: { eu_belonging: "2", age_band: "25_34" }, language: "en" })),
    ...repeat(2, () => ({ answers: { eu_belonging: "5", age_band: "65p" }, language: "en" })),
  ]);
  await insertResponses(ravenna, repeat(3, () => ({ answers: { eu_belonging: "3", age_band: "25_34" }, language: "en" })));
});

// The stereotypes template's required questions, each answered.
const everyRequiredAnswer = {
  "q.age_band": ["65p"],
  "q.gender": ["woman"],
  "q.first_language": ["lv"],
  "q.years_in_city": ["1_5"],
  ...Object.fromEntries(
    ["newcomers_jobs", "young_irresponsible", "older_resist_change", "other_language_separate", "other_religion_trust", "newcomers_enrich", "older_burden"].map(
      (statement) => [`q.stereotypes.${statement}`, ["3"]],
    ),
  ),
  "q.voted_municipal": ["no"],
  ...Object.fromEntries(
    ["public_meeting", "volunteered", "petition", "contacted_council", "ngo_activity"].map((statement) => [`q.civic_engagement.${statement}`, ["1"]]),
  ),
  "q.influence": ["0"],
};

const question = (results: SurveyResults, key: string): QuestionResult => results.questions.find((q) => q.key === key)!;

async function resultsFor(search: string) {
  const runs = await seriesRuns(original.id, "en");
  const filters = parseResultsFilters(new URLSearchParams(search), filterableSurvey(original, runs));
  if (!filters) throw new Error(`bad filters ${search}`);
  return surveyResults(original, filters, { lang: "en", threshold: 5, runs });
}

describe("a questionnaire run at several events", () => {
  it("gives each run its own join code, event and draft status, and the original's questions", async () => {
    for (const run of [vanersborg, ravenna]) {
      expect(run.originalId).toBe(original.id);
      expect(run.status).toBe("DRAFT");
      expect(run.joinCode).not.toBe(original.joinCode);
      expect(await prisma.question.count({ where: { surveyId: run.id } })).toBe(0);
      expect(run.sections.flatMap((s) => s.questions).map((q) => q.id)).toEqual(original.sections.flatMap((s) => s.questions).map((q) => q.id));
    }
    expect(vanersborg.eventId).toBe(events["Vänersborg"]);
    const runs = await seriesRuns(original.id, "en");
    expect(runs.map((run) => [run.event, run.country, run.isOriginal])).toEqual([
      ["Daugavpils", "LV", true],
      ["Vänersborg", "SE", false],
      ["Ravenna", "IT", false],
    ]);
  });

  it("refuses a second run at the same event and an event of another project, writing nothing", async () => {
    const before = await prisma.survey.count({ where: { projectId } });
    expect(await runAtAnotherEvent(vanersborg.id, { eventId: events["Daugavpils"] })).toEqual({ ok: false, error: "series.alreadyAtEvent" });
    expect(await runAtAnotherEvent(original.id, { eventId: randomUUID() })).toEqual({ ok: false, error: "series.chooseEvent" });
    expect(await runAtAnotherEvent(original.id, { eventId: "not an id" })).toEqual({ ok: false, error: "series.chooseEvent" });
    expect(await prisma.survey.count({ where: { projectId } })).toBe(before);
  });

  it("opens a run by itself, and residents answering by its join code are stored at that run", async () => {
    expect(await openSurvey(ravenna.id)).toEqual({ ok: true });
    const byCode = (await findSurveyByJoinCode(ravenna.joinCode))!;
    expect(byCode.id).toBe(ravenna.id);
    const result = await submitResponse({
      survey: byCode,
      residentSurvey: toResidentSurvey(byCode, "it"),
      language: "en",
      idempotencyKey: randomUUID(),
      values: everyRequiredAnswer,
    });
    expect(result.kind).toBe("saved");
    expect(await prisma.response.count({ where: { surveyId: ravenna.id } })).toBe(4);
    // Back to three at Ravenna, as the other tests count them.
    const stored = await prisma.response.findFirstOrThrow({ where: { surveyId: ravenna.id, answersHash: { not: "crafted" } } });
    await prisma.response.delete({ where: { id: stored.id } });
    await prisma.survey.update({ where: { id: ravenna.id }, data: { status: "DRAFT" } });
  });

  it("pools every event's answers by question, and filters by event and by country", async () => {
    const all = await resultsFor("");
    expect(asShown(all.respondents, 25)).toBe(25);
    const belonging = question(all, "eu_belonging");
    expect(asShown(belonging.rows[0]!.respondents, 25)).toBe(25);
    // Scale points 1..5 then "don't know": 3 people chose "3" (< k), so it and the next smallest (2 × "5") are hidden.
    expect(asShown(belonging.rows[0]!.counts, [0, 8, null, 12, null, 0])).toEqual([0, 8, null, 12, null, 0]);

    const atVanersborg = await resultsFor(`event=${events["Vänersborg"]}`);
    expect(asShown(atVanersborg.respondents, 10)).toBe(10);
    // The 2 who chose "5" are under k, and with them the smallest other count, the 8 who chose "2".
    expect(question(atVanersborg, "eu_belonging").rows[0]!.counts).toEqual([0, null, 0, 0, null, 0]);
    expect(asShown((await resultsFor("country=LV")).respondents, 12)).toBe(12);
    expect(asShown((await resultsFor(`country=LV&country=SE`)).respondents, 22)).toBe(22);
    // An event in one country and a filter on another leave nobody: a view with none taken in
    // reads "fewer than k", empty or not, so that it does not change as one response arrives.
    expect((await resultsFor(`event=${events["Ravenna"]}&country=LV`)).respondents).toBeNull();
    // Ravenna alone is a view under k (its 3 wait for more): nothing is charted.
    const small = await resultsFor(`event=${events["Ravenna"]}`);
    expect(small.respondents).toBeNull();
    expect(small.questions).toEqual([]);
  });

  it("breaks every chart down by event in date order, hiding an event until k of it are taken in", async () => {
    const byEvent = question(await resultsFor("by=.event"), "eu_belonging");
    expect(byEvent.rows.map((row) => row.label)).toEqual(["Daugavpils", "Vänersborg", "Ravenna"]);
    // Ravenna's 3 have not reached k: its group takes none in and reads hidden (not 0); nothing is
    // counted in it, so nothing is hidden with it (25 − 12 − 10 is three adjusted numbers apart).
    expect(asShown(byEvent.rows.map((row) => row.respondents), [12, 10, null])).toEqual([12, 10, null]);
    expect(byEvent.rows[2]!.counts.every((count) => count === null)).toBe(true);
    // Vänersborg hides its 2 who chose "5" and, with them, its 8 who chose "2"; each of those
    // columns then has one hidden count, so Daugavpils's zero beside it is hidden as well.
    expect(asShown(byEvent.rows[0]!.counts, [0, null, 0, 12, null, 0])).toEqual([0, null, 0, 12, null, 0]);

    const byCountry = question(await resultsFor("by=.country&country=LV&country=SE"), "eu_belonging");
    expect(byCountry.rows.map((row) => row.label)).toEqual(["Latvia", "Sweden"]);
    // Within Sweden, the 2 who chose "5" are hidden, and with them the 8 who chose "2"; each of
    // those columns then has one hidden count, so Latvia's zero beside it is hidden as well.
    expect(asShown(byCountry.rows[0]!.counts, [0, null, 0, 12, null, 0])).toEqual([0, null, 0, 12, null, 0]);
    expect(byCountry.rows[1]!.counts).toEqual([0, null, 0, 0, null, 0]);
  });

  it("refuses event and country filters that are not the questionnaire's", async () => {
    const filterable = filterableSurvey(original, await seriesRuns(original.id, "en"));
    for (const bad of [`event=${randomUUID()}`, "country=FR", "by=.place"]) {
      expect(parseResultsFilters(new URLSearchParams(bad), filterable), bad).toBeNull();
    }
  });

  it("shows each run's live page its own event's answers only", async () => {
    expect(asShown((await liveResults(vanersborg.id, "en")).respondents, 10)).toBe(10);
    expect(asShown((await liveResults(original.id, "en")).respondents, 12)).toBe(12);
  });

  it("exports the whole questionnaire with the event, country and local time zone of each response", async () => {
    const plan = await loadExportPlan(original.id, { values: "codes", language: "en" });
    expect(plan.columns.slice(0, 5).map((c) => c.key)).toEqual(["event", "country", "time_zone", "language", "submitted_hour"]);
    const rows: unknown[][] = [];
    for await (const batch of responseRowBatches(plan)) rows.push(...batch);
    expect(rows).toHaveLength(25);
    const perEvent = (event: string) => rows.filter((row) => row[0] === event);
    expect(perEvent("Daugavpils").every((row) => row[1] === "LV" && row[2] === "Europe/Riga")).toBe(true);
    expect(perEvent("Vänersborg")).toHaveLength(10);
    expect(perEvent("Vänersborg").every((row) => row[1] === "SE" && row[2] === "Europe/Stockholm")).toBe(true);
    expect(perEvent("Ravenna")).toHaveLength(3);
    // A run's own export is the questionnaire's: the same plan.
    expect((await loadExportPlan(ravenna.id, { values: "codes", language: "en" })).surveyIds.sort()).toEqual(plan.surveyIds.sort());
  });

  it("keeps one wording: a title saved from a run changes every event's and is logged on the original", async () => {
    const result = await saveSurveyWording(ravenna.id, { title: "Stereotypes across the partnership", intro: "" }, null);
    expect(result).toEqual({ ok: true });
    const titles = await prisma.survey.findMany({ where: { OR: [{ id: original.id }, { originalId: original.id }] }, select: { title: true } });
    expect(titles).toHaveLength(3);
    for (const { title } of titles) expect((title as Record<string, string>)[original.defaultLanguage]).toBe("Stereotypes across the partnership");
    const edits = await prisma.surveyEdit.findMany({ where: { surveyId: original.id, what: "survey.title" } });
    expect(edits.map((edit) => edit.after)).toEqual(["Stereotypes across the partnership"]);
  });

  it("refuses to delete a question that was answered at another event only", async () => {
    // Nobody at Daugavpils answered first_language: one answer at Vänersborg is enough to keep it.
    await insertResponses(vanersborg, [{ answers: { first_language: "other" } }]);
    expect(await deleteQuestion(original.id, "first_language")).toEqual({ ok: false, error: "builder.hasAnswers" });
    expect(await prisma.question.count({ where: { surveyId: original.id, key: "first_language" } })).toBe(1);
  });
});

describe("a before/after pair at one event of a series", () => {
  it("compares that event's own answers, not every event's", async () => {
    // A "before" questionnaire at Vänersborg, paired with the series' run there (the "after").
    const created = await prisma.$transaction(
      (tx) =>
        createSurveyFromTemplate(tx, {
          projectId,
          eventId: events["Vänersborg"]!,
          joinCode: randomJoinCode(),
          template: surveyTemplates.stereotypes,
          status: "OPEN",
          phase: "BEFORE",
          pairedSurveyId: vanersborg.id,
        }),
      { timeout: 30_000 },
    );
    await prisma.survey.update({ where: { id: vanersborg.id }, data: { phase: "AFTER", pairedSurveyId: created.id } });
    await insertResponses(await findSurveyById(created.id), repeat(6, () => ({ answers: { eu_belonging: "5" } })));
    const compared = (await compareBeforeAfter(vanersborg.id, "en", 5, { before: "Before", after: "After" }))!;
    // Vänersborg's 11 (10 and one who answered first_language only), not the 26 of all three events.
    expect(asShown(compared.after.responses, 11)).toBe(11);
    const belonging = compared.items.find((item) => item.result.key === "eu_belonging")!;
    expect(asShown(belonging.result.rows.map((row) => row.respondents), [6, 10])).toEqual([6, 10]);
  });
});

describe("a questionnaire at one event", () => {
  it("is a series of one: its runs are itself, and its own view needs no join to the responses", async () => {
    const created = await prisma.$transaction(
      (tx) => createSurveyFromTemplate(tx, { projectId, eventId: events["Ravenna"]!, joinCode: randomJoinCode(), template: surveyTemplates.eventFeedback, status: "OPEN" }),
      { timeout: 30_000 },
    );
    const alone = await findSurveyById(created.id);
    const runs = await seriesRuns(alone.id, "en");
    expect(runs.map((run) => [run.surveyId, run.isOriginal])).toEqual([[alone.id, true]]);
    // The live page's view (its own run) is the whole questionnaire: no temporary table.
    expect(answerScope(alone, noFilters, runs, { onlyRun: alone.id, releaseStep: null })).toMatchObject({ surveyIds: [alone.id], narrowed: false, breakdown: null });
  });
});
