import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { aggregateCsv } from "~/evaluation/aggregate-csv.server";
import { compareBeforeAfter } from "~/evaluation/before-after.server";
import { projectResults } from "~/evaluation/project-results.server";
import { noFilters } from "~/evaluation/results-filters";
import { meanInterval, summarise, welchDifference } from "~/evaluation/statistics";
import { surveyResults } from "~/evaluation/survey-results.server";
import { en } from "~/i18n/messages/en";
import { createTranslator } from "~/i18n/translate";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById, type SurveyWithQuestions } from "~/survey/find-survey.server";
import { surveyTemplates } from "~/survey/templates";
import { insertResponses } from "../support/responses";
import { asShown } from "../support/shown-counts";

// The same numbers as the hand-worked statistics test: "I feel Daugavpils is part of Europe"
// before = 2, 3, 3, 4, 5 and after = 3, 4, 4, 5, 5, 5 (plus answers of "don't know", which
// count as respondents but stay out of the means). Shown counts are those within ±2 of the truth
// (cell key method, `asShown`), and means and intervals are worked out from them.
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

// The scale's points are worth 1–5; "don't know" (the last count) stays out.
const frequencies = (counts: (number | null)[]) => counts.slice(0, 5).map((count, i) => ({ value: i + 1, count: count! }));

/**
 * The smallest and largest mean a row of true counts (points 1–5) can show when each count is
 * adjusted by at most 2, never under k, and zero stays zero (cell-key.ts): every combination.
 */
function meanRange(truth: number[], k: number): [number, number] {
  const choices = truth.map((n) => (n === 0 ? [0] : [-2, -1, 0, 1, 2].map((d) => n + d).filter((c) => c >= k)));
  let [low, high] = [Infinity, -Infinity];
  const walk = (i: number, sum: number, count: number) => {
    if (i === choices.length) {
      if (count) [low, high] = [Math.min(low, sum / count), Math.max(high, sum / count)];
      return;
    }
    for (const c of choices[i]!) walk(i + 1, sum + c * (i + 1), count + c);
  };
  walk(0, 0, 0);
  return [low, high];
}

describe("before and after", () => {
  it("gives both means with 95 % intervals and Welch's difference, as worked by hand", async () => {
    // A threshold of 1 hides nothing: this checks the arithmetic.
    const comparison = (await compareBeforeAfter(after.id, "en", 1, { before: "Before", after: "After" }))!;
    expect(comparison.before.id).toBe(before.id);
    const item = comparison.items.find((i) => i.result.key === "eu_belonging")!;
    expect(item.result.rows.map((r) => r.label)).toEqual(["Before", "After"]);
    expect(asShown(item.result.rows.map((r) => r.respondents), [6, 6], 1)).toEqual([6, 6]);
    const [beforeCounts, afterCounts] = item.result.rows.map((r) => r.counts);
    expect(asShown(beforeCounts!, [0, 1, 2, 1, 1, 1], 1)).toEqual([0, 1, 2, 1, 1, 1]);
    expect(asShown(afterCounts!, [0, 0, 1, 2, 3, 0], 1)).toEqual([0, 0, 1, 2, 3, 0]);
    // n, mean and interval are those of the bars as shown, "don't know" left out (the interval
    // formulas are checked against numbers worked by hand in tests/unit/statistics.test.ts).
    const points = (counts: (number | null)[]) => counts.slice(0, 5).map((count) => count!);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const meanOf = (counts: (number | null)[]) => sum(points(counts).map((count, i) => count * (i + 1))) / sum(points(counts));
    const [shownBefore, shownAfter] = [summarise(frequencies(beforeCounts!)), summarise(frequencies(afterCounts!))];
    expect(item.before!.n).toBe(sum(points(beforeCounts!)));
    expect(item.before!.mean).toBeCloseTo(meanOf(beforeCounts!), 10);
    expect(item.before!.interval).toEqual(meanInterval(shownBefore));
    expect(item.after!.n).toBe(sum(points(afterCounts!)));
    expect(item.after!.mean).toBeCloseTo(meanOf(afterCounts!), 10);
    expect(item.after!.interval).toEqual(meanInterval(shownAfter));
    expect(item.difference!.value).toBeCloseTo(item.after!.mean - item.before!.mean, 10);
    expect(item.difference!.interval).toEqual(welchDifference(shownBefore, shownAfter)!.interval);
    // Close to the hand-worked means, within what counts each at most 2 off (never under k = 1)
    // can move them: 3.4 before (3 to 4), 4.333 after (3.6 to 4.571).
    const within = (mean: number, [low, high]: [number, number]) => mean >= low - 1e-9 && mean <= high + 1e-9;
    expect(within(item.before!.mean, meanRange([0, 1, 2, 1, 1], 1))).toBe(true);
    expect(within(item.after!.mean, meanRange([0, 0, 1, 2, 3], 1))).toBe(true);
    // Every matrix statement is compared too (with no answers here, so no means).
    expect(comparison.items.some((i) => i.result.key.startsWith("stereotypes."))).toBe(true);
  });

  it("shows no means where they would give away counts hidden for anonymity", async () => {
    // Each answer before was chosen by one or two people (< 5) of six: in so small a row a mean
    // would give the hidden counts away.
    const comparison = (await compareBeforeAfter(after.id, "en", 5, { before: "Before", after: "After" }))!;
    const item = comparison.items.find((i) => i.result.key === "eu_belonging")!;
    expect(asShown(item.result.rows.map((r) => r.respondents), [6, 6])).toEqual([6, 6]);
    expect(item.result.rows[0]!.counts.filter((c) => c !== null && c > 0)).toEqual([]);
    expect(item.before).toBeNull();
    expect(item.difference).toBeNull();
  });

  it("shows no means for a side with fewer than k respondents", async () => {
    // k = 7: each side's 6 responses are under k, and wait for a step of 7 (release-steps.ts):
    // hidden, not 0.
    const comparison = (await compareBeforeAfter(after.id, "en", 7, { before: "Before", after: "After" }))!;
    const item = comparison.items.find((i) => i.result.key === "eu_belonging")!;
    expect(item.before).toBeNull();
    expect(item.difference).toBeNull();
    expect(item.result.rows[0]!.counts.every((c) => c === null)).toBe(true);
    expect(item.result.rows.map((r) => r.respondents)).toEqual([null, null]);
    expect([comparison.before.responses, comparison.after.responses]).toEqual([null, null]);
  });
});

describe("project indicators", () => {
  it("counts held events, attendance, mobilities and responses against targets", async () => {
    const results = await projectResults(projectId, { lang: "en", threshold: 5, eventId: null, now: new Date("2026-05-15T00:00:00Z") });
    // The responses are adjusted (cell key method); on 15 May the small event's June ones are still to come.
    const responses = results.indicators.find((indicator) => indicator.name === "responses")!;
    expect(results.indicators).toEqual([
      { name: "events", value: 1, target: 4 },
      { name: "participants", value: 20, target: null },
      { name: "mobilities", value: 3, target: 10 },
      { name: "responses", value: responses.value, target: null },
    ]);
    expect(asShown(responses.value, 12)).toBe(12);
  });

  it("gives each event's responses (its most answered questionnaire) and response rate, hiding small counts", async () => {
    const results = await projectResults(projectId, { lang: "en", threshold: 5, eventId: null });
    // 6 and 6 (before and after): about 6 of 20, the rate from the number shown; the small
    // event's 3 wait for k (release-steps.ts) and read hidden.
    const [big, small] = results.participation;
    expect([big!.title, big!.attendance, small!.title, small!.attendance, small!.responses, small!.responseRate]).toEqual(["Big", 20, "Small", 10, null, null]);
    expect(asShown(big!.responses, 6)).toBe(6);
    expect(big!.responseRate).toBeCloseTo((big!.responses! / 20) * 100, 5);
    const generous = await projectResults(projectId, { lang: "en", threshold: 3, eventId: null });
    const shown = generous.participation.map((e) => e.responses);
    expect(asShown(shown, [6, 3], 3)).toEqual([6, 3]);
    expect(generous.participation.map((e) => e.responseRate)).toEqual([(shown[0]! / 20) * 100, (shown[1]! / 10) * 100].map((rate) => expect.closeTo(rate, 5)));
  });

  it("counts responses by day in the project's zone, or by hour within one event in the event's zone", async () => {
    const byDay = await projectResults(projectId, { lang: "en", threshold: 3, eventId: null });
    expect(byDay.timeline.map(({ period, label }) => ({ period, label }))).toEqual([
      { period: "2026-05-01", label: "1 May 2026" },
      { period: "2026-06-01", label: "1 Jun 2026" },
    ]);
    expect(asShown(byDay.timeline.map((row) => row.responses), [12, 3], 3)).toEqual([12, 3]);
    expect(byDay.timeZoneName).toBe("Riga (Eastern European Time)");
    // Sent at 09:30 UTC: 11:00 in Stockholm (12:00 in Riga).
    const byHour = await projectResults(projectId, { lang: "lv", threshold: 3, eventId: smallEventId });
    expect(byHour.timeline.map(({ period, label }) => ({ period, label }))).toEqual([{ period: "2026-06-01 11:00", label: "2026. gada 1. jūn. 11:00" }]);
    expect(asShown(byHour.timeline[0]!.responses, 3, 3)).toBe(3);
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
    // Every count is 1 or 2: all hidden. The respondents are the chart's and the table's.
    const shown = results.questions[0]!.rows[0]!.respondents;
    expect(asShown(shown, 6)).toBe(6);
    expect(lines[2]).toBe(`All,${shown},0,0,hidden,,hidden,,hidden,,hidden,,hidden,`);
  });
});
