import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { surveyAvailability } from "~/survey/availability";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { isWellFormedJoinCode } from "~/survey/join-code";
import { findSurveyById } from "~/survey/find-survey.server";
import { closeSurvey, openSurvey, regenerateJoinCode, scheduleSurvey } from "~/survey/publish-survey.server";
import { surveyLanding } from "~/survey/survey-landing.server";
import { surveyOverview } from "~/survey/survey-overview.server";
import { surveyTemplates } from "~/survey/templates";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;
let counter = 0;

async function draftSurvey(eventId?: string) {
  counter++;
  const code = `P${"ABCDEFGH"[counter % 8]}${suffix.toUpperCase().replace(/[^A-HJ-NP-Z2-9]/g, "Q")}`.slice(0, 6).padEnd(6, "Q");
  return prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, { projectId, eventId, joinCode: code, template: surveyTemplates.eventFeedback, status: "DRAFT" }),
  );
}

beforeAll(async () => {
  projectId = (
    await prisma.project.create({
      data: { timeZone: "Europe/Riga", slug: `publish-${suffix}`, name: { en: "P" }, startsOn: new Date("2022-01-01"), endsOn: new Date("2022-12-31") },
    })
  ).id;
});

describe("publishing a questionnaire", () => {
  it("opens and closes it by hand", async () => {
    const survey = await draftSurvey();
    expect(await openSurvey(survey.id)).toEqual({ ok: true });
    expect(surveyAvailability(await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } }))).toBe("open");
    await closeSurvey(survey.id);
    expect(surveyAvailability(await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } }))).toBe("closed");
  });

  it("refuses to open while a language is incomplete, listing what is missing", async () => {
    const survey = await draftSurvey();
    const question = await prisma.question.findFirstOrThrow({ where: { surveyId: survey.id, key: "overall" } });
    const { ru: _russian, ...withoutRussian } = question.text as Record<string, string>;
    await prisma.question.update({ where: { id: question.id }, data: { text: withoutRussian } });
    const result = await openSurvey(survey.id);
    expect(result).toEqual({
      ok: false,
      gaps: [{ address: "question.overall.text", place: { kind: "question", question: 1 }, language: "ru" }],
    });
    expect((await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } })).status).toBe("DRAFT");
    expect(await scheduleSurvey(survey.id, { opensAt: "", closesAt: "" })).toMatchObject({ ok: false, error: "workspace.cannotOpen" });
  });

  it("schedules a questionnaire without an event in the project's time zone (Riga)", async () => {
    const survey = await draftSurvey();
    const now = new Date("2026-11-29T12:00:00Z");
    expect(await scheduleSurvey(survey.id, { opensAt: "2026-12-01T18:00", closesAt: "2026-12-01T21:30" }, now)).toEqual({ ok: true });
    const stored = await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } });
    expect(stored.opensAt?.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(stored.closesAt?.toISOString()).toBe("2026-12-01T19:30:00.000Z");
    expect(surveyAvailability(stored, now)).toBe("scheduled");
    expect(surveyAvailability(stored, new Date("2026-12-01T17:00:00Z"))).toBe("open");
    expect(surveyAvailability(stored, new Date("2026-12-01T19:30:00Z"))).toBe("closed");
    expect(await surveyOverview(survey.id, "en")).toMatchObject({
      timeZone: "Europe/Riga",
      opensAt: "2026-12-01T18:00",
      opensOn: "1 December 2026 at 18:00",
    });
  });

  it("schedules an event's questionnaire in the event's zone, and shows organisers and residents that time", async () => {
    const event = await prisma.event.create({
      data: { projectId, timeZone: "Europe/Stockholm", title: { en: "Vänersborg" }, place: "Folkets hus", startsAt: new Date("2027-01-20T17:00:00Z"), endsAt: new Date("2027-01-20T20:00:00Z") },
    });
    const survey = await draftSurvey(event.id);
    const now = new Date("2027-01-10T12:00:00Z");
    expect(await scheduleSurvey(survey.id, { opensAt: "2027-01-20T18:00", closesAt: "2027-01-20T22:00" }, now)).toEqual({ ok: true });
    const stored = await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } });
    // Stockholm is UTC+1 in winter.
    expect(stored.opensAt?.toISOString()).toBe("2027-01-20T17:00:00.000Z");
    expect(stored.closesAt?.toISOString()).toBe("2027-01-20T21:00:00.000Z");

    expect(await surveyOverview(survey.id, "sv")).toMatchObject({
      timeZone: "Europe/Stockholm",
      timeZoneName: "Stockholm (centraleuropeisk tid)",
      opensAt: "2027-01-20T18:00",
      closesAt: "2027-01-20T22:00",
      opensOn: "20 januari 2027 kl. 18:00",
      closesOn: "20 januari 2027 kl. 22:00",
    });
    const resident = await findSurveyById(survey.id);
    const request = new Request(`http://localhost/s/${resident.joinCode}`);
    expect(await surveyLanding(request, resident, "lv")).toMatchObject({
      availability: "scheduled",
      opensOn: "2027. gada 20. janvāris 18:00 CET",
      event: { date: "2027. gada 20. janvāris" },
    });
    expect((await surveyLanding(request, resident, "en")).opensOn).toBe("20 January 2027 at 18:00 CET");
  });

  it("refuses a bad schedule and changes nothing", async () => {
    const survey = await draftSurvey();
    const now = new Date("2026-11-29T12:00:00Z");
    expect(await scheduleSurvey(survey.id, { opensAt: "2026-12-01T18:00", closesAt: "2026-12-01T17:00" }, now)).toEqual({
      ok: false,
      error: "schedule.closeBeforeOpen",
    });
    expect(await scheduleSurvey(survey.id, { opensAt: "tomorrow" }, now)).toEqual({ ok: false, error: "schedule.invalidTime" });
    expect(await scheduleSurvey(survey.id, { closesAt: "2026-11-01T10:00" }, now)).toEqual({ ok: false, error: "schedule.closeBeforeOpen" });
    expect(await scheduleSurvey(survey.id, { opensAt: ["x"] }, now)).toEqual({ ok: false, error: "schedule.invalidTime" });
    expect(await scheduleSurvey(survey.id, { opensAt: "2026-02-30T10:00" }, now)).toEqual({ ok: false, error: "schedule.invalidTime" });
    expect(await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } })).toMatchObject({ status: "DRAFT", opensAt: null, closesAt: null });
  });

  it("makes a new join code only while it is a draft", async () => {
    const survey = await draftSurvey();
    const result = await regenerateJoinCode(survey.id);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(isWellFormedJoinCode(result.joinCode)).toBe(true);
      expect((await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } })).joinCode).toBe(result.joinCode);
    }
    await openSurvey(survey.id);
    const code = (await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } })).joinCode;
    expect(await regenerateJoinCode(survey.id)).toEqual({ ok: false, error: "schedule.codeOnlyInDraft" });
    expect((await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } })).joinCode).toBe(code);
  });
});
