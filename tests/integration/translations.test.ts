import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { findSurveyByJoinCode } from "~/survey/find-survey.server";
import { createSurveyFromForm } from "~/survey/new-survey.server";
import { openSurvey } from "~/survey/publish-survey.server";
import { describePlace, surveyTexts, translationProgress } from "~/survey/survey-texts";
import { createTranslator } from "~/i18n/translate";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { changeLanguages, saveTranslations } from "~/survey/translations.server";

const suffix = Math.random().toString(36).slice(2, 8);
let projectId: string;

async function draft() {
  const created = await createSurveyFromForm(projectId, { template: "eventFeedback", language: "lv" });
  if (!created.ok) throw new Error("setup failed");
  return reload(created.surveyId);
}

async function reload(surveyId: string) {
  const { joinCode } = await prisma.survey.findUniqueOrThrow({ where: { id: surveyId } });
  return (await findSurveyByJoinCode(joinCode))!;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

beforeAll(async () => {
  projectId = (
    await prisma.project.create({ data: { timeZone: "Europe/Riga", slug: `tr-${suffix}`, name: { en: "T" }, startsOn: new Date(), endsOn: new Date() } })
  ).id;
});

describe("translations", () => {
  it("name each text by its place as a person reads it, never by a field name", async () => {
    const created = await createSurveyFromForm(projectId, { template: "stereotypes", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    const survey = await reload(created.surveyId);
    const t = createTranslator(en, "en");
    const labels = new Map(surveyTexts(survey).map((text) => [text.address, describePlace(t, text.place)]));
    const questions = survey.sections.flatMap((s) => s.questions);
    const number = (key: string) => questions.findIndex((q) => q.key === key) + 1;
    expect(labels.get("survey.title")).toBe("Title");
    expect(labels.get("survey.intro")).toBe("Introduction");
    expect(labels.get(`section.${survey.sections[1]!.position}.title`)).toBe("Page 2 title");
    expect(labels.get("question.age_band.text")).toBe(`Question ${number("age_band")}`);
    expect(labels.get("question.age_band.help")).toBe(`Question ${number("age_band")}, help text`);
    expect(labels.get("option.age_band.25_34")).toBe(`Question ${number("age_band")}, option 3`);
    expect(labels.get("settings.influence.lowLabel")).toBe(`Question ${number("influence")}, what 0 means`);
    const matrix = questions.find((q) => q.type === "LIKERT_MATRIX")!;
    expect(labels.get(`statement.${matrix.key}.${matrix.statements[1]!.key}`)).toBe(`Question ${number(matrix.key)}, statement 2`);
    // Every label is words and numbers, in the interface's language.
    for (const label of labels.values()) expect(label).toMatch(/^(Title|Introduction|Page \d+ title|Question \d+(, [a-z0-9 ]+)?)$/);
    expect(describePlace(createTranslator(ru, "ru"), { kind: "option", question: 3, option: 2 })).toBe("Вопрос 3, вариант 2");
  });

  it("save one language's wording and leave the others alone", async () => {
    const survey = await draft();
    const result = await saveTranslations(
      survey,
      "ru",
      form({
        "text:survey.title": "Отзыв о встрече",
        "text:question.overall.text": "  Насколько вы довольны?  ",
        "text:option.overall.1": "Совсем недоволен",
        "text:section.0.title": "О встрече",
      }),
    );
    expect(result).toEqual({ ok: true, changed: 4 });
    const saved = await reload(survey.id);
    expect(saved.title).toMatchObject({ ru: "Отзыв о встрече", lv: (survey.title as Record<string, string>).lv });
    const overall = saved.sections.flatMap((s) => s.questions).find((q) => q.key === "overall")!;
    expect((overall.text as Record<string, string>).ru).toBe("Насколько вы довольны?");
    expect((overall.options[0]!.label as Record<string, string>).ru).toBe("Совсем недоволен");
    expect((saved.sections[0]!.title as Record<string, string>).ru).toBe("О встрече");
  });

  it("refuse unknown texts, too long texts and languages the survey does not have, changing nothing", async () => {
    const survey = await draft();
    expect(await saveTranslations(survey, "ru", form({ "text:question.nope.text": "x" }))).toEqual({ ok: false, error: "translations.outOfDate" });
    expect(await saveTranslations(survey, "ru", form({ "text:survey.title": "y".repeat(5001) }))).toEqual({ ok: false, error: "translations.tooLong" });
    expect(await saveTranslations(survey, "fr", form({ "text:survey.title": "Votre avis" }))).toEqual({
      ok: false,
      error: "translations.unknownLanguage",
    });
    expect((await reload(survey.id)).title).toEqual(survey.title);
  });

  // Polish: the templates come in every workspace language, so a new one is from outside them.
  it("a new language starts empty and keeps the survey from opening until it is complete or removed", async () => {
    const survey = await draft();
    expect(await changeLanguages(survey, "addLanguage", { language: "pl" })).toEqual({ ok: true, language: "pl" });
    const withPolish = await reload(survey.id);
    expect(withPolish.languages).toEqual([...survey.languages, "pl"]);
    const progress = translationProgress(withPolish);
    expect(progress.pl!.done).toBe(0);
    expect(progress.lv!.done).toBe(progress.lv!.total);
    const refused = await openSurvey(survey.id);
    expect(refused.ok).toBe(false);
    expect(await changeLanguages(withPolish, "removeLanguage", { language: "lv" })).toEqual({
      ok: false,
      error: "translations.cannotRemoveDefault",
    });
    expect(await changeLanguages(withPolish, "addLanguage", { language: "klingon" })).toMatchObject({ ok: false });
    expect(await changeLanguages(withPolish, "removeLanguage", { language: "pl" })).toEqual({ ok: true, language: "pl" });
    expect(await openSurvey(survey.id)).toEqual({ ok: true });
    expect(await changeLanguages(await reload(survey.id), "removeLanguage", { language: "ru" })).toEqual({
      ok: false,
      error: "translations.cannotRemoveWhileOpen",
    });
  });

  it("a language added later gets the standard scale labels ready, but not labels the organiser changed", async () => {
    const { addQuestion } = await import("~/survey/builder.server");
    const created = await createSurveyFromForm(projectId, { template: "blank", language: "lv" });
    if (!created.ok) throw new Error("setup failed");
    await addQuestion(created.surveyId, { type: "LIKERT", section: "0", text: "Pilsēta ieklausās iedzīvotājos." });
    const question = await prisma.question.findFirstOrThrow({ where: { surveyId: created.surveyId }, include: { options: { orderBy: { position: "asc" } } } });
    const first = question.options[0]!;
    await prisma.option.update({ where: { id: first.id }, data: { label: { lv: "Nemaz nepiekrītu" } } });
    expect(await changeLanguages(await reload(created.surveyId), "addLanguage", { language: "en" })).toEqual({ ok: true, language: "en" });
    const labels = await prisma.option.findMany({ where: { questionId: question.id }, orderBy: { position: "asc" } });
    expect(labels.map((option) => (option.label as Record<string, string>).en ?? null)).toEqual([
      null,
      "Disagree",
      "Neither agree nor disagree",
      "Agree",
      "Strongly agree",
      "Don't know",
    ]);
  });

  it("standard scale labels are ready in any of the 28 languages: a Polish questionnaire adding Ukrainian and Arabic", async () => {
    const { addQuestion } = await import("~/survey/builder.server");
    const created = await createSurveyFromForm(projectId, { template: "blank", language: "pl" });
    if (!created.ok) throw new Error("setup failed");
    await addQuestion(created.surveyId, { type: "LIKERT", section: "0", text: "Miasto słucha mieszkańców." });
    for (const language of ["uk", "ar"]) {
      expect(await changeLanguages(await reload(created.surveyId), "addLanguage", { language })).toEqual({ ok: true, language });
    }
    const options = await prisma.option.findMany({ where: { question: { surveyId: created.surveyId } }, orderBy: { position: "asc" } });
    expect(options.map((option) => option.label)).toEqual([
      { pl: "Zdecydowanie się nie zgadzam", uk: "Зовсім не згоден(-на)", ar: "لا أوافق بشدة" },
      { pl: "Nie zgadzam się", uk: "Не згоден(-на)", ar: "لا أوافق" },
      { pl: "Ani się zgadzam, ani się nie zgadzam", uk: "Ні згоден(-на), ні не згоден(-на)", ar: "لا أوافق ولا أعارض" },
      { pl: "Zgadzam się", uk: "Згоден(-на)", ar: "أوافق" },
      { pl: "Zdecydowanie się zgadzam", uk: "Повністю згоден(-на)", ar: "أوافق بشدة" },
      { pl: "Trudno powiedzieć", uk: "Важко відповісти", ar: "لا أعرف" },
    ]);
  });
});
