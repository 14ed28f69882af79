import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { moveQuestionTo } from "~/survey/builder.server";
import { createSurveyFromForm } from "~/survey/new-survey.server";
import { changeQuestionType, compatibleTypes, loadQuestion } from "~/survey/question-editor.server";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;

async function draft(template = "stereotypes") {
  const created = await createSurveyFromForm(projectId, { template, language: "lv" });
  if (!created.ok) throw new Error("setup failed");
  return created.surveyId;
}

async function answer(surveyId: string, key: string) {
  const question = await prisma.question.findFirstOrThrow({ where: { surveyId, key }, include: { options: true } });
  await prisma.response.create({
    data: {
      surveyId,
      language: "lv",
      submittedHour: new Date(),
      idempotencyKey: crypto.randomUUID(),
      answersHash: "x",
      answers: { create: [{ questionId: question.id, optionId: question.options[0]?.id ?? null, number: question.options.length ? null : 3 }] },
    },
  });
}

const stored = (surveyId: string, key: string) =>
  prisma.question.findFirstOrThrow({
    where: { surveyId, key },
    include: { options: { orderBy: { position: "asc" } }, statements: { orderBy: { position: "asc" } } },
  });

beforeAll(async () => {
  projectId = (
    await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `qt-${suffix}`, name: { en: "T" }, startsOn: new Date(), endsOn: new Date() } })
  ).id;
});

describe("changing a question's type or scale", () => {
  it("offers only compatible types", () => {
    expect(compatibleTypes("SINGLE_CHOICE")).toEqual(["SINGLE_CHOICE", "MULTIPLE_CHOICE"]);
    expect(compatibleTypes("LIKERT_MATRIX")).toEqual(["LIKERT_MATRIX", "LIKERT"]);
    expect(compatibleTypes("RATING")).toEqual(["RATING", "NUMBER"]);
    expect(compatibleTypes("LONG_TEXT")).toEqual(["LONG_TEXT", "SHORT_TEXT"]);
  });

  it("changes the type among compatible ones while nobody has answered", async () => {
    const surveyId = await draft();
    expect(await changeQuestionType(await loadQuestion(surveyId, "gender"), { type: "MULTIPLE_CHOICE" })).toEqual({ ok: true });
    const gender = await stored(surveyId, "gender");
    expect(gender.type).toBe("MULTIPLE_CHOICE");
    expect(gender.options.length).toBeGreaterThan(1);

    expect(await changeQuestionType(await loadQuestion(surveyId, "message_to_city"), { type: "SHORT_TEXT" })).toEqual({ ok: true });
    expect((await stored(surveyId, "message_to_city")).type).toBe("SHORT_TEXT");

    expect(await changeQuestionType(await loadQuestion(surveyId, "influence"), { type: "NUMBER" })).toEqual({ ok: true });
    expect((await stored(surveyId, "influence")).settings).toEqual({ min: 0, max: 10 });

    // An agreement scale becomes a matrix with the question as its first statement, then 7 points.
    expect(await changeQuestionType(await loadQuestion(surveyId, "eu_belonging"), { type: "LIKERT_MATRIX", points: "7" })).toEqual({ ok: true });
    const matrix = await stored(surveyId, "eu_belonging");
    expect(matrix.type).toBe("LIKERT_MATRIX");
    expect(matrix.statements.map((s) => s.text)).toEqual([matrix.text]);
    expect(matrix.options.filter((o) => !o.isDontKnow).map((o) => o.value)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect((matrix.options[6]!.label as Record<string, string>).en).toBe("Strongly agree");

    // Back to 5 points on the matrix of the template, its statements kept.
    const before = await stored(surveyId, "stereotypes");
    expect(await changeQuestionType(await loadQuestion(surveyId, "stereotypes"), { type: "LIKERT_MATRIX", points: "5" })).toEqual({ ok: true });
    expect((await stored(surveyId, "stereotypes")).statements).toHaveLength(before.statements.length);
  });

  it("refuses other types, odd scales and bad input, changing nothing", async () => {
    const surveyId = await draft();
    const before = await stored(surveyId, "gender");
    expect(await changeQuestionType(await loadQuestion(surveyId, "gender"), { type: "NUMBER" })).toMatchObject({ ok: false, error: "builder.typeIncompatible" });
    expect(await changeQuestionType(await loadQuestion(surveyId, "gender"), { type: "POEM" })).toMatchObject({ ok: false, error: "field.invalidChoice" });
    expect(await changeQuestionType(await loadQuestion(surveyId, "gender"), {})).toMatchObject({ ok: false, error: "field.invalidChoice" });
    expect(await changeQuestionType(await loadQuestion(surveyId, "eu_belonging"), { type: "LIKERT", points: "6" })).toMatchObject({
      ok: false,
      error: "field.invalidChoice",
      field: "points",
    });
    expect(await changeQuestionType(await loadQuestion(surveyId, "eu_belonging"), { type: "LIKERT", points: "many" })).toMatchObject({ ok: false });
    // barriers_language_detail is shown depending on an option of barriers.
    expect(await changeQuestionType(await loadQuestion(surveyId, "barriers"), { type: "SINGLE_CHOICE" })).toEqual({ ok: true });
    expect(await stored(surveyId, "gender")).toEqual(before);
  });

  it("is refused with the suggestion to close and duplicate once the question has answers", async () => {
    const surveyId = await draft();
    await answer(surveyId, "eu_belonging");
    const before = await stored(surveyId, "eu_belonging");
    expect(await changeQuestionType(await loadQuestion(surveyId, "eu_belonging"), { type: "LIKERT", points: "7" })).toEqual({
      ok: false,
      error: "builder.typeHasAnswers",
      field: "type",
    });
    expect(await changeQuestionType(await loadQuestion(surveyId, "eu_belonging"), { type: "LIKERT_MATRIX" })).toMatchObject({
      ok: false,
      error: "builder.typeHasAnswers",
    });
    expect(await stored(surveyId, "eu_belonging")).toEqual(before);
    // Questions nobody answered yet can still change.
    expect(await changeQuestionType(await loadQuestion(surveyId, "gender"), { type: "MULTIPLE_CHOICE" })).toEqual({ ok: true });
  });
});

describe("moving a question to a place (dragging in the builder)", () => {
  async function order(surveyId: string) {
    const questions = await prisma.question.findMany({ where: { surveyId }, orderBy: [{ section: { position: "asc" } }, { position: "asc" }], include: { section: true } });
    return questions.map((q) => `${q.section.position}:${q.key}`);
  }

  it("takes the place of the question there, on its page", async () => {
    const surveyId = await draft();
    const before = await order(surveyId);
    const keys = before.map((entry) => entry.split(":")[1]!);
    // The first question moves to the third place.
    expect(await moveQuestionTo(surveyId, { key: keys[0], position: "2" })).toEqual({ ok: true });
    expect((await order(surveyId)).map((e) => e.split(":")[1]).slice(0, 3)).toEqual([keys[1], keys[2], keys[0]]);
    // The last question moves to the very first place, onto page 1.
    const last = keys.at(-1)!;
    expect(await moveQuestionTo(surveyId, { key: last, position: "0" })).toEqual({ ok: true });
    expect((await order(surveyId))[0]).toBe(`0:${last}`);
    expect(await prisma.question.count({ where: { surveyId } })).toBe(keys.length);
  });

  it("refuses a place out of range, an unknown question and breaking a condition", async () => {
    const surveyId = await draft();
    const before = await order(surveyId);
    const barriers = before.findIndex((e) => e.endsWith(":barriers"));
    expect(await moveQuestionTo(surveyId, { key: "barriers_language_detail", position: String(barriers) })).toEqual({
      ok: false,
      error: "builder.conditionOrder",
    });
    expect(await moveQuestionTo(surveyId, { key: "gender", position: "999" })).toEqual({ ok: false, error: "field.invalidChoice" });
    expect(await moveQuestionTo(surveyId, { key: "gender", position: "-1" })).toEqual({ ok: false, error: "field.invalidChoice" });
    expect(await moveQuestionTo(surveyId, { key: "gender", position: "first" })).toEqual({ ok: false, error: "field.invalidChoice" });
    expect(await moveQuestionTo(surveyId, { key: "nope", position: "0" })).toEqual({ ok: false, error: "builder.unknownQuestion" });
    expect(await order(surveyId)).toEqual(before);
  });
});
