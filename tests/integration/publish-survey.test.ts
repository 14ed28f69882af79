import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { surveyAvailability } from "~/survey/availability";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { isWellFormedJoinCode } from "~/survey/join-code";
import { closeSurvey, openSurvey, regenerateJoinCode, scheduleSurvey } from "~/survey/publish-survey.server";
import { surveyTemplates } from "~/survey/templates";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;
let counter = 0;

async function draftSurvey() {
  counter++;
  const code = `P${"ABCDEFGH"[counter % 8]}${suffix.toUpperCase().replace(/[^A-HJ-NP-Z2-9]/g, "Q")}`.slice(0, 6).padEnd(6, "Q");
  return prisma.$transaction((tx) =>
    createSurveyFromTemplate(tx, { projectId, joinCode: code, template: surveyTemplates.eventFeedback, status: "DRAFT" }),
  );
}

beforeAll(async () => {
  projectId = (
    await prisma.project.create({
      data: { slug: `publish-${suffix}`, name: { en: "P" }, startsOn: new Date("2022-01-01"), endsOn: new Date("2022-12-31") },
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

  it("schedules opening and closing in the display time zone", async () => {
    const survey = await draftSurvey();
    const now = new Date("2026-11-29T12:00:00Z");
    expect(await scheduleSurvey(survey.id, { opensAt: "2026-12-01T18:00", closesAt: "2026-12-01T21:30" }, now)).toEqual({ ok: true });
    const stored = await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } });
    expect(stored.opensAt?.toISOString()).toBe("2026-12-01T16:00:00.000Z");
    expect(stored.closesAt?.toISOString()).toBe("2026-12-01T19:30:00.000Z");
    expect(surveyAvailability(stored, now)).toBe("scheduled");
    expect(surveyAvailability(stored, new Date("2026-12-01T17:00:00Z"))).toBe("open");
    expect(surveyAvailability(stored, new Date("2026-12-01T19:30:00Z"))).toBe("closed");
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
