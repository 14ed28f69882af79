import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { projectResults } from "~/evaluation/project-results.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { randomJoinCode } from "~/survey/new-join-code.server";
import { surveyTemplates } from "~/survey/templates";
import { hoursAgo, insertResponses, repeat, type CraftedResponse } from "../support/responses";
import { asShown } from "../support/shown-counts";

// Consecutive looks at the project page (docs/decisions/035-cell-key-perturbation.md): each run
// takes its responses in hour by hour in steps of at least k (per language too), so two looks
// never differ by fewer than k responses, and a look again shows the same numbers.

const k = 5;

/** A project with one event whose questionnaire marks eu_belonging: 12 answered in Latvian and 6 in Russian, three hours ago. */
async function eventWithResponses() {
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `steps-${randomBytes(4).toString("hex")}`, name: { en: "Steps" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31") },
  });
  const event = await prisma.event.create({
    data: {
      projectId: project.id,
      title: { en: "Hall" },
      place: "Hall",
      startsAt: new Date("2026-03-01T10:00Z"),
      endsAt: new Date("2026-03-01T14:00Z"),
      timeZone: "Europe/Riga",
      attendance: 40,
    },
  });
  const created = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId: project.id, eventId: event.id, joinCode: randomJoinCode(), template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  const survey = await findSurveyById(created.id);
  const eu = survey.sections.flatMap((s) => s.questions).find((q) => q.key === "eu_belonging")!;
  await prisma.question.update({ where: { id: eu.id }, data: { indicator: true } });
  await insertResponses(survey, [
    ...repeat(12, (i): CraftedResponse => ({ answers: { eu_belonging: i < 8 ? "4" : "2" }, language: "lv" })),
    ...repeat(6, (i): CraftedResponse => ({ answers: { eu_belonging: i < 3 ? "5" : "1" }, language: "ru" })),
  ]);
  const look = async () => {
    // Everything but the day it was made on.
    const { generatedOn: _day, ...page } = await projectResults(project.id, { lang: "en", threshold: k, eventId: event.id });
    return page;
  };
  return { survey, look };
}

const answered = (n: number, submittedAt: Date): CraftedResponse[] => repeat(n, () => ({ answers: { eu_belonging: "4" }, language: "lv", submittedAt }));

describe("the project page over consecutive looks", () => {
  it("shows the same numbers on a second look", async () => {
    const { look } = await eventWithResponses();
    const first = await look();
    expect(asShown(first.participation[0]!.responses, 18)).toBe(18);
    expect(await look()).toEqual(first);
  });

  it("does not count responses of the hour under way", async () => {
    const { survey, look } = await eventWithResponses();
    const before = await look();
    await insertResponses(survey, answered(k + 1, new Date()));
    expect(await look()).toEqual(before);
  });

  it("counts the hour under way once the questionnaire is closed, as at the end of an event", async () => {
    const { survey, look } = await eventWithResponses();
    await insertResponses(survey, answered(k, new Date()));
    await prisma.survey.update({ where: { id: survey.id }, data: { status: "CLOSED" } });
    const closed = await look();
    expect(asShown(closed.participation[0]!.responses, 18 + k)).toBe(18 + k);
    expect(asShown(closed.attitudes[0]!.events[0]!.n, 18 + k)).toBe(18 + k);
  });

  it("does not change with a new response until k have arrived, then takes them in together", async () => {
    const { survey, look } = await eventWithResponses();
    const before = await look();
    expect(before.timeline).toHaveLength(1);
    // Two hours ago: an hour that is over.
    const hour = hoursAgo(2);
    await insertResponses(survey, answered(1, hour));
    expect(await look()).toEqual(before);
    await insertResponses(survey, answered(k - 2, hour));
    expect(await look()).toEqual(before);

    // The k-th: the run and its Latvian responses take the five in.
    await insertResponses(survey, answered(1, hour));
    const after = await look();
    const event = after.participation[0]!;
    expect(asShown(event.responses, 23)).toBe(23);
    expect(Object.fromEntries(event.languages.map((l) => [l.language, asShown(l.responses, l.language === "lv" ? 17 : 6)]))).toEqual({ lv: 17, ru: 6 });
    expect(asShown(after.indicators.find((i) => i.name === "responses")!.value, 23)).toBe(23);
    // By the hour within the event: the first hour's 18, then the new hour's 5.
    expect(asShown(after.timeline.map((t) => t.responses), [18, 5])).toEqual([18, 5]);
    const point = after.attitudes[0]!.events[0]!;
    expect(asShown(point.n, 23)).toBe(23);
    expect(after).not.toEqual(before);
  });
});
