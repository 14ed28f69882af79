import { expect, test, type Page } from "@playwright/test";
import { asShown } from "../support/shown-counts";
import { createAccount, expectAccessible, expectNoHorizontalScroll, pageErrorsOf, query, signIn } from "./support";

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });
test.setTimeout(120_000);

// The demo's questionnaire before the Daugavpils meeting: the organiser marks its agreement
// items as attitude indicators, and the project page follows them.
const beforeCode = "DGPBFR";

async function demo() {
  const [survey] = await query<{ id: string; original: string; eventId: string; projectId: string; event: string }>(
    `SELECT s.id, coalesce(s."originalId", s.id) AS original, s."eventId", s."projectId", e.title->>'en' AS event
     FROM "Survey" s JOIN "Event" e ON e.id = s."eventId" WHERE s."joinCode" = $1`,
    [beforeCode],
  );
  return survey!;
}

/** n and agreeing (4 or 5 of 5) at the event, in the questionnaire most people answered the item in there ("after" ones left out). */
async function agreementAt(original: string, eventId: string, key: string, statementKey: string | null) {
  const [row] = await query<{ n: number; agree: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE o.value IN ('4', '5'))::int AS agree
     FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" JOIN "Survey" s ON s.id = r."surveyId"
       JOIN "Option" o ON o.id = a."optionId" JOIN "Question" q ON q.id = a."questionId"
       LEFT JOIN "Statement" st ON st.id = a."statementId"
     WHERE q."surveyId" = $1 AND q.key = $2 AND st.key IS NOT DISTINCT FROM $3 AND NOT o."isDontKnow"
       AND s."eventId" = $4 AND s.phase <> 'AFTER'
     GROUP BY s.id ORDER BY n DESC LIMIT 1`,
    [original, key, statementKey, eventId],
  );
  return row ?? { n: 0, agree: 0 };
}

async function expectShareRow(page: Page, key: string, event: string, expected: { n: number; agree: number }) {
  // The demo's k is 5: with n of at least 4k the share is shown whatever its counts.
  expect(expected.n).toBeGreaterThanOrEqual(20);
  const row = page.getByTestId(`indicator-${key}`).getByRole("row").filter({ has: page.getByRole("rowheader", { name: event }) });
  // n within ±2 (cell key method); the share from counts each within ±2, so within 4/n of the truth.
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^[\d,]+$/);
  const n = Number((await row.getByRole("cell").nth(2).innerText()).replace(/\D/g, ""));
  expect(asShown(n, expected.n)).toBe(expected.n);
  await expect(row.getByRole("cell").nth(3)).toHaveText(/^\d+\.\d %$/);
  const share = Number((await row.getByRole("cell").nth(3).innerText()).replace(/[^\d.]/g, ""));
  expect(Math.abs(share - (expected.agree / expected.n) * 100)).toBeLessThanOrEqual((4 / expected.n) * 100 + 0.05);
}

test("an organiser marks a scale question as an attitude indicator, and the project page charts its share agreeing per event", async ({ page }) => {
  const errors = pageErrorsOf(page);
  const survey = await demo();
  await signIn(page, await createAccount("ORGANISER", "wir"));
  // The demo marks it already: the organiser starts from a question not yet followed.
  await query(`UPDATE "Question" SET indicator = false WHERE "surveyId" = $1 AND key = 'eu_belonging'`, [survey.original]);
  await page.goto(`/surveys/${survey.id}/questions/eu_belonging`);
  const mark = page.getByLabel("Follow this question as an attitude indicator on the project page");
  await expect(mark).not.toBeChecked();
  await mark.check();
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await expect(mark).toBeChecked();
  expect(await query(`SELECT 1 FROM "Question" WHERE "surveyId" = $1 AND key = 'eu_belonging' AND indicator`, [survey.original])).toHaveLength(1);
  await page.getByRole("link", { name: "←" }).click();
  // This question and the matrix whose statements the demo follows.
  await expect(page.locator(".question-facts").filter({ hasText: "attitude indicator" })).toHaveCount(2);

  await page.goto(`/projects/${survey.projectId}/results`);
  await expect(page.getByRole("heading", { level: 2, name: "Attitudes over time" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "I feel that Daugavpils is part of a common Europe." })).toBeVisible();
  await expectShareRow(page, "eu_belonging", survey.event, await agreementAt(survey.original, survey.eventId, "eu_belonging", null));
  // The summary says what the chart shows; the pair at Daugavpils keeps its comparison, linked.
  await expect(page.locator("section.attitude figcaption").first()).toContainText("The share agreeing is shown for");
  const pair = page.getByTestId("pairs-eu_belonging").getByRole("row").filter({ hasText: survey.event });
  await expect(pair.getByRole("link", { name: survey.event })).toHaveAttribute("href", `/surveys/${survey.id}/compare`);
  // Participation per country: the table and its chart, with Daugavpils's country.
  await expect(page.getByTestId("participation-by-country").getByRole("rowheader", { name: "Latvia" })).toBeVisible();
  await expect(page.getByTestId("participation-by-country").getByRole("rowheader", { name: "All countries" })).toBeVisible();
  // Charts are drawn once their PNG buttons appear: per event, per country, over time, and one per
  // indicator (this question and the two statements the demo follows).
  await expect(page.locator("section.attitude")).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Download the chart (PNG)" })).toHaveCount(6);
  const drawn = await page.locator("section.attitude canvas").first().evaluate((canvas: HTMLCanvasElement) => canvas.width > 0);
  expect(drawn).toBe(true);
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an organiser marks a statement of a matrix as an indicator, and the project page's table lists it", async ({ page }) => {
    const survey = await demo();
    const [statement] = await query<{ text: string }>(
      `SELECT st.text->>'en' AS text FROM "Statement" st JOIN "Question" q ON q.id = st."questionId"
       WHERE q."surveyId" = $1 AND q.key = 'stereotypes' AND st.key = 'newcomers_enrich'`,
      [survey.original],
    );
    // The statements the demo follows already stay followed.
    const marked = await query(
      `SELECT 1 FROM "Statement" st JOIN "Question" q ON q.id = st."questionId" WHERE q."surveyId" = $1 AND q.key = 'stereotypes' AND st.indicator`,
      [survey.original],
    );
    await signIn(page, await createAccount("ORGANISER", "wir"));
    await page.goto(`/surveys/${survey.id}/questions/stereotypes`);
    const statements = page.getByRole("group", { name: "Attitude indicators on the project page" });
    await expect(statements.getByLabel(statement!.text, { exact: true })).not.toBeChecked();
    await statements.getByLabel(statement!.text, { exact: true }).check();
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByRole("status")).toHaveText("Done.");
    await expect(statements.getByLabel(statement!.text, { exact: true })).toBeChecked();
    await expect(statements.getByRole("checkbox", { checked: true })).toHaveCount(marked.length + 1);

    await page.goto(`/projects/${survey.projectId}/results`);
    await expect(page.getByRole("heading", { level: 3, name: statement!.text })).toBeVisible();
    await expectShareRow(page, "stereotypes.newcomers_enrich", survey.event, await agreementAt(survey.original, survey.eventId, "stereotypes", "newcomers_enrich"));
    // Without JavaScript the chart is not drawn: its summary in words and the table carry it.
    await expect(page.locator("section.attitude figcaption").first()).toContainText("The share agreeing is shown for");
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the project page's tables and charts fit the screen and stay accessible", async ({ page }) => {
    const survey = await demo();
    await signIn(page, await createAccount("EVALUATOR", "wir"));
    await page.goto(`/projects/${survey.projectId}/results`);
    await expect(page.getByTestId("participation-by-country")).toBeVisible();
    await expect(page.getByRole("button", { name: "Download the chart (PNG)" }).first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAccessible(page);
  });
});
