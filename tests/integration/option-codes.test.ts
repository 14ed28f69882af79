import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { addQuestion } from "~/survey/builder.server";
import { createSurveyFromForm } from "~/survey/new-survey.server";
import { loadQuestion, saveQuestion } from "~/survey/question-editor.server";

// Options typed or pasted one per line, and their codes: made from the label, unique within
// the question, editable until the question's first answer (issue 10).

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;

beforeAll(async () => {
  projectId = (
    await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `codes-${suffix}`, name: { en: "C" }, startsOn: new Date(), endsOn: new Date() } })
  ).id;
});

/** A blank questionnaire with one new question of `type`; its key. */
async function newQuestion(type = "SINGLE_CHOICE") {
  const created = await createSurveyFromForm(projectId, { template: "blank", language: "lv" });
  if (!created.ok) throw new Error("setup failed");
  const added = await addQuestion(created.surveyId, { type, section: "0", text: "Kā jūs šodien atbraucāt?" });
  if (!added.ok || !added.key) throw new Error("setup failed");
  return { surveyId: created.surveyId, key: added.key };
}

/** The question form as the page sends it, with every field filled from what is stored. */
async function form(surveyId: string, key: string, extra: Record<string, string> = {}) {
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
  return { ...fields, ...extra };
}

async function options(surveyId: string, key: string) {
  const { question } = await loadQuestion(surveyId, key);
  return question.options.map((o) => ({ value: o.value, label: (o.label as Record<string, string>).lv, position: o.position }));
}

async function answer(surveyId: string, key: string, value: string) {
  const { question } = await loadQuestion(surveyId, key);
  const option = question.options.find((o) => o.value === value)!;
  await prisma.response.create({
    data: {
      surveyId,
      language: "lv",
      submittedHour: new Date(),
      idempotencyKey: crypto.randomUUID(),
      answersHash: "x",
      answers: { create: [{ questionId: question.id, optionId: option.id }] },
    },
  });
}

describe("options pasted as lines", () => {
  it("become options in order, with readable codes made from their labels, unique within the question", async () => {
    const { surveyId, key } = await newQuestion();
    expect(await options(surveyId, key)).toEqual([]);
    const pasted = "  Ar autobusu \r\n\r\nKājām\nНа такси\nŠķērsielas stāvvieta\nمشيا\nAr autobusu, nakts reisu\n";
    expect(await saveQuestion(await loadQuestion(surveyId, key), await form(surveyId, key, { newOptions: pasted }))).toEqual({ ok: true });
    expect(await options(surveyId, key)).toEqual([
      { value: "ar_autobusu", label: "Ar autobusu", position: 0 },
      { value: "kajam", label: "Kājām", position: 1 },
      { value: "na_taksi", label: "На такси", position: 2 },
      { value: "skersielas_stavvieta", label: "Šķērsielas stāvvieta", position: 3 },
      // Nothing with a Latin spelling: the option's place names it.
      { value: "option_5", label: "مشيا", position: 4 },
      { value: "ar_autobusu_nakts_reisu", label: "Ar autobusu, nakts reisu", position: 5 },
    ]);

    // More lines later: a code already taken gets a number.
    const more = await form(surveyId, key, { newOptions: "Ar autobusu!\nCits" });
    expect(await saveQuestion(await loadQuestion(surveyId, key), more)).toEqual({ ok: true });
    expect((await options(surveyId, key)).slice(-2)).toEqual([
      { value: "ar_autobusu_2", label: "Ar autobusu!", position: 6 },
      { value: "cits", label: "Cits", position: 7 },
    ]);
  });

  it("refuses an option the question already has, or a line too long, and writes nothing", async () => {
    const { surveyId, key } = await newQuestion("MULTIPLE_CHOICE");
    await saveQuestion(await loadQuestion(surveyId, key), await form(surveyId, key, { newOptions: "Jā\nNē" }));
    const before = await options(surveyId, key);
    const again = await form(surveyId, key, { text_lv: "Changed too", newOptions: "Varbūt\njā" });
    expect(await saveQuestion(await loadQuestion(surveyId, key), again)).toEqual({
      ok: false,
      error: "builder.duplicateOption",
      field: "newOptions",
      vars: { label: "jā" },
    });
    const twice = await form(surveyId, key, { newOptions: "Varbūt\nvarbūt" });
    expect(await saveQuestion(await loadQuestion(surveyId, key), twice)).toMatchObject({ ok: false, error: "builder.duplicateOption" });
    const long = await form(surveyId, key, { newOptions: "x".repeat(501) });
    expect(await saveQuestion(await loadQuestion(surveyId, key), long)).toMatchObject({ ok: false, error: "builder.optionTooLong" });
    const many = await form(surveyId, key, { newOptions: Array.from({ length: 101 }, (_, i) => `Nr. ${i}`).join("\n") });
    expect(await saveQuestion(await loadQuestion(surveyId, key), many)).toMatchObject({ ok: false, error: "builder.tooManyLines" });
    expect(await options(surveyId, key)).toEqual(before);
    expect((await loadQuestion(surveyId, key)).question.text).toEqual({ lv: "Kā jūs šodien atbraucāt?" });
  });

  it("go before “Other” and “Don't know”, which stay last", async () => {
    const created = await createSurveyFromForm(projectId, { template: "eventFeedback", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const { question } = await loadQuestion(created.surveyId, "learned");
    expect(question.options.at(-1)).toMatchObject({ value: "other", isOther: true });
    const fields = await form(created.surveyId, "learned", { newOptions: "Jaunas paziņas" });
    expect(await saveQuestion(await loadQuestion(created.surveyId, "learned"), fields)).toEqual({ ok: true });
    const after = await options(created.surveyId, "learned");
    expect(after.map((o) => o.value).slice(-2)).toEqual(["jaunas_pazinas", "other"]);
    expect(after.map((o) => o.position)).toEqual(after.map((_, index) => index));
  });
});

describe("option codes", () => {
  it("can be changed by the organiser: small Latin letters, digits and _, unique, not empty", async () => {
    const { surveyId, key } = await newQuestion();
    await saveQuestion(await loadQuestion(surveyId, key), await form(surveyId, key, { newOptions: "Autobuss\nTramvajs\nKājām" }));
    const base = await form(surveyId, key);
    for (const [code, error] of [
      ["Bus", "builder.codeInvalid"],
      ["bus stop", "builder.codeInvalid"],
      ["", "builder.codeInvalid"],
      ["b".repeat(41), "builder.codeInvalid"],
      ["autobuss_ī", "builder.codeInvalid"],
      ["tramvajs", "builder.codeTaken"],
    ]) {
      const result = await saveQuestion(await loadQuestion(surveyId, key), { ...base, code_autobuss: code! });
      expect(result, code).toMatchObject({ ok: false, error, field: "code_autobuss" });
    }
    expect((await options(surveyId, key)).map((o) => o.value)).toEqual(["autobuss", "tramvajs", "kajam"]);

    // Two codes may trade places in one save.
    const swapped = { ...base, code_autobuss: "bus", code_tramvajs: "kajam", code_kajam: "tramvajs" };
    expect(await saveQuestion(await loadQuestion(surveyId, key), swapped)).toEqual({ ok: true });
    expect((await options(surveyId, key)).map((o) => `${o.value}=${o.label}`)).toEqual(["bus=Autobuss", "kajam=Tramvajs", "tramvajs=Kājām"]);
  });

  it("follow a relabelled option unless chosen by hand", async () => {
    const { surveyId, key } = await newQuestion();
    await saveQuestion(await loadQuestion(surveyId, key), await form(surveyId, key, { newOptions: "Autobuss\nTramvajs" }));
    await saveQuestion(await loadQuestion(surveyId, key), await form(surveyId, key, { code_tramvajs: "tram" }));
    const relabelled = await form(surveyId, key, { option_autobuss_lv: "Autobusa pietura", option_tram_lv: "Tramvaja pietura" });
    expect(await saveQuestion(await loadQuestion(surveyId, key), relabelled)).toEqual({ ok: true });
    expect((await options(surveyId, key)).map((o) => `${o.value}=${o.label}`)).toEqual(["autobusa_pietura=Autobusa pietura", "tram=Tramvaja pietura"]);
  });

  it("stay once the question has an answer: a changed code is refused with the reason, labels still change", async () => {
    const { surveyId, key } = await newQuestion();
    await saveQuestion(await loadQuestion(surveyId, key), await form(surveyId, key, { newOptions: "Autobuss\nTramvajs" }));
    const openedBeforeTheAnswer = await form(surveyId, key, { code_autobuss: "bus" });
    await answer(surveyId, key, "autobuss");
    expect(await saveQuestion(await loadQuestion(surveyId, key), openedBeforeTheAnswer)).toEqual({
      ok: false,
      error: "builder.codesLocked",
      field: "code_autobuss",
    });
    // A new label keeps the code the answers are stored with.
    const relabelled = await form(surveyId, key, { option_autobuss_lv: "Ar autobusu" });
    expect(await saveQuestion(await loadQuestion(surveyId, key), relabelled)).toEqual({ ok: true });
    expect((await options(surveyId, key)).map((o) => `${o.value}=${o.label}`)).toEqual(["autobuss=Ar autobusu", "tramvajs=Tramvajs"]);
  });

  it("of the templates and scales stay as they were", async () => {
    const created = await createSurveyFromForm(projectId, { template: "stereotypes", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const age = await loadQuestion(created.surveyId, "age_band");
    expect(age.question.options.map((o) => o.value)).toContain("25_34");
    expect(await saveQuestion(age, await form(created.surveyId, "age_band"))).toEqual({ ok: true });
    expect((await loadQuestion(created.surveyId, "age_band")).question.options.map((o) => o.value)).toEqual(age.question.options.map((o) => o.value));

    const { surveyId, key } = await newQuestion("LIKERT");
    const scale = (await options(surveyId, key)).map((o) => o.value);
    expect(scale).toEqual(["1", "2", "3", "4", "5", "dk"]);
    const renamed = await form(surveyId, key, { code_1: "low", option_1_lv: "Nemaz nepiekrītu", newOptions: "Sestais" });
    expect(await saveQuestion(await loadQuestion(surveyId, key), renamed)).toEqual({ ok: true });
    expect((await options(surveyId, key)).map((o) => o.value)).toEqual(scale);
  });
});
