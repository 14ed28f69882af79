import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { hasPublicResults, savePublicResults } from "~/evaluation/public-results-settings.server";
import { publishedResults, type PublicResults } from "~/evaluation/public-results.server";
import { noFilters } from "~/evaluation/results-filters";
import type { QuestionResult } from "~/evaluation/results-types";
import { surveyResults } from "~/evaluation/survey-results.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, findSurveyByJoinCode, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { runAtAnotherEvent } from "~/survey/series.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses, repeat } from "../support/responses";
import { asShown } from "../support/shown-counts";

// One questionnaire at three events, k = 5. Daugavpils (the original): 16 people; Vänersborg:
// 15, two of them a group under k on "strongly agree"; Ravenna: 3, fewer than k in all. Shown
// counts are those within ±2 of the truth (cell key method): `asShown`; two pages showing the
// same records show the same numbers.
let daugavpils: SurveyWithQuestions;
let vanersborg: SurveyWithQuestions;
let ravenna: SurveyWithQuestions;
let projectId = "";

async function makeEvent(name: string, country: string, day: string) {
  const partner = await prisma.partner.create({ data: { projectId, name: `${name} partner`, city: name, country, position: 0 } });
  return prisma.event.create({
    data: { projectId, hostPartnerId: partner.id, title: { en: name }, place: name, startsAt: new Date(`${day}T10:00Z`), endsAt: new Date(`${day}T14:00Z`), timeZone: "Europe/Riga" },
  });
}

async function runAt(original: SurveyWithQuestions, eventId: string) {
  const result = await runAtAnotherEvent(original.id, { eventId });
  if (!result.ok) throw new Error(result.error);
  return findSurveyById(result.surveyId);
}

function form(fields: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

const chosen = ["eu_belonging", "influence", "attended_event_before"];
const publishChosen = (...more: [string, string][]) =>
  savePublicResults(daugavpils.id, form([["intent", "publish"], ...chosen.map((key): [string, string] => ["question", key]), ...more]));
const settingsRow = () => prisma.publicResults.findUnique({ where: { surveyId: daugavpils.id } });
const question = (view: { questions: QuestionResult[] }, key: string) => view.questions.find((q) => q.key === key)!;
// Values of the agreement scale: 1–5, then "don't know".
const counts = (view: { questions: QuestionResult[] }, key: string, row = 0) => question(view, key).rows[row]!.counts;

async function pageOf(survey: SurveyWithQuestions): Promise<PublicResults> {
  const results = await publishedResults(survey, "en");
  if (!results) throw new Error("not published");
  return results;
}

async function loaderStatus(code: string) {
  const route = await import("../../app/routes/s.$code.results");
  const request = new Request(`http://balss.test/s/${code}/results?lang=en`);
  try {
    const response = (await route.loader({ request, params: { code }, context: {} })) as Response;
    return { status: response.status, body: (await response.json()) as { results: unknown } };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: null };
    throw thrown;
  }
}

beforeAll(async () => {
  const suffix = randomBytes(4).toString("hex");
  projectId = (
    await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `public-${suffix}`, name: { en: "Public" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31") },
    })
  ).id;
  const first = await makeEvent("Daugavpils", "LV", "2026-04-10");
  const second = await makeEvent("Vänersborg", "SE", "2026-06-15");
  const third = await makeEvent("Ravenna", "IT", "2026-09-20");
  const created = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId, eventId: first.id, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  daugavpils = await findSurveyById(created.id);
  vanersborg = await runAt(daugavpils, second.id);
  ravenna = await runAt(daugavpils, third.id);
  const answer = (belonging: string, influence: number, attended = "yes") => ({
    answers: { eu_belonging: belonging, attended_event_before: attended, influence, age_band: "25_34", message_to_city: "Fix the bridge on my street" },
  });
  await insertResponses(daugavpils, [...repeat(10, () => answer("4", 7)), ...repeat(6, () => answer("5", 7))]);
  await insertResponses(vanersborg, [...repeat(8, () => answer("4", 3, "no")), ...repeat(2, () => answer("5", 3)), ...repeat(5, () => answer("3", 3))]);
  await insertResponses(ravenna, repeat(3, () => answer("3", 5)));
});

describe("publishing settings", () => {
  it("publish nothing until the organiser publishes: no page, no link", async () => {
    expect(await settingsRow()).toBeNull();
    expect(await publishedResults(daugavpils, "en")).toBeNull();
    expect(await hasPublicResults(vanersborg)).toBe(false);
    const page = await loaderStatus(daugavpils.joinCode);
    expect(page.status).toBe(404);
    expect(page.body?.results).toBeNull();
  });

  it("refuse bad input, changing nothing", async () => {
    const refusals: [string, string][][] = [
      [["intent", "publish"]], // no chart
      [["intent", "publish"], ["question", "message_to_city"]], // free text is never published
      [["intent", "publish"], ["question", "household_size"]], // nor numbers
      [["intent", "save"], ["question", "no_such_question"]],
      [["intent", "save"], ["question", "eu_belonging'; DROP TABLE \"Survey\"; --"]],
      [["intent", "save"], ...repeat(201, (): [string, string] => ["question", "eu_belonging"])],
      [["intent", "delete"], ["question", "eu_belonging"]],
      [["question", "eu_belonging"]],
    ];
    for (const fields of refusals) {
      const result = await savePublicResults(daugavpils.id, form(fields));
      expect(result.ok, JSON.stringify(fields).slice(0, 80)).toBe(false);
    }
    expect(await settingsRow()).toBeNull();

    // Once saved, a refused form leaves the saved choice as it was.
    expect(await savePublicResults(daugavpils.id, form([["intent", "save"], ["question", "eu_belonging"]]))).toEqual({ ok: true, message: "sharing.saved" });
    const saved = await settingsRow();
    expect(saved).toMatchObject({ published: false, questionKeys: ["eu_belonging"], showAllEvents: false });
    expect(await savePublicResults(daugavpils.id, form([["intent", "publish"], ["question", "eu_belonging"], ["question", "message_to_city"]]))).toEqual({
      ok: false,
      error: "sharing.badChoice",
    });
    expect(await settingsRow()).toEqual(saved);
    // Saved but not published: still nothing for residents.
    expect(await publishedResults(daugavpils, "en")).toBeNull();
  });

  it("keep the chosen charts in the questionnaire's order, on the original for every run", async () => {
    const result = await savePublicResults(
      daugavpils.id,
      form([["intent", "publish"], ["question", "influence"], ["question", "eu_belonging"], ["question", "attended_event_before"], ["question", "eu_belonging"]]),
    );
    expect(result).toEqual({ ok: true, message: "sharing.published" });
    expect(await settingsRow()).toMatchObject({ published: true, questionKeys: chosen, showAllEvents: false });
    expect(await prisma.publicResults.count({ where: { surveyId: { in: [vanersborg.id, ravenna.id] } } })).toBe(0);
    expect(await hasPublicResults(vanersborg)).toBe(true);
    // Publishing with no chart left is refused; unpublishing keeps the choice for later.
    expect((await savePublicResults(daugavpils.id, form([["intent", "save"]]))).ok).toBe(false);
    expect(await savePublicResults(daugavpils.id, form([["intent", "unpublish"]]))).toEqual({ ok: true, message: "sharing.unpublished" });
    expect(await settingsRow()).toMatchObject({ published: false, questionKeys: chosen });
    expect(await publishedResults(vanersborg, "en")).toBeNull();
  });
});

describe("the public results page of one event", () => {
  beforeAll(async () => {
    expect((await publishChosen()).ok).toBe(true);
  });

  it("shows exactly the chosen charts, with the numbers of the workspace's results for that event", async () => {
    const page = await pageOf(daugavpils);
    expect(page.here.questions.map((q) => q.key)).toEqual(chosen);
    expect(asShown(page.here.respondents, 16)).toBe(16);
    const workspace = await surveyResults(daugavpils, noFilters, { lang: "en", threshold: 5, onlyQuestions: chosen, onlyRun: daugavpils.id });
    // The same records: the same adjusted numbers, exactly.
    expect(page.here.respondents).toBe(workspace.respondents);
    expect(page.here.questions).toEqual(workspace.questions);
    expect(asShown(counts(page.here, "eu_belonging"), [0, 0, 0, 10, 6, 0])).toEqual([0, 0, 0, 10, 6, 0]);
    // Everyone answered 7: one bar, so the mean and median are 7 whatever its adjusted height.
    expect(question(page.here, "influence").rows[0]).toMatchObject({ mean: 7, median: 7 });
    expect(page.event).toMatchObject({ title: "Daugavpils", place: "Daugavpils" });
    expect(page.all).toBeNull();
    expect(JSON.stringify(page)).not.toContain("Fix the bridge");
    expect(JSON.stringify(page)).not.toContain("25_34");
  });

  it("hides a group under k and its complement, and charts nothing for an event of fewer than k", async () => {
    const page = await pageOf(vanersborg);
    expect(asShown(page.here.respondents, 15)).toBe(15);
    expect(asShown(counts(page.here, "eu_belonging"), [0, 0, null, 8, null, 0])).toEqual([0, 0, null, 8, null, 0]);
    expect(page.event?.title).toBe("Vänersborg");
    const small = await pageOf(ravenna);
    expect(small.here).toEqual({ respondents: null, questions: [] });
  });

  it("answers 200 through the route once published, 404 with the join box for a code that does not exist", async () => {
    expect((await loaderStatus(vanersborg.joinCode)).status).toBe(200);
    expect((await loaderStatus("ZZZZZZ")).status).toBe(404);
    expect((await loaderStatus("not a code")).status).toBe(404);
  });
});

describe("all events pooled next to the resident's own", () => {
  beforeAll(async () => {
    expect((await publishChosen(["showAllEvents", "on"])).ok).toBe(true);
  });

  it("pools the events with k responses or more, and leaves out the one with fewer", async () => {
    const page = await pageOf(daugavpils);
    expect(page.all!.events).toBe(2);
    expect(asShown(page.all!.respondents, 31)).toBe(31);
    expect(page.leftOut).toBe(1);
    expect(page.all!.questions.map((q) => q.key)).toEqual(chosen);
    expect(asShown(counts(page.all!, "eu_belonging"), [0, 0, 5, 18, 8, 0])).toEqual([0, 0, 5, 18, 8, 0]);
    expect(asShown(counts(page.all!, "attended_event_before"), [23, 8])).toEqual([23, 8]);
    // 16 answered 7 and 15 answered 3: the mean and median are those of the two bars as shown
    // (adjusted counts), worked out here by hand.
    const influence = question(page.all!, "influence").rows[0]!;
    expect(asShown(influence.respondents, 31)).toBe(31);
    const [threes, sevens] = [influence.counts[3]!, influence.counts[7]!];
    expect(asShown(influence.counts, [0, 0, 0, 15, 0, 0, 0, 16, 0, 0, 0])).toEqual([0, 0, 0, 15, 0, 0, 0, 16, 0, 0, 0]);
    expect(influence.mean).toBeCloseTo((sevens * 7 + threes * 3) / (sevens + threes), 10);
    expect(influence.median).toBe(sevens > threes ? 7 : sevens < threes ? 3 : 5);
    // Close to the true mean of 157 / 31 ≈ 5.065: with each bar at most 2 off (14–18 sevens,
    // 13–17 threes), it lies between (14·7 + 17·3) / 31 and (18·7 + 13·3) / 31, i.e. ±8 / 31.
    expect(Math.abs(influence.mean! - 157 / 31)).toBeLessThanOrEqual(8 / 31 + 1e-9);
  });

  it("shows each event its row of the comparison by event, so that no page can be subtracted from another", async () => {
    const [first, second, third] = await Promise.all([pageOf(daugavpils), pageOf(vanersborg), pageOf(ravenna)]);
    // Vänersborg's 2 on "strongly agree" is hidden with its complement, 5 on "neither"; in the
    // pooled total both columns then hold two hidden counts, so Daugavpils's 6 is hidden too.
    expect(asShown(counts(first.here, "eu_belonging"), [0, 0, null, 10, null, 0])).toEqual([0, 0, null, 10, null, 0]);
    expect(asShown(counts(second.here, "eu_belonging"), [0, 0, null, 8, null, 0])).toEqual([0, 0, null, 8, null, 0]);
    expect(third.here).toEqual({ respondents: null, questions: [] });
    // Every page pools the same way, whichever event it belongs to.
    expect(second.all).toEqual(first.all);
    expect(third.all).toEqual(first.all);
    // The pooled total less the shown counts of every page gives no hidden count away.
    for (const column of [2, 4]) {
      const pooled = counts(first.all!, "eu_belonging")[column]!;
      expect([counts(first.here, "eu_belonging")[column], counts(second.here, "eu_belonging")[column]]).toEqual([null, null]);
      expect(pooled).toBeGreaterThanOrEqual(5);
    }
  });

  it("waits for two events of k responses or more before pooling", async () => {
    // k = 16: only Daugavpils has k responses, so there is nothing to pool with yet.
    await prisma.project.update({ where: { id: projectId }, data: { suppressionThreshold: 16 } });
    try {
      const page = await pageOf(daugavpils);
      expect(page.all).toBeNull();
      expect(page.notPooledYet).toBe(true);
      expect(asShown(page.here.respondents, 16, 16)).toBe(16);
      expect((await pageOf(vanersborg)).here).toEqual({ respondents: null, questions: [] });
    } finally {
      await prisma.project.update({ where: { id: projectId }, data: { suppressionThreshold: 5 } });
    }
  });
});
