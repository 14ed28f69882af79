import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { createSurveyFromForm } from "~/survey/new-survey.server";
import { loadQuestion, saveQuestion } from "~/survey/question-editor.server";
import { saveSurveyWording } from "~/survey/survey-wording.server";
import { saveTranslations } from "~/survey/translations.server";
import { listWordingEdits } from "~/survey/wording-edits.server";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;

async function draft() {
  const created = await createSurveyFromForm(projectId, { template: "eventFeedback", language: "lv" });
  if (!created.ok) throw new Error("setup failed");
  return created.surveyId;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

async function respond(surveyId: string) {
  await prisma.response.create({
    data: { surveyId, language: "lv", submittedHour: new Date(), idempotencyKey: crypto.randomUUID(), answersHash: "x" },
  });
}

/** The question form as the page sends it, filled from what is stored. */
async function questionForm(surveyId: string, key: string) {
  const { survey, question } = await loadQuestion(surveyId, key);
  const fields: Record<string, string> = {};
  const put = (prefix: string, value: unknown) => {
    for (const lang of survey.languages) fields[`${prefix}_${lang}`] = ((value ?? {}) as Record<string, string>)[lang] ?? "";
  };
  put("text", question.text);
  put("help", question.help);
  for (const o of question.options) put(`option_${o.value}`, o.label);
  for (const s of question.statements) put(`statement_${s.key}`, s.text);
  const settings = question.settings as Record<string, unknown>;
  if (question.type === "RATING") {
    put("lowLabel", settings.lowLabel);
    put("highLabel", settings.highLabel);
  }
  if (question.required) fields.required = "on";
  return fields;
}

beforeAll(async () => {
  projectId = (
    await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `we-${suffix}`, name: { en: "W" }, startsOn: new Date(), endsOn: new Date() } })
  ).id;
});

describe("wording changes after answers arrived", () => {
  it("are not recorded before the first response", async () => {
    const surveyId = await draft();
    const key = (await prisma.question.findFirstOrThrow({ where: { surveyId }, orderBy: { position: "asc" } })).key;
    const fields = await questionForm(surveyId, key);
    expect(await saveQuestion(await loadQuestion(surveyId, key), { ...fields, text_en: "Changed early" })).toEqual({ ok: true });
    expect(await prisma.surveyEdit.count({ where: { surveyId } })).toBe(0);
  });

  it("are recorded from the question editor and the translations page, with who, what, language, before and after", async () => {
    const surveyId = await draft();
    await respond(surveyId);
    const editor = await createUser({ email: `editor-${suffix}@example.org`, name: "Editor", role: "ORGANISER", password: "editor-password-1", projectIds: [projectId] });
    const question = await prisma.question.findFirstOrThrow({
      where: { surveyId, options: { some: {} } },
      orderBy: { position: "asc" },
      include: { options: { orderBy: { position: "asc" } } },
    });
    const option = question.options[0]!;
    const fields = await questionForm(surveyId, question.key);
    const oldText = fields.text_en!;
    expect(
      await saveQuestion(
        await loadQuestion(surveyId, question.key),
        { ...fields, text_en: "A clearer question?", [`option_${option.value}_ru`]: "Новый вариант", required: fields.required ? "" : "on" },
        editor.id,
      ),
    ).toEqual({ ok: true });
    const fromEditor = await prisma.surveyEdit.findMany({ where: { surveyId }, orderBy: { what: "asc" } });
    expect(fromEditor.map(({ what, language, before, after, userId }) => ({ what, language, before, after, userId }))).toEqual([
      {
        what: `option.${question.key}.${option.value}`,
        language: "ru",
        before: (option.label as Record<string, string>).ru,
        after: "Новый вариант",
        userId: editor.id,
      },
      { what: `question.${question.key}.text`, language: "en", before: oldText, after: "A clearer question?", userId: editor.id },
    ]);

    const survey = await findSurveyById(surveyId);
    const oldTitle = (survey.title as Record<string, string>).lv;
    expect(await saveTranslations(survey, "lv", form({ "text:survey.title": "Atsauksmes par tikšanos" }), editor.id)).toEqual({ ok: true, changed: 1 });
    const titleEdit = await prisma.surveyEdit.findFirstOrThrow({ where: { surveyId, what: "survey.title" } });
    expect(titleEdit).toMatchObject({ language: "lv", before: oldTitle, after: "Atsauksmes par tikšanos", userId: editor.id });

    // Saving without changes records nothing more; the list shows the newest first, with names.
    expect(await saveTranslations(await findSurveyById(surveyId), "lv", form({ "text:survey.title": "Atsauksmes par tikšanos" }), editor.id)).toEqual({
      ok: true,
      changed: 0,
    });
    const listed = await listWordingEdits(surveyId);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({ what: "survey.title", who: "Editor", place: { kind: "title" } });
    // Each edit names its text's place, as the page shows it ("Question 1, option 1").
    const questionNumber = (await findSurveyById(surveyId)).sections.flatMap((s) => s.questions).findIndex((q) => q.key === question.key) + 1;
    expect(listed.find((edit) => edit.what.startsWith("option."))?.place).toEqual({ kind: "option", question: questionNumber, option: 1 });

    // A deleted account leaves its edits, without a name.
    await prisma.user.delete({ where: { id: editor.id } });
    expect((await listWordingEdits(surveyId)).every((edit) => edit.who === null)).toBe(true);
  });

  it("a refused change records nothing", async () => {
    const surveyId = await draft();
    await respond(surveyId);
    const key = (await prisma.question.findFirstOrThrow({ where: { surveyId }, orderBy: { position: "asc" } })).key;
    const fields = await questionForm(surveyId, key);
    expect(await saveQuestion(await loadQuestion(surveyId, key), { ...fields, text_en: "x".repeat(1001) })).toMatchObject({ ok: false });
    expect(await saveTranslations(await findSurveyById(surveyId), "en", form({ "text:question.nope.text": "x" }))).toMatchObject({ ok: false });
    expect(await prisma.surveyEdit.count({ where: { surveyId } })).toBe(0);
  });
});

describe("the title and introduction on the questionnaire's page", () => {
  it("are saved in the main language only, and recorded once answers have arrived", async () => {
    const surveyId = await draft();
    const before = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
    const editor = await createUser({ email: `title-${suffix}@example.org`, name: "Title editor", role: "ORGANISER", password: "editor-password-1", projectIds: [projectId] });
    expect(await saveSurveyWording(surveyId, { title: "  Pastaiga gar upi ", intro: "Paldies, ka atnācāt!" }, editor.id)).toEqual({ ok: true });
    const saved = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
    expect(saved.title).toEqual({ ...(before.title as object), lv: "Pastaiga gar upi" });
    expect(saved.intro).toEqual({ ...(before.intro as object), lv: "Paldies, ka atnācāt!" });
    expect(await prisma.surveyEdit.count({ where: { surveyId } })).toBe(0);

    await respond(surveyId);
    expect(await saveSurveyWording(surveyId, { title: "Pastaiga gar Daugavu", intro: "Paldies, ka atnācāt!" }, editor.id)).toEqual({ ok: true });
    const edits = await prisma.surveyEdit.findMany({ where: { surveyId } });
    expect(edits.map(({ what, language, before, after, userId }) => ({ what, language, before, after, userId }))).toEqual([
      { what: "survey.title", language: "lv", before: "Pastaiga gar upi", after: "Pastaiga gar Daugavu", userId: editor.id },
    ]);
  });

  it("refuse an empty or too long title and change nothing", async () => {
    const surveyId = await draft();
    const before = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
    expect(await saveSurveyWording(surveyId, { title: "   ", intro: "" }, null)).toEqual({ ok: false, error: "survey.titleRequired", field: "title" });
    expect(await saveSurveyWording(surveyId, { intro: "x" }, null)).toEqual({ ok: false, error: "survey.titleRequired", field: "title" });
    expect(await saveSurveyWording(surveyId, { title: "x".repeat(501) }, null)).toEqual({ ok: false, error: "survey.titleTooLong", field: "title" });
    expect(await saveSurveyWording(surveyId, { title: "Labi", intro: "x".repeat(5001) }, null)).toEqual({ ok: false, error: "translations.tooLong", field: "intro" });
    const after = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
    expect([after.title, after.intro]).toEqual([before.title, before.intro]);
  });
});

describe("the translations page", () => {
  it("keeps both ends of a rating scale when both change in one save", async () => {
    const created = await createSurveyFromForm(projectId, { template: "stereotypes", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const survey = await findSurveyById(created.surveyId);
    const result = await saveTranslations(survey, "en", form({ "text:settings.influence.lowLabel": "No influence whatsoever", "text:settings.influence.highLabel": "A great deal of influence" }));
    expect(result).toEqual({ ok: true, changed: 2 });
    const { settings } = await prisma.question.findFirstOrThrow({ where: { surveyId: created.surveyId, key: "influence" } });
    expect(settings).toMatchObject({ lowLabel: { en: "No influence whatsoever" }, highLabel: { en: "A great deal of influence" } });
  });
});
