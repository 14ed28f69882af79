import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { answerStep } from "~/survey/answer-steps.server";
import { findSurveyByJoinCode, toResidentSurvey } from "~/survey/find-survey.server";
import { isWellFormedJoinCode } from "~/survey/join-code";
import { createSurveyFromForm, duplicateAsAfter, surveyAsTemplate } from "~/survey/new-survey.server";
import { surveyTemplates } from "~/survey/templates";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;
let eventId: string;
let otherEventId: string;

beforeAll(async () => {
  const make = (slug: string) =>
    prisma.project.create({
      data: {
        timeZone: "Europe/Riga",
        slug: `${slug}-${suffix}`,
        name: { en: slug },
        startsOn: new Date("2026-01-01"),
        endsOn: new Date("2026-12-31"),
        events: { create: [{ timeZone: "Europe/Riga", title: { en: "E" }, place: "P", startsAt: new Date(), endsAt: new Date() }] },
      },
      include: { events: true },
    });
  const project = await make("new-survey");
  const other = await make("new-survey-other");
  projectId = project.id;
  eventId = project.events[0]!.id;
  otherEventId = other.events[0]!.id;
});

describe("a new questionnaire", () => {
  it("comes from each template as a draft with a fresh join code and every question", async () => {
    for (const [id, template] of Object.entries(surveyTemplates)) {
      const result = await createSurveyFromForm(projectId, { template: id, language: "lv", eventId, phase: "BEFORE" });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      const survey = await prisma.survey.findUniqueOrThrow({ where: { id: result.surveyId }, include: { questions: true } });
      expect(survey).toMatchObject({ status: "DRAFT", eventId, phase: "BEFORE", languages: template.languages });
      expect(isWellFormedJoinCode(survey.joinCode)).toBe(true);
      expect(survey.questions.map((q) => q.key).sort()).toEqual(template.sections.flatMap((s) => s.questions.map((q) => q.key)).sort());
    }
  });

  it("refuses an unknown template or another project's event and writes nothing", async () => {
    const before = await prisma.survey.count({ where: { projectId } });
    expect(await createSurveyFromForm(projectId, { template: "nonsense", language: "lv" })).toMatchObject({ ok: false, errors: { template: "field.invalidChoice" } });
    // Nothing is preselected: without a choice the organiser is asked to make one.
    expect(await createSurveyFromForm(projectId, {})).toEqual({ ok: false, errors: { template: "survey.chooseStart", language: "survey.chooseLanguage" } });
    expect(await createSurveyFromForm(projectId, { template: "", language: "lv" })).toEqual({ ok: false, errors: { template: "survey.chooseStart" } });
    expect(await createSurveyFromForm(projectId, { template: "blank", language: "xx" })).toEqual({ ok: false, errors: { language: "field.invalidChoice" } });
    expect(await createSurveyFromForm(projectId, { template: "stereotypes", language: "lv", eventId: otherEventId })).toMatchObject({
      ok: false,
      errors: { eventId: "field.invalidChoice" },
    });
    expect(await createSurveyFromForm(projectId, { template: "stereotypes", language: "lv", phase: "DURING" })).toEqual({ ok: false, errors: { phase: "field.invalidChoice" } });
    expect(await prisma.survey.count({ where: { projectId } })).toBe(before);
  });

  it("duplicated as the 'after' questionnaire has the same questions, conditions included, and is paired", async () => {
    const created = await createSurveyFromForm(projectId, { template: "stereotypes", language: "lv", eventId });
    if (!created.ok) throw new Error("setup failed");
    const copied = await duplicateAsAfter(created.surveyId);
    expect(copied.ok).toBe(true);
    if (!copied.ok) return;
    const [before, after] = await Promise.all(
      [created.surveyId, copied.surveyId].map(async (id) => {
        const { joinCode } = await prisma.survey.findUniqueOrThrow({ where: { id } });
        return (await findSurveyByJoinCode(joinCode))!;
      }),
    );
    expect(before!).toMatchObject({ phase: "BEFORE", pairedSurveyId: after!.id });
    expect(after!).toMatchObject({ phase: "AFTER", pairedSurveyId: before!.id, status: "DRAFT", eventId });
    expect(after!.joinCode).not.toBe(before!.joinCode);
    expect(surveyAsTemplate(after!)).toEqual(surveyAsTemplate(before!));
    expect(await duplicateAsAfter(created.surveyId)).toEqual({ ok: false, error: "survey.alreadyPaired" });
  });

  it("can be previewed to the end without storing anything", async () => {
    const created = await createSurveyFromForm(projectId, { template: "eventFeedback", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const { joinCode } = await prisma.survey.findUniqueOrThrow({ where: { id: created.surveyId } });
    const survey = (await findSurveyByJoinCode(joinCode))!;
    const resident = toResidentSurvey(survey, "ru");
    const form = new FormData();
    for (const [name, value] of Object.entries({ surveyId: survey.id, idempotencyKey: crypto.randomUUID(), page: "0", intent: "submit" })) {
      form.set(name, value);
    }
    for (const question of resident.sections.flatMap((s) => s.questions)) {
      if (!question.required) continue;
      if (question.type === "RATING") form.set(`q.${question.key}`, "8");
      else form.set(`q.${question.key}`, question.options[0]!.value);
    }
    const responsesBefore = await prisma.response.count();
    // A draft cannot be answered for real, but its preview runs every check.
    expect(await answerStep(survey, resident, "ru", form, { preview: true })).toEqual({ kind: "done", surveyId: survey.id });
    expect((await answerStep(survey, resident, "ru", form)).kind).toBe("step");
    expect(await prisma.response.count()).toBe(responsesBefore);
  });
});

describe("a blank questionnaire", () => {
  it("starts with one empty page and cannot be opened until it has a question", async () => {
    const { openSurvey } = await import("~/survey/publish-survey.server");
    const { addQuestion } = await import("~/survey/builder.server");
    const created = await createSurveyFromForm(projectId, { template: "blank", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const survey = await prisma.survey.findUniqueOrThrow({ where: { id: created.surveyId }, include: { sections: true, questions: true } });
    expect(survey).toMatchObject({ status: "DRAFT", languages: ["lv"], defaultLanguage: "lv" });
    expect(survey.sections).toHaveLength(1);
    expect(survey.questions).toHaveLength(0);
    expect(await openSurvey(survey.id)).toEqual({ ok: false, gaps: [], error: "survey.noQuestions" });
    expect(await addQuestion(survey.id, { type: "SHORT_TEXT", section: "0", text: "Jūsu ieteikums?" })).toMatchObject({ ok: true });
    await prisma.survey.update({ where: { id: survey.id }, data: { languages: ["lv", "ru", "en"] } });
    // The title and the new question exist only in Latvian: opening lists the missing translations.
    const title = { address: "survey.title", place: { kind: "title" } };
    const page1 = { address: "section.0.title", place: { kind: "pageTitle", page: 1 } };
    const question1 = { address: "question.q1.text", place: { kind: "question", question: 1 } };
    expect(await openSurvey(survey.id)).toEqual({
      ok: false,
      gaps: [
        { ...title, language: "ru" },
        { ...title, language: "en" },
        { ...page1, language: "ru" },
        { ...page1, language: "en" },
        { ...question1, language: "ru" },
        { ...question1, language: "en" },
      ],
    });
    // A choice question without options could not be answered: it keeps the survey closed first.
    expect(await addQuestion(survey.id, { type: "MULTIPLE_CHOICE", section: "0", text: "Kā jūs atbraucāt?" })).toEqual({ ok: true, key: "q2" });
    expect(await openSurvey(survey.id)).toEqual({ ok: false, gaps: [], error: "survey.questionWithoutOptions", vars: { key: "q2" } });
    expect(await addQuestion(survey.id, { type: "LIKERT_MATRIX", section: "0", text: "Cik lielā mērā piekrītat?" })).toEqual({ ok: true, key: "q3" });
    await prisma.option.create({ data: { questionId: (await prisma.question.findFirstOrThrow({ where: { surveyId: survey.id, key: "q2" } })).id, value: "bus", position: 0, label: { lv: "Ar autobusu" } } });
    expect(await openSurvey(survey.id)).toEqual({ ok: false, gaps: [], error: "survey.questionWithoutStatements", vars: { key: "q3" } });
    expect((await prisma.survey.findUniqueOrThrow({ where: { id: survey.id } })).status).toBe("DRAFT");
  });
});

describe("the main language chosen at creation", () => {
  it("writes a blank questionnaire in it, also right to left, with no other language", async () => {
    for (const language of ["sv", "ar", "pl"] as const) {
      const created = await createSurveyFromForm(projectId, { template: "blank", language });
      if (!created.ok) throw new Error("setup failed");
      const survey = await prisma.survey.findUniqueOrThrow({ where: { id: created.surveyId }, include: { sections: true } });
      expect(survey).toMatchObject({ languages: [language], defaultLanguage: language });
      expect(Object.keys(survey.title as object)).toEqual([language]);
      expect(Object.keys(survey.sections[0]!.title as object)).toEqual([language]);
    }
    const arabic = await prisma.survey.findFirstOrThrow({ where: { projectId, defaultLanguage: "ar" } });
    expect(arabic.title).toEqual({ ar: "استبيان بلا عنوان" });
  });

  it("makes a template's language the main one, its other languages ready translations", async () => {
    const created = await createSurveyFromForm(projectId, { template: "civicEngagement", language: "en" });
    if (!created.ok) throw new Error("setup failed");
    const survey = await prisma.survey.findUniqueOrThrow({ where: { id: created.surveyId } });
    const template = surveyTemplates.civicEngagement;
    expect(survey.defaultLanguage).toBe("en");
    expect(survey.languages[0]).toBe("en");
    expect([...survey.languages].sort()).toEqual([...template.languages].sort());
    expect(survey.title).toEqual(template.title);
  });

  it("refuses a template in a language it is not written in, and writes nothing", async () => {
    const before = await prisma.survey.count({ where: { projectId } });
    expect(await createSurveyFromForm(projectId, { template: "stereotypes", language: "ar" })).toEqual({
      ok: false,
      errors: { language: "survey.templateNotInLanguage" },
    });
    expect(await prisma.survey.count({ where: { projectId } })).toBe(before);
  });
});
