import { expect, test, type Browser, type Page } from "@playwright/test";
import { suppressCounts } from "../../app/evaluation/suppression";
import type { Cell } from "../../app/evaluation/cell-key";
import { hoursCompleteBefore, releasedUntil } from "../../app/evaluation/release-steps";
import { formatNumber } from "../../app/i18n/format-number";
import { en, type Messages } from "../../app/i18n/messages/en";
import { lv } from "../../app/i18n/messages/lv";
import { ar } from "../../app/i18n/messages/resident/ar";
import { createTranslator } from "../../app/i18n/translate";
import { expectChartsOnEveryCanvas } from "./charts";
import { answerVisibleQuestions, createAccount, expectAccessible, pageErrorsOf, query, signIn } from "./support";

// Issue 13, share back with residents: an organiser publishes two charts of the demo's final
// meeting questionnaire; residents who answer find them from the thanks page — in Latvian with
// JavaScript, in Arabic (right to left) without — with the numbers the database holds, small
// groups hidden, and nothing else of the questionnaire or of the workspace.

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });
test.setTimeout(240_000);

const chosen = ["eu_belonging", "attended_event_before"];
const texts = { en: createTranslator(en, "en"), lv: createTranslator(lv, "lv"), ar: createTranslator(ar as Messages, "ar") };

interface Survey {
  id: string;
  languages: string[];
  threshold: number;
}

/** The question's count of each option, in the options' order, among every response to the survey. */
/** The last hour the survey's page has taken in: over, and in steps of k (app/evaluation/release-steps.ts). */
async function takenInUntil(surveyId: string, k: number): Promise<string> {
  const hours = await query<{ hour: string; n: number }>(
    `SELECT to_char("submittedHour", 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS hour, count(*)::int AS n FROM "Response" WHERE "surveyId" = $1 GROUP BY 1`,
    [surveyId],
  );
  const until = releasedUntil(hours.map((h) => ({ hour: new Date(h.hour), n: h.n })), k, hoursCompleteBefore(new Date(), false));
  return (until ?? new Date(0)).toISOString();
}

// A response's record key: the first 24 bits of its id (app/evaluation/record-keys.server.ts).
const recordKey = (id: string) => `((get_byte(uuid_send(${id}), 0) << 16) | (get_byte(uuid_send(${id}), 1) << 8) | get_byte(uuid_send(${id}), 2))`;

/** Each option's count and key sum, and the view's key sum, of the responses the page has taken in (app/evaluation/cell-key.ts). */
async function optionCounts(surveyId: string, key: string, k: number): Promise<{ cells: Cell[]; viewKey: number }> {
  const until = await takenInUntil(surveyId, k);
  const [view] = await query<{ key: number }>(
    `SELECT coalesce(sum(${recordKey("id")}), 0)::float8 AS key FROM "Response" WHERE "surveyId" = $1 AND "submittedHour" <= ($2::timestamptz AT TIME ZONE 'UTC')`,
    [surveyId, until],
  );
  const rows = await query<Cell>(
    `SELECT COUNT(a.id)::int AS n, coalesce(sum(${recordKey('a."responseId"')}), 0)::float8 AS key
       FROM "Option" o
       JOIN "Question" q ON q.id = o."questionId"
       LEFT JOIN "Answer" a ON a."optionId" = o.id AND a."responseId" IN (
         SELECT id FROM "Response" WHERE "surveyId" = $1 AND "submittedHour" <= ($3::timestamptz AT TIME ZONE 'UTC'))
      WHERE q."surveyId" = $1 AND q.key = $2
      GROUP BY o.id, o.position
      ORDER BY o.position`,
    [surveyId, key, until],
  );
  return { cells: rows, viewKey: view!.key };
}

async function questionText(surveyId: string, key: string, lang: string): Promise<string> {
  const [row] = await query<{ text: string }>(`SELECT text->>$3 AS text FROM "Question" WHERE "surveyId" = $1 AND key = $2`, [surveyId, key, lang]);
  return row!.text;
}

/** A resident answers every page of DAUGAV in `lang` and lands on the thanks page. */
async function answer(phone: Page, lang: "lv" | "ar") {
  const t = texts[lang];
  await phone.goto(`/s/DAUGAV/answer?lang=${lang}`);
  for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
    await expect(phone.locator("form.answer-form progress")).toHaveAttribute("value", `${pageNumber}`);
    await answerVisibleQuestions(phone, `public results ${lang}`);
    await phone.getByRole("button", { name: pageNumber === 4 ? t("answer.submit") : t("answer.next") }).click();
  }
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(t("thanks.title"));
}

/** Exactly the chosen charts, each table's counts those of the database with small groups hidden, and no link into the workspace. */
async function expectChosenCharts(phone: Page, survey: Survey, lang: "lv" | "ar") {
  const t = texts[lang];
  const main = phone.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText([t("publicResults.thisEvent")]);
  const results = main.locator("section.result");
  await expect(results).toHaveCount(chosen.length);
  for (const [index, key] of chosen.entries()) {
    // The questionnaire has no Arabic texts of its own: its questions read in its main language.
    const name = await questionText(survey.id, key, "lv");
    const result = results.nth(index);
    await expect(result.getByRole("heading", { level: 3 })).toHaveText(name);
    const { cells: counts, viewKey } = await optionCounts(survey.id, key, survey.threshold);
    const expected = suppressCounts(counts, survey.threshold, viewKey);
    const cells = result.locator("table.data-table tbody tr td");
    await expect(cells).toHaveCount(expected.length);
    for (const [i, count] of expected.entries()) {
      const cell = (await cells.nth(i).textContent())!.trim();
      if (count === null) expect(cell, `${key} option ${i}`).toBe(t("results.hidden"));
      else expect(cell.split(" (")[0], `${key} option ${i}`).toBe(formatNumber(count, lang));
    }
  }
  // Residents' links only: the start page, this page in other languages, the skip link.
  const hrefs = await phone.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  expect(hrefs.filter((href) => !href.startsWith("#") && !href.startsWith("/?lang=") && !href.startsWith("/s/DAUGAV/results?"))).toEqual([]);
}

async function residentPhone(browser: Browser, locale: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ locale, javaScriptEnabled, viewport: { width: 390, height: 844 } });
  return { context, phone: await context.newPage() };
}

test("an organiser publishes two charts; residents open them from the thanks page, in Latvian with JavaScript and in Arabic without; unpublished, they are gone", async ({
  page,
  browser,
}) => {
  const [row] = await query<{ id: string; languages: string[]; threshold: number }>(
    `SELECT s.id, s.languages, p."suppressionThreshold" AS threshold FROM "Survey" s JOIN "Project" p ON p.id = s."projectId" WHERE s."joinCode" = 'DAUGAV'`,
  );
  const survey: Survey = row!;
  // Arabic added for this test (its questions then read in Latvian), taken away afterwards.
  await query(`UPDATE "Survey" SET languages = array_append(languages, 'ar') WHERE id = $1`, [survey.id]);
  try {
    // Not published yet: the page says so (404), and the thanks page has no link.
    const early = await residentPhone(browser, "lv-LV", true);
    const notYet = await early.phone.goto("/s/DAUGAV/results?lang=lv");
    expect(notYet?.status()).toBe(404);
    await expect(early.phone.getByRole("heading", { level: 2 })).toHaveText(texts.lv("publicResults.notPublishedTitle"));
    await early.phone.goto("/s/DAUGAV/thanks?lang=lv");
    await expect(early.phone.getByRole("link", { name: texts.lv("publicResults.link") })).toHaveCount(0);
    await early.context.close();

    // The organiser chooses two charts and publishes them.
    const organiserErrors = pageErrorsOf(page);
    await signIn(page, await createAccount("ORGANISER", "wir"));
    await page.goto(`/surveys/${survey.id}`);
    await page.getByRole("link", { name: texts.en("sharing.link") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(texts.en("sharing.title"));
    await expect(page.getByTestId("sharing-status")).toHaveText(texts.en("sharing.statusNotPublished"));
    // Free text is not offered.
    await expect(page.getByRole("checkbox", { name: await questionText(survey.id, "message_to_city", "en") })).toHaveCount(0);
    for (const key of chosen) await page.getByRole("checkbox", { name: await questionText(survey.id, key, "en") }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: texts.en("sharing.publish"), exact: true }).click();
    await expect(page.getByRole("status")).toHaveText(texts.en("sharing.published"));
    await expect(page.getByTestId("sharing-status")).toHaveText(texts.en("sharing.statusPublished"));
    expect(await query(`SELECT "questionKeys", published FROM "PublicResults" WHERE "surveyId" = $1`, [survey.id])).toEqual([
      { questionKeys: chosen, published: true },
    ]);
    // The preview shows what residents will see.
    await page.getByRole("link", { name: texts.en("sharing.preview") }).first().click();
    await expect(page.locator("section.result")).toHaveCount(chosen.length);
    // The projector's live page links to it too.
    await page.goto(`/present/${survey.id}`);
    await expect(page.getByRole("link", { name: /\/s\/DAUGAV\/results$/ })).toBeVisible();
    expect(organiserErrors).toEqual([]);

    // A resident with JavaScript answers in Latvian and follows the link on the thanks page.
    const latvian = await residentPhone(browser, "lv-LV", true);
    const residentErrors = pageErrorsOf(latvian.phone);
    await answer(latvian.phone, "lv");
    await latvian.phone.getByRole("link", { name: texts.lv("publicResults.link") }).click();
    await expect(latvian.phone).toHaveURL(/\/s\/DAUGAV\/results\?lang=lv$/);
    await expect(latvian.phone.locator("html")).toHaveAttribute("lang", "lv");
    await expect(latvian.phone.locator("html")).not.toHaveAttribute("dir", "rtl");
    await expectChosenCharts(latvian.phone, survey, "lv");
    const charts = await expectChartsOnEveryCanvas(latvian.phone);
    expect(charts).toHaveLength(chosen.length);
    await expectAccessible(latvian.phone);

    // Another, without JavaScript, answers in Arabic: the tables carry every number.
    const arabic = await residentPhone(browser, "ar", false);
    await answer(arabic.phone, "ar");
    await arabic.phone.getByRole("link", { name: texts.ar("publicResults.link") }).click();
    await expect(arabic.phone).toHaveURL(/\/s\/DAUGAV\/results\?lang=ar$/);
    await expect(arabic.phone.locator("html")).toHaveAttribute("lang", "ar");
    await expect(arabic.phone.locator("html")).toHaveAttribute("dir", "rtl");
    await expectChosenCharts(arabic.phone, survey, "ar");
    await arabic.context.close();

    // The Arabic page, right to left, passes the same accessibility checks (axe runs in the page).
    await latvian.phone.goto("/s/DAUGAV/results?lang=ar");
    await expect(latvian.phone.locator("html")).toHaveAttribute("dir", "rtl");
    await expectChartsOnEveryCanvas(latvian.phone);
    await expectAccessible(latvian.phone);
    expect(residentErrors).toEqual([]);

    // Without JavaScript the organiser's form works too: unpublishing takes the page away.
    const plain = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
    const organiser = await plain.newPage();
    await signIn(organiser, await createAccount("ORGANISER", "wir"));
    await organiser.goto(`/surveys/${survey.id}/public`);
    await organiser.getByRole("button", { name: texts.en("sharing.unpublish") }).click();
    await expect(organiser.getByRole("status")).toHaveText(texts.en("sharing.unpublished"));
    await expect(organiser.getByTestId("sharing-status")).toHaveText(texts.en("sharing.statusNotPublished"));
    await plain.close();
    expect((await latvian.phone.goto("/s/DAUGAV/results?lang=lv"))?.status()).toBe(404);
    await expect(latvian.phone.getByRole("heading", { level: 2 })).toHaveText(texts.lv("publicResults.notPublishedTitle"));
    await latvian.context.close();
  } finally {
    await query(`UPDATE "Survey" SET languages = $2 WHERE id = $1`, [survey.id, survey.languages]);
    await query(`DELETE FROM "PublicResults" WHERE "surveyId" = $1`, [survey.id]);
  }
});
