import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { residentMessages } from "~/i18n/i18n.server";
import { residentLanguages, textDirection } from "~/i18n/languages";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { findSurveyById } from "~/survey/find-survey.server";
import { joinCodeAlphabet } from "~/survey/join-code";
import { surveyTemplates } from "~/survey/templates";
import { rawRequest, startHttpApp, type HttpApp } from "../support/http-app";
import { insertResponses, repeat } from "../support/responses";

// Issue 12: residents' pages speak 28 languages. Every page a resident sees — the start page,
// the questionnaire's landing page with its privacy notice, the answering form, the results
// shared back with them (issue 13) — is served in
// each of them, Arabic right to left; the texts come from that language's dictionary.

let app: HttpApp;
let joinCode = "";

const decode = (html: string) =>
  html.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

beforeAll(async () => {
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `test-languages-${randomBytes(4).toString("hex")}`, name: { en: "Languages" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31") },
  });
  joinCode = [...randomBytes(6)].map((b) => joinCodeAlphabet[b % joinCodeAlphabet.length]).join("");
  const survey = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId: project.id, joinCode, template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  // Offered in every language (its own texts fall back to the main language where untranslated).
  await prisma.survey.update({ where: { id: survey.id }, data: { languages: [...residentLanguages] } });
  // One chart shared back with residents, with enough answers to draw it.
  await prisma.publicResults.create({ data: { surveyId: survey.id, published: true, questionKeys: ["eu_belonging"] } });
  await insertResponses(await findSurveyById(survey.id), repeat(6, () => ({ answers: { eu_belonging: "4" } })));
  app = await startHttpApp();
});

afterAll(() => app?.close());

describe.each([...residentLanguages])("residents' pages in %s", (lang) => {
  const t = residentMessages(lang);
  const pages = () => [
    { path: `/?lang=${lang}`, text: t["home.title"] },
    { path: `/s/${joinCode}?lang=${lang}`, text: t["landing.start"] },
    { path: `/s/${joinCode}/answer?lang=${lang}`, text: t["answer.next"] },
    { path: `/s/${joinCode}/results?lang=${lang}`, text: t["publicResults.lead"] },
    { path: `/s/${joinCode}/results?lang=${lang}`, text: t["results.answer"] },
  ];

  it("are written in it, in its direction", async () => {
    for (const { path, text } of pages()) {
      const response = await rawRequest(app, { path });
      expect(response.status, path).toBe(200);
      expect(response.body, path).toContain(lang === "ar" ? `<html lang="ar" dir="rtl"` : `<html lang="${lang}">`);
      expect(decode(response.body), path).toContain(text);
    }
  });
});

it("Arabic pages run right to left, the others left to right", () => {
  expect(residentLanguages.filter((lang) => textDirection(lang) === "rtl")).toEqual(["ar"]);
  expect(textDirection("lv")).toBeUndefined();
});
