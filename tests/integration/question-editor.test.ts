import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { createSurveyFromForm, duplicateAsAfter } from "~/survey/new-survey.server";
import { changeQuestionType, deleteChoice, loadQuestion, saveQuestion } from "~/survey/question-editor.server";

const suffix = Math.random().toString(36).slice(2, 8);
let surveyId: string;

beforeAll(async () => {
  const project = await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `qe-${suffix}`, name: { en: "Q" }, startsOn: new Date(), endsOn: new Date() } });
  const created = await createSurveyFromForm(project.id, { template: "stereotypes", language: "lv" });
  if (!created.ok) throw new Error("setup failed");
  surveyId = created.surveyId;
});

/** The form as the page sends it: every field filled from what is stored. */
async function currentForm(key: string) {
  const { survey, question } = await loadQuestion(surveyId, key);
  const fields: Record<string, string> = {};
  const put = (prefix: string, value: unknown) => {
    for (const lang of survey.languages) fields[`${prefix}_${lang}`] = ((value ?? {}) as Record<string, string>)[lang] ?? "";
  };
  put("text", question.text);
  put("help", question.help);
  for (const o of question.options) {
    put(`option_${o.value}`, o.label);
    fields[`code_${o.value}`] = o.value;
  }
  for (const s of question.statements) put(`statement_${s.key}`, s.text);
  const settings = question.settings as Record<string, unknown>;
  if (question.type === "RATING") {
    put("lowLabel", settings.lowLabel);
    put("highLabel", settings.highLabel);
  }
  if (question.type === "NUMBER") Object.assign(fields, { min: String(settings.min ?? ""), max: String(settings.max ?? "") });
  if (question.required) fields.required = "on";
  if (question.demographic) fields.demographic = "on";
  if (question.indicator) fields.indicator = "on";
  for (const s of question.statements) if (s.indicator) fields[`indicator_${s.key}`] = "on";
  return fields;
}

describe("editing a question", () => {
  it("saves wording, required, range and a condition", async () => {
    const fields = await currentForm("household_size");
    const saved = await saveQuestion(await loadQuestion(surveyId, "household_size"), {
      ...fields,
      text_ru: "Сколько человек в вашей семье?",
      required: "on",
      min: "1",
      max: "12",
      condition: "first_language=ru",
    });
    expect(saved).toEqual({ ok: true });
    const { question } = await loadQuestion(surveyId, "household_size");
    expect(question).toMatchObject({ required: true, settings: { min: 1, max: 12 } });
    expect((question.text as Record<string, string>).ru).toBe("Сколько человек в вашей семье?");
    expect(question.conditionQuestion?.key).toBe("first_language");
    expect(question.conditionOption?.value).toBe("ru");
  });

  it("refuses bad input and changes nothing", async () => {
    const loaded = await loadQuestion(surveyId, "household_size");
    const fields = await currentForm("household_size");
    expect(await saveQuestion(loaded, { ...fields, text_lv: "" })).toMatchObject({ ok: false, error: "field.required" });
    expect(await saveQuestion(loaded, { ...fields, min: "10", max: "2" })).toMatchObject({ ok: false, error: "builder.minAboveMax" });
    expect(await saveQuestion(loaded, { ...fields, min: "many" })).toMatchObject({ ok: false, error: "field.notANumber" });
    expect(await saveQuestion(loaded, { ...fields, text_en: "x".repeat(1001) })).toMatchObject({ ok: false, error: "builder.tooLong" });
    // A condition can only point to an earlier choice question.
    expect(await saveQuestion(loaded, { ...fields, condition: "message_to_city=x" })).toMatchObject({ ok: false, error: "field.invalidChoice" });
    expect(await saveQuestion(loaded, { ...fields, condition: "influence=5" })).toMatchObject({ ok: false, error: "field.invalidChoice" });
    const after = await loadQuestion(surveyId, "household_size");
    expect(after.question.text).toEqual(loaded.question.text);
    expect(after.question.settings).toEqual(loaded.question.settings);
  });

  it("adds and deletes options and statements, never one with answers or a condition on it", async () => {
    expect(await saveQuestion(await loadQuestion(surveyId, "gender"), { ...(await currentForm("gender")), newOptions: "Nebinārs" })).toEqual({ ok: true });
    const withNew = await loadQuestion(surveyId, "gender");
    const added = withNew.question.options.at(-1)!;
    expect(added).toMatchObject({ value: "nebinars", label: { lv: "Nebinārs" } });
    expect(await deleteChoice(withNew, "option", added.id)).toEqual({ ok: true });

    // "language" of barriers is what barriers_language_detail depends on.
    const barriers = await loadQuestion(surveyId, "barriers");
    const language = barriers.question.options.find((o) => o.value === "language")!;
    expect(await deleteChoice(barriers, "option", language.id)).toEqual({
      ok: false,
      error: "builder.hasDependants",
    });
    const gender = await loadQuestion(surveyId, "gender");
    const woman = gender.question.options.find((o) => o.value === "woman")!;
    await prisma.response.create({
      data: {
        surveyId,
        language: "lv",
        submittedHour: new Date(),
        idempotencyKey: crypto.randomUUID(),
        answersHash: "x",
        answers: { create: [{ questionId: gender.question.id, optionId: woman.id }] },
      },
    });
    expect(await deleteChoice(await loadQuestion(surveyId, "gender"), "option", woman.id)).toEqual({ ok: false, error: "builder.hasAnswers" });
    expect(await deleteChoice(await loadQuestion(surveyId, "gender"), "option", "woman")).toEqual({ ok: false, error: "builder.unknownQuestion" });

    const matrix = await loadQuestion(surveyId, "stereotypes");
    expect(await saveQuestion(matrix, { ...(await currentForm("stereotypes")), newStatements: "Jauns apgalvojums\nVēl viens" })).toEqual({ ok: true });
    const statements = (await loadQuestion(surveyId, "stereotypes")).question.statements;
    expect(statements.slice(-2).map((s) => [s.key, s.text])).toEqual([
      [`s${matrix.question.statements.length + 1}`, { lv: "Jauns apgalvojums" }],
      [`s${matrix.question.statements.length + 2}`, { lv: "Vēl viens" }],
    ]);
    // A rating has no options: lines sent for it add nothing.
    expect(await saveQuestion(await loadQuestion(surveyId, "influence"), { ...(await currentForm("influence")), newOptions: "x" })).toEqual({ ok: true });
    expect((await loadQuestion(surveyId, "influence")).question.options).toHaveLength(0);
    const loadedMissing = await loadQuestion(surveyId, "nope").catch((error: unknown) => error);
    expect((loadedMissing as Response).status).toBe(404);
  });

  it("marks a scale question and a matrix's statements as attitude indicators, and unmarks them", async () => {
    const marked = (key: string) => loadQuestion(surveyId, key).then(({ question }) => question);
    expect(await saveQuestion(await loadQuestion(surveyId, "eu_belonging"), { ...(await currentForm("eu_belonging")), indicator: "on" })).toEqual({ ok: true });
    expect((await marked("eu_belonging")).indicator).toBe(true);
    const matrix = await currentForm("stereotypes");
    expect(await saveQuestion(await loadQuestion(surveyId, "stereotypes"), { ...matrix, indicator_newcomers_jobs: "on", indicator_older_burden: "on", indicator: "on" })).toEqual({
      ok: true,
    });
    const stereotypes = await marked("stereotypes");
    expect(stereotypes.statements.filter((s) => s.indicator).map((s) => s.key)).toEqual(["newcomers_jobs", "older_burden"]);
    // A matrix is marked statement by statement, and a question of another type never.
    expect(stereotypes.indicator).toBe(false);
    expect(await saveQuestion(await loadQuestion(surveyId, "gender"), { ...(await currentForm("gender")), indicator: "on" })).toEqual({ ok: true });
    expect((await marked("gender")).indicator).toBe(false);
    // Marks go with the questionnaire into its "after" copy, where the pair is compared.
    const copy = await duplicateAsAfter(surveyId);
    if (!copy.ok) throw new Error(copy.error);
    const after = (await findSurveyById(copy.surveyId)).sections.flatMap((s) => s.questions);
    expect(after.find((q) => q.key === "eu_belonging")!.indicator).toBe(true);
    expect(after.find((q) => q.key === "stereotypes")!.statements.filter((s) => s.indicator).map((s) => s.key)).toEqual(["newcomers_jobs", "older_burden"]);
    // Unticked, unmarked.
    const { indicator_older_burden: _dropped, ...unticked } = await currentForm("stereotypes");
    expect(await saveQuestion(await loadQuestion(surveyId, "stereotypes"), unticked)).toEqual({ ok: true });
    expect((await marked("stereotypes")).statements.filter((s) => s.indicator).map((s) => s.key)).toEqual(["newcomers_jobs"]);
    const { indicator: _off, ...plain } = await currentForm("eu_belonging");
    expect(await saveQuestion(await loadQuestion(surveyId, "eu_belonging"), plain)).toEqual({ ok: true });
    expect((await marked("eu_belonging")).indicator).toBe(false);
  });

  it("keeps an indicator through a change between a scale question and a matrix", async () => {
    const project = await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `qe-type-${suffix}`, name: { en: "Q" }, startsOn: new Date(), endsOn: new Date() } });
    const created = await createSurveyFromForm(project.id, { template: "stereotypes", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const question = async () => (await loadQuestion(created.surveyId, "eu_belonging")).question;
    await prisma.question.update({ where: { id: (await question()).id }, data: { indicator: true } });
    expect(await changeQuestionType(await loadQuestion(created.surveyId, "eu_belonging"), { type: "LIKERT_MATRIX" })).toEqual({ ok: true });
    expect((await question()).indicator).toBe(false);
    expect((await question()).statements.map((s) => [s.key, s.indicator])).toEqual([["s1", true]]);
    expect(await changeQuestionType(await loadQuestion(created.surveyId, "eu_belonging"), { type: "LIKERT" })).toEqual({ ok: true });
    expect((await question()).indicator).toBe(true);
  });
});
