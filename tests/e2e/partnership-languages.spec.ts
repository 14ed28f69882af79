import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { de } from "../../app/i18n/messages/de";
import { languageNames } from "../../app/i18n/languages";
import type { Messages } from "../../app/i18n/messages/en";
import { fi } from "../../app/i18n/messages/fi";
import { sv } from "../../app/i18n/messages/sv";
import { ar } from "../../app/i18n/messages/resident/ar";
import { createTranslator } from "../../app/i18n/translate";
import { asShown } from "../support/shown-counts";
import { answerTexts, countInRow, createAccount, expectAccessible, pageErrorsOf, query, realResponses, signInInBrowserLanguage } from "./support";

// Issue 12, "done means": an organiser in Vänersborg (browser in Swedish) writes a questionnaire
// in Swedish, translates it into Finnish and Arabic and opens it; phones in Finnish (JavaScript
// on) and Arabic (off, right to left) answer it; a German colleague reads the results.

test.use({ locale: "sv-SE", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

// The texts each page shows, from the dictionaries (residents' Arabic has only residents' keys).
const tSv = createTranslator(sv, "sv");
const tFi = createTranslator(fi, "fi");
const tDe = createTranslator(de, "de");
const tAr = createTranslator(ar as Messages, "ar");

const wording = {
  title: { sv: "Möten över gränserna", fi: "Kohtaamisia yli rajojen", ar: "لقاءات عبر الحدود" },
  page1: { sv: "Frågor", fi: "Kysymykset", ar: "الأسئلة" },
  page2: { sv: "Din röst", fi: "Sinun äänesi", ar: "صوتك" },
  visited: {
    sv: "Har du varit på ett av projektets evenemang förut?",
    fi: "Oletko ollut jossakin hankkeen tapahtumassa aiemmin?",
    ar: "هل حضرت إحدى فعاليات المشروع من قبل؟",
  },
  yes: { sv: "Ja", fi: "Kyllä", ar: "نعم" },
  no: { sv: "Nej", fi: "Ei", ar: "لا" },
  takeAway: { sv: "Vad tar du med dig från i dag?", fi: "Mitä viet mukanasi tästä päivästä?", ar: "ماذا ستأخذ معك من هذا اليوم؟" },
};

/** Fills every field of the translations page from its Swedish source. */
async function translate(page: Page, into: "fi" | "ar") {
  const bySource = new Map(Object.values(wording).map((texts) => [texts.sv, texts[into]]));
  for (const row of await page.locator("table.translations tbody tr").all()) {
    const source = ((await row.locator("td").first().textContent()) ?? "").trim();
    // No introduction was written: nothing to translate.
    if (!source) continue;
    expect(bySource.get(source), `a translation of "${source}"`).toBeDefined();
    await row.locator("input, textarea").fill(bySource.get(source)!);
  }
  await page.getByRole("button", { name: tSv("translations.save") }).click();
  await expect(page.getByRole("status")).toBeVisible();
}

async function answerInFinnish(browser: Browser, joinCode: string, visited: boolean) {
  const context = await browser.newContext({ locale: "fi-FI", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const errors = pageErrorsOf(page);
  await page.goto(`/s/${joinCode}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(wording.title.fi);
  await page.getByRole("link", { name: tFi("landing.start") }).click();
  await expect(page.getByText(tFi("answer.progress", { current: 1, total: 2 }))).toBeVisible();
  await page.getByRole("radio", { name: visited ? wording.yes.fi : wording.no.fi, exact: true }).check();
  await page.getByRole("button", { name: tFi("answer.next") }).click();
  await page.getByLabel(wording.takeAway.fi).fill("Uusia ystäviä Vänersborgista");
  await page.getByRole("button", { name: tFi("answer.submit") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tFi("thanks.title"));
  expect(errors).toEqual([]);
  await context.close();
}

/** Where an element's text itself runs (a paragraph's box is as wide as the page). */
function textExtent(element: Locator) {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const { x, width } = range.getBoundingClientRect();
    return { x, width };
  });
}

/** An Arabic phone, with or without JavaScript: every page right to left, the answer stored as typed. */
async function answerInArabic(browser: Browser, joinCode: string, visited: boolean, typed: string, javaScriptEnabled: boolean) {
  // With JavaScript a tablet, whose buttons stand in a row; without, a phone, whose buttons stack.
  const viewport = javaScriptEnabled ? { width: 820, height: 1180 } : { width: 360, height: 740 };
  const context = await browser.newContext({ locale: "ar", viewport, isMobile: true, hasTouch: true, javaScriptEnabled });
  const page = await context.newPage();
  const errors = pageErrorsOf(page);
  await page.goto(`/s/${joinCode}`);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(wording.title.ar);
  await page.getByRole("link", { name: ar["landing.start"] }).click();
  await expect(html).toHaveAttribute("dir", "rtl");

  // Mirrored: the progress line and the question start at the right, each radio is right of its text.
  const progressText = page.getByText(tAr("answer.progress", { current: 1, total: 2 }));
  await expect(progressText).toBeVisible();
  const main = (await page.locator("main").boundingBox())!;
  const progress = await textExtent(progressText);
  expect(main.x + main.width - (progress.x + progress.width)).toBeLessThan(progress.x - main.x);
  const yes = page.getByRole("radio", { name: wording.yes.ar, exact: true });
  const yesBox = (await yes.boundingBox())!;
  const yesLabel = (await page.locator("label", { hasText: wording.yes.ar }).boundingBox())!;
  expect(yesBox.x).toBeGreaterThan(yesLabel.x);
  // The accessibility check runs in the page, so only where JavaScript runs.
  if (javaScriptEnabled) await expectAccessible(page);
  await page.getByRole("radio", { name: visited ? wording.yes.ar : wording.no.ar, exact: true }).check();
  await page.getByRole("button", { name: ar["answer.next"] }).click();

  // Page 2: in a row, "Back" comes first in reading order, so it sits right of "Send", and the
  // row starts at the right; stacked, "Send" is on top.
  const back = (await page.getByRole("button", { name: ar["answer.back"] }).boundingBox())!;
  const send = (await page.getByRole("button", { name: ar["answer.submit"] }).boundingBox())!;
  if (javaScriptEnabled) {
    expect(back.x).toBeGreaterThan(send.x);
    expect(main.x + main.width - (back.x + back.width)).toBeLessThan(send.x - main.x);
  } else {
    expect(send.y).toBeLessThan(back.y);
  }
  await page.getByLabel(wording.takeAway.ar).fill(typed);
  await page.getByRole("button", { name: ar["answer.submit"] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar["thanks.title"]);
  await expect(html).toHaveAttribute("dir", "rtl");
  expect(errors).toEqual([]);
  await context.close();
}

test("a Swedish organiser writes a questionnaire in Swedish, translates it into Finnish and Arabic; phones answer in both; a German colleague reads the results", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const organiserErrors = pageErrorsOf(page);
  await signInInBrowserLanguage(page, await createAccount("ORGANISER", "wir"));
  const [project] = await query<{ id: string }>(`SELECT id FROM "Project" WHERE slug = 'wir'`);
  await page.goto(`/projects/${project!.id}`);
  await page.getByRole("link", { name: tSv("survey.new") }).click();

  // The main language is the organiser's own, Swedish, unless they choose another.
  await page.getByLabel(tSv("survey.blank")).check();
  await expect(page.getByLabel(tSv("survey.mainLanguage"))).toHaveValue("sv");
  await page.getByRole("button", { name: tSv("survey.create") }).click();
  await expect(page.getByTestId("survey-status")).toHaveText(tSv("status.DRAFT"));
  const overviewUrl = page.url();
  const title = page.getByLabel(tSv("survey.titleField", { language: "Svenska" }));
  await expect(title).toHaveValue("Namnlös enkät");
  await title.fill(wording.title.sv);
  await page.getByRole("button", { name: tSv("survey.saveWording") }).click();
  await expect(page.getByRole("status")).toHaveText(tSv("survey.wordingSaved"));

  // Two pages: a choice, then a text; written in Swedish.
  await page.getByRole("link", { name: tSv("builder.open") }).click();
  const questionField = page.getByLabel(tSv("builder.questionText", { language: "Svenska" }));
  await questionField.fill(wording.visited.sv);
  await page.getByLabel(tSv("builder.type"), { exact: true }).selectOption("SINGLE_CHOICE");
  await page.getByRole("button", { name: tSv("builder.add"), exact: true }).first().click();
  await expect(questionField).toHaveValue("");
  await page.getByLabel(tSv("builder.sectionTitle", { language: "Svenska" })).fill(wording.page2.sv);
  await page.getByRole("button", { name: tSv("builder.add"), exact: true }).last().click();
  await expect(page.getByText(`${tSv("builder.page", { number: 2 })}: ${wording.page2.sv}`).first()).toBeVisible();
  await questionField.fill(wording.takeAway.sv);
  await page.getByLabel(tSv("builder.type"), { exact: true }).selectOption("SHORT_TEXT");
  await page.getByLabel(tSv("builder.onPage")).selectOption({ index: 1 });
  await page.getByRole("button", { name: tSv("builder.add"), exact: true }).first().click();
  await expect(page.locator(".builder-questions > li")).toHaveCount(2);
  await page.getByRole("link", { name: wording.visited.sv }).click();
  await page.getByLabel(tSv("builder.newOption", { number: 1, language: "Svenska" })).fill(wording.yes.sv);
  await page.getByLabel(tSv("builder.newOption", { number: 2, language: "Svenska" })).fill(wording.no.sv);
  await page.getByLabel(tSv("builder.isRequired")).check();
  await page.getByRole("button", { name: tSv("builder.save") }).click();
  await expect(page.getByRole("status")).toHaveText(tSv("builder.done"));

  // Finnish and Arabic on the translations page.
  await page.goto(overviewUrl);
  await page.getByRole("link", { name: tSv("translations.open") }).click();
  for (const language of ["fi", "ar"] as const) {
    await page.getByLabel(tSv("translations.addLanguage")).selectOption(language);
    await page.getByRole("button", { name: tSv("translations.add"), exact: true }).click();
    await expect(page.getByRole("link", { name: new RegExp(`^${languageNames[language]}:`) })).toHaveAttribute("aria-current", "true");
    await translate(page, language);
  }
  // Arabic is typed right to left; what was saved is there when the page is opened again.
  await page.reload();
  const arabicCell = page.locator("table.translations tbody tr").first().locator("td").last();
  await expect(arabicCell).toHaveAttribute("dir", "rtl");
  await expect(arabicCell.locator("input")).toHaveValue(wording.title.ar);
  await expectAccessible(page);

  await page.goto(overviewUrl);
  await page.getByRole("button", { name: tSv("workspace.openNow") }).click();
  await expect(page.getByTestId("survey-status")).toHaveText(tSv("status.OPEN"));
  const joinCode = (await page.getByTestId("join-code").textContent())!;

  // Latin words and numbers inside Arabic text arrive exactly as typed.
  const arabicAnswer = "أصدقاء جدد من Vänersborg في 2026";
  // Five of each answer, so that the project's smallest group shown (five) lets both be seen.
  for (const visited of [true, true, true, false, false]) await answerInFinnish(browser, joinCode, visited);
  await answerInArabic(browser, joinCode, true, arabicAnswer, true);
  for (const visited of [true, false, false, false]) await answerInArabic(browser, joinCode, visited, arabicAnswer, false);
  const stored = await Promise.all((await realResponses(joinCode)).map((response) => answerTexts(response.id)));
  expect(stored.flat()).toContain(arabicAnswer);
  const languages = await query<{ language: string; n: number }>(
    `SELECT r.language, count(*)::int AS n FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId" WHERE s."joinCode" = $1 GROUP BY 1 ORDER BY 1`,
    [joinCode],
  );
  expect(languages).toEqual([
    { language: "ar", n: 5 },
    { language: "fi", n: 5 },
  ]);
  // The event is over: closed, its last hour counts at once on the results pages.
  await page.reload();
  await page.getByRole("button", { name: tSv("workspace.closeNow") }).click();
  await expect(page.getByTestId("survey-status")).toHaveText(tSv("status.CLOSED"));

  // A colleague in Germany reads the results in German; the answers are in the main language.
  const colleague = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } });
  const reader = await colleague.newPage();
  const readerErrors = pageErrorsOf(reader);
  await signInInBrowserLanguage(reader, await createAccount("EVALUATOR", "wir"));
  await reader.goto(`${new URL(overviewUrl).pathname}/results`);
  await expect(reader.locator("html")).toHaveAttribute("lang", "de");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(tDe("results.title"));
  await expect(reader.getByRole("link", { name: wording.title.sv })).toBeVisible();
  const visitedResult = reader.getByRole("region", { name: wording.visited.sv });
  // Each count within ±2 of the truth and not under k (cell key method).
  const yes = await countInRow(visitedResult.getByRole("row", { name: new RegExp(`^${wording.yes.sv}`) }));
  const no = await countInRow(visitedResult.getByRole("row", { name: new RegExp(`^${wording.no.sv}`) }));
  expect(asShown([yes, no], [5, 5])).toEqual([5, 5]);
  await expectAccessible(reader);
  expect(readerErrors).toEqual([]);
  expect(organiserErrors).toEqual([]);
  await colleague.close();
});
