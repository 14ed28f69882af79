import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { residentLanguages } from "~/i18n/languages";
import { agreementScale } from "~/survey/agreement-scale";
import { addQuestion, addSection, deleteQuestion, deleteSection, moveQuestion } from "~/survey/builder.server";
import { createSurveyFromForm } from "~/survey/new-survey.server";
import { changeQuestionType, loadQuestion } from "~/survey/question-editor.server";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;

async function draft(template = "eventFeedback") {
  const created = await createSurveyFromForm(projectId, { template, language: "lv" });
  if (!created.ok) throw new Error("setup failed");
  return created.surveyId;
}

/** Question keys page by page, in reading order. */
async function layout(surveyId: string) {
  const sections = await prisma.section.findMany({
    where: { surveyId },
    orderBy: { position: "asc" },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  return sections.map((s) => s.questions.map((q) => q.key));
}

beforeAll(async () => {
  projectId = (
    await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `builder-${suffix}`, name: { en: "B" }, startsOn: new Date(), endsOn: new Date() } })
  ).id;
});

describe("the questionnaire builder", () => {
  it("adds questions of every type at the end of a page: a scale with its points, choices and statements empty", async () => {
    const surveyId = await draft();
    const before = await layout(surveyId);
    for (const type of ["SINGLE_CHOICE", "LIKERT_MATRIX", "NUMBER", "LONG_TEXT"]) {
      expect(await addQuestion(surveyId, { type, section: "0", text: `Jauns ${type}` })).toMatchObject({ ok: true });
    }
    const after = await layout(surveyId);
    expect(after[0]!.slice(0, before[0]!.length)).toEqual(before[0]);
    expect(after[0]!.length).toBe(before[0]!.length + 4);
    const added = await prisma.question.findMany({
      where: { surveyId, key: { in: after[0]!.slice(-4) } },
      include: { options: true, statements: true },
    });
    const byType = Object.fromEntries(added.map((q) => [q.type, q]));
    expect(byType.SINGLE_CHOICE!.options).toEqual([]);
    expect(byType.LIKERT_MATRIX!.options).toHaveLength(6);
    expect(byType.LIKERT_MATRIX!.statements).toEqual([]);
    expect(byType.NUMBER!.settings).toEqual({ min: 0, max: 100 });
    expect(byType.LONG_TEXT!.text).toEqual({ lv: "Jauns LONG_TEXT" });
  });

  it("refuses bad input and writes nothing", async () => {
    const surveyId = await draft();
    const before = await prisma.question.count({ where: { surveyId } });
    expect(await addQuestion(surveyId, { type: "POEM", section: "0", text: "x" })).toEqual({ ok: false, error: "field.invalidChoice" });
    expect(await addQuestion(surveyId, { type: "NUMBER", section: "9", text: "x" })).toEqual({ ok: false, error: "field.invalidChoice" });
    expect(await addQuestion(surveyId, { type: "NUMBER", section: "0", text: "   " })).toEqual({ ok: false, error: "builder.questionTextRequired" });
    expect(await addQuestion(surveyId, { type: "NUMBER", section: "0", text: "x".repeat(1001) })).toEqual({ ok: false, error: "builder.tooLong" });
    expect(await addQuestion(surveyId, {})).toMatchObject({ ok: false });
    expect(await prisma.question.count({ where: { surveyId } })).toBe(before);
  });

  it("refuses a second click on Add: the same text as the page's last question", async () => {
    const surveyId = await draft();
    const before = await prisma.question.count({ where: { surveyId } });
    const added = await addQuestion(surveyId, { type: "SHORT_TEXT", section: "0", text: "Kas jums patika visvairāk?" });
    expect(added).toMatchObject({ ok: true });
    for (const text of ["Kas jums patika visvairāk?", "  kas jums  patika visvairāk? "]) {
      expect(await addQuestion(surveyId, { type: "SHORT_TEXT", section: "0", text })).toEqual({
        ok: false,
        error: "builder.sameAsLast",
        vars: { key: (added as { key: string }).key },
      });
    }
    expect(await prisma.question.count({ where: { surveyId } })).toBe(before + 1);
    // Asked again after another question, or on another page, it is a question of its own.
    await addSection(surveyId, { title: "Vēl" });
    const pages = await prisma.section.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
    expect(await addQuestion(surveyId, { type: "SHORT_TEXT", section: String(pages.at(-1)!.position), text: "Kas jums patika visvairāk?" })).toMatchObject({ ok: true });
    expect(await addSection(surveyId, { title: " " })).toEqual({ ok: false, error: "builder.pageTitleRequired" });
  });

  it("moves questions within a page and across pages, never above the question they depend on", async () => {
    const surveyId = await draft("stereotypes");
    const before = await layout(surveyId);
    const first = before[0]!;
    expect(await moveQuestion(surveyId, first[1]!, "up")).toEqual({ ok: true });
    expect((await layout(surveyId))[0]!.slice(0, 2)).toEqual([first[1], first[0]]);
    // The first question of page 2 moves up to the end of page 1.
    const secondPageFirst = before[1]![0]!;
    expect(await moveQuestion(surveyId, secondPageFirst, "up")).toEqual({ ok: true });
    const moved = await layout(surveyId);
    expect(moved[0]!.at(-1)).toBe(secondPageFirst);
    expect(moved[1]).not.toContain(secondPageFirst);
    // barriers_language_detail depends on barriers, right above it.
    expect(await moveQuestion(surveyId, "barriers_language_detail", "up")).toEqual({ ok: false, error: "builder.conditionOrder" });
    expect(await moveQuestion(surveyId, "barriers", "down")).toEqual({ ok: false, error: "builder.conditionOrder" });
    expect(await moveQuestion(surveyId, "no_such_key", "up")).toEqual({ ok: false, error: "builder.unknownQuestion" });
  });

  it("deletes a question only without answers and dependants; pages only when empty", async () => {
    const surveyId = await draft("stereotypes");
    expect(await deleteQuestion(surveyId, "barriers")).toEqual({ ok: false, error: "builder.hasDependants" });
    const question = await prisma.question.findFirstOrThrow({ where: { surveyId, key: "household_size" } });
    const response = await prisma.response.create({
      data: {
        surveyId,
        language: "lv",
        submittedHour: new Date(),
        idempotencyKey: crypto.randomUUID(),
        answersHash: "x",
        answers: { create: [{ questionId: question.id, number: 3 }] },
      },
    });
    expect(await deleteQuestion(surveyId, "household_size")).toEqual({ ok: false, error: "builder.hasAnswers" });
    expect(await prisma.question.count({ where: { id: question.id } })).toBe(1);
    await prisma.response.delete({ where: { id: response.id } });
    expect(await deleteQuestion(surveyId, "household_size")).toEqual({ ok: true });
    expect(await prisma.question.count({ where: { id: question.id } })).toBe(0);

    expect(await addSection(surveyId, { title: "Papildu" })).toEqual({ ok: true });
    const pages = await prisma.section.findMany({ where: { surveyId }, orderBy: { position: "asc" } });
    expect(await deleteSection(surveyId, pages[0]!.position)).toEqual({ ok: false, error: "builder.sectionNotEmpty" });
    expect(await deleteSection(surveyId, pages.at(-1)!.position)).toEqual({ ok: true });
    expect(await prisma.section.count({ where: { surveyId } })).toBe(pages.length - 1);
  });

  it("starts a scale with the agreement scale in the questionnaire's own language, whichever of the 28 it is", async () => {
    for (const language of residentLanguages) {
      const created = await createSurveyFromForm(projectId, { template: "blank", language });
      if (!created.ok) throw new Error(`setup failed: ${language}`);
      expect(await addQuestion(created.surveyId, { type: "LIKERT", section: "0", text: "?" })).toEqual({ ok: true, key: "q1" });
      const { options } = await prisma.question.findFirstOrThrow({
        where: { surveyId: created.surveyId, key: "q1" },
        include: { options: { orderBy: { position: "asc" } } },
      });
      expect(
        options.map((o) => ({ value: o.value, isDontKnow: o.isDontKnow, label: o.label })),
        language,
      ).toEqual(agreementScale(5, true).map((o) => ({ value: o.value, isDontKnow: Boolean(o.isDontKnow), label: { [language]: o.label[language] } })));
    }
  });

  it("gives a Polish and an Arabic questionnaire's scales, matrices and 7-point scales labels in Polish and Arabic", async () => {
    const cases = [
      {
        language: "pl" as const,
        texts: ["Miasto słucha mieszkańców.", "Na ile zgadza się Pan/Pani z poniższymi zdaniami?"],
        labels: ["Zdecydowanie się nie zgadzam", "Nie zgadzam się", "Ani się zgadzam, ani się nie zgadzam", "Zgadzam się", "Zdecydowanie się zgadzam", "Trudno powiedzieć"],
      },
      {
        language: "ar" as const,
        texts: ["المدينة تستمع إلى سكانها.", "إلى أي حد توافق على العبارات التالية؟"],
        labels: ["لا أوافق بشدة", "لا أوافق", "لا أوافق ولا أعارض", "أوافق", "أوافق بشدة", "لا أعرف"],
      },
    ];
    for (const { language, texts, labels } of cases) {
      const created = await createSurveyFromForm(projectId, { template: "blank", language });
      if (!created.ok) throw new Error(`setup failed: ${language}`);
      const { surveyId } = created;
      await addQuestion(surveyId, { type: "LIKERT", section: "0", text: texts[0] });
      await addQuestion(surveyId, { type: "LIKERT_MATRIX", section: "0", text: texts[1] });
      const options = async (key: string) =>
        (await prisma.option.findMany({ where: { question: { surveyId, key } }, orderBy: { position: "asc" } })).map((o) => o.label);
      for (const key of ["q1", "q2"]) expect(await options(key), `${language} ${key}`).toEqual(labels.map((label) => ({ [language]: label })));
      // Seven points: the same language, its "somewhat" steps added.
      expect(await changeQuestionType(await loadQuestion(surveyId, "q1"), { type: "LIKERT", points: "7" })).toEqual({ ok: true });
      expect(await options("q1"), language).toEqual(agreementScale(7, true).map((o) => ({ [language]: o.label[language] })));
    }
  });
});
