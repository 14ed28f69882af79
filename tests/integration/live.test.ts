import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  createPresenterLink,
  liveResults,
  liveSettings,
  type LiveResults,
  revokePresenterLink,
  saveLiveSettings,
  surveyIdByPresenterToken,
} from "~/live/live-presentation.server";
import { responseEvents } from "~/live/response-events.server";
import { liveEventStream } from "~/live/live-stream.server";
import { sharedLiveResults } from "~/live/shared-live-results.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses, repeat } from "../support/responses";
import { asShown } from "../support/shown-counts";

// The live page counts every response at once (no steps of k), each count adjusted by at most 2
// (cell key method, `asShown`); counts under k are hidden there too. Its responses are crafted
// "now", as a resident in the hall would send them.
let survey: SurveyWithQuestions;
const now = () => new Date();
const responsesSoFar = () => prisma.response.count({ where: { surveyId: survey.id } });
// Scale values 1–5, then "don't know".
const belongingCounts = (results: { questions: { key: string; rows: { counts: (number | null)[] }[] }[] }) =>
  results.questions.find((q) => q.key === "eu_belonging")!.rows[0]!.counts;

beforeAll(async () => {
  const suffix = randomBytes(4).toString("hex");
  const project = await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `live-${suffix}`, name: { en: "Live" }, startsOn: new Date(), endsOn: new Date() } });
  const joinCode = `L${suffix.toUpperCase()}`.replace(/[01IOL]/g, "Z").slice(0, 6);
  const created = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId: project.id, joinCode, template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  survey = await findSurveyById(created.id);
});

function form(fields: [string, string][]) {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe("live page settings", () => {
  it("shows every charted, non-demographic question until the organiser chooses", async () => {
    const settings = await liveSettings(survey.id);
    expect(settings.questionKeys).toContain("eu_belonging");
    expect(settings.questionKeys).not.toContain("age_band");
    expect(settings.questionKeys).not.toContain("message_to_city");
  });

  it("saves the chosen questions in the order given, and refuses unknown or no questions", async () => {
    const saved = await saveLiveSettings(
      survey.id,
      form([["question", "influence"], ["question", "eu_belonging"], ["order.eu_belonging", "1"], ["order.influence", "2"], ["layout", "ONE_AT_A_TIME"]]),
    );
    expect(saved.ok).toBe(true);
    expect(await liveSettings(survey.id)).toMatchObject({ questionKeys: ["eu_belonging", "influence"], layout: "ONE_AT_A_TIME", showFreeText: false });
    expect((await saveLiveSettings(survey.id, form([["question", "nope"], ["layout", "GRID"]]))).ok).toBe(false);
    expect((await saveLiveSettings(survey.id, form([["layout", "GRID"]]))).ok).toBe(false);
    expect((await liveSettings(survey.id)).questionKeys).toEqual(["eu_belonging", "influence"]);
  });

  it("makes a presenter link whose token only it knows, and revokes it", async () => {
    const token = await createPresenterLink(survey.id);
    expect(await surveyIdByPresenterToken(token)).toBe(survey.id);
    expect(await prisma.livePresentation.count({ where: { presenterTokenHash: token } })).toBe(0);
    const replaced = await createPresenterLink(survey.id);
    expect(await surveyIdByPresenterToken(token)).toBeNull();
    await revokePresenterLink(survey.id);
    expect(await surveyIdByPresenterToken(replaced)).toBeNull();
  });
});

describe("live results", () => {
  it("charts nothing below the threshold and never shows free text unless turned on", async () => {
    await saveLiveSettings(survey.id, form([["question", "eu_belonging"], ["question", "message_to_city"], ["layout", "GRID"]]));
    await insertResponses(survey, repeat(3, () => ({ submittedAt: now(), answers: { eu_belonging: "4", message_to_city: "Hello" } })));
    const few = await liveResults(survey.id, "en");
    expect(few.respondents).toBeNull();
    expect(few.questions).toEqual([]);
    await insertResponses(survey, repeat(3, () => ({ submittedAt: now(), answers: { eu_belonging: "4", message_to_city: "Hello" } })));
    // Sent this very hour, and shown at once.
    const enough = await liveResults(survey.id, "en");
    expect(asShown(enough.respondents, 6)).toBe(6);
    expect(asShown(belongingCounts(enough), [0, 0, 0, 6, 0, 0])).toEqual([0, 0, 0, 6, 0, 0]);
    expect(enough.questions.map((q) => q.key)).toEqual(["eu_belonging"]);
    await saveLiveSettings(survey.id, form([["question", "eu_belonging"], ["question", "message_to_city"], ["layout", "GRID"], ["showFreeText", "on"]]));
    const withText = await liveResults(survey.id, "en");
    expect(withText.questions.map((q) => q.key)).toEqual(["eu_belonging", "message_to_city"]);
    // k people wrote one: their answers are listed, exactly as written.
    expect(withText.questions[1]!.texts).toMatchObject({ total: 6, items: repeat(6, () => "Hello") });
  });

  it("computes live results once for every stream that asks at the same time, but never from before an answer", async () => {
    const asked = performance.now();
    const first = sharedLiveResults(survey.id, "en", asked);
    expect(sharedLiveResults(survey.id, "en", asked)).toBe(first);
    const latvian = sharedLiveResults(survey.id, "lv", asked);
    expect(latvian).not.toBe(first);
    const [before] = await Promise.all([first, latvian]);
    // Nobody has chosen "3" yet: a true zero is shown as 0.
    expect(belongingCounts(before)[2]).toBe(0);
    await insertResponses(survey, [{ submittedAt: now(), answers: { eu_belonging: "3" } }]);
    // An answer announced after a computation started is not in it: a new one is made.
    const afterAnswer = sharedLiveResults(survey.id, "en", performance.now());
    expect(afterAnswer).not.toBe(first);
    const after = await afterAnswer;
    // The one "3" is in: a count under k, so hidden rather than 0 (the adjusted respondents alone
    // could not tell one more answer apart).
    expect(belongingCounts(after)[2]).toBeNull();
    const truth = await responsesSoFar();
    expect(asShown(after.respondents, truth)).toBe(truth);
  });

  it("streams the whole state at once, then again when PostgreSQL announces a new response", async () => {
    const controller = new AbortController();
    const response = liveEventStream(new Request("http://balss.test/events", { signal: controller.signal }), survey.id, "en");
    expect(response.headers.get("Content-Type")).toContain("text/event-stream");
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = "";
    const nextEvent = async () => {
      for (;;) {
        const end = received.indexOf("\n\n", received.indexOf("event: results"));
        if (received.includes("event: results") && end >= 0) {
          const block = received.slice(received.indexOf("event: results"), end);
          received = received.slice(end + 2);
          return JSON.parse(block.split("\ndata: ")[1]!) as LiveResults;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("the stream ended");
        received += decoder.decode(value);
      }
    };
    const first = await nextEvent();
    // Nobody has chosen "5" yet.
    expect(belongingCounts(first)[4]).toBe(0);
    await insertResponses(survey, [{ submittedAt: now(), answers: { eu_belonging: "5" } }]);
    await prisma.$executeRaw`SELECT pg_notify('balss_response', ${survey.id})`;
    const second = await nextEvent();
    // The new answer is in the next state: its count of one is hidden, no longer 0.
    expect(belongingCounts(second)[4]).toBeNull();
    const truth = await responsesSoFar();
    expect(asShown(second.respondents, truth)).toBe(truth);
    controller.abort();
    await reader.cancel();
  });

  it("listens again after its connection is cut (a database restart) and tells the streams to catch up", async () => {
    const heard: string[] = [];
    const unsubscribe = responseEvents.subscribe(survey.id, (event) => heard.push(event));
    const until = async (what: string, done: () => Promise<boolean> | boolean) => {
      for (const started = Date.now(); !(await done()); await new Promise((resolve) => setTimeout(resolve, 50))) {
        if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
      }
    };
    const cutListeners = () =>
      prisma.$queryRaw<{ cut: boolean }[]>`SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity
        WHERE datname = current_database() AND query = 'LISTEN balss_response'`;
    await until("the listening connection", async () => (await cutListeners()).length > 0);
    await until("the catch-up announcement", () => heard.includes("resync"));
    await until("listening again", async () => {
      await prisma.$executeRaw`SELECT pg_notify('balss_response', ${survey.id})`;
      return heard.includes("response");
    });
    unsubscribe();
  });
});
