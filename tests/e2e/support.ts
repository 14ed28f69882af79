import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseFile } from "../support/e2e-database-file";

/** Runs one query on the browser tests' database. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: readFileSync(e2eDatabaseFile, "utf8") });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Residents' real responses to a survey (the demo's generated ones left out). */
export function realResponses(joinCode: string) {
  return query<{ id: string; language: string; submittedHour: Date }>(
    `SELECT r.id, r.language, r."submittedHour" FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId"
     WHERE s."joinCode" = $1 AND NOT r."isSample"`,
    [joinCode],
  );
}

export async function answerTexts(responseId: string) {
  const rows = await query<{ text: string }>(`SELECT text FROM "Answer" WHERE "responseId" = $1 AND text IS NOT NULL`, [
    responseId,
  ]);
  return rows.map((row) => row.text);
}

/** No serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const severe = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Nothing wider than the screen: at 320 px the page must not scroll sideways. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Answers every question shown on the current page: the first choice of each group, "3" in
 * number fields, `text` in text fields. Generic, so it follows the seeded questionnaire.
 */
export async function answerVisibleQuestions(page: Page, text: string) {
  const form = page.locator("form.answer-form");
  const radios = form.locator('input[type="radio"]');
  const seen = new Set<string>();
  for (const radio of await radios.all()) {
    const name = (await radio.getAttribute("name")) ?? "";
    if (seen.has(name)) continue;
    seen.add(name);
    await radio.check();
  }
  const checkboxes = form.locator('input[type="checkbox"]');
  if (await checkboxes.count()) await checkboxes.first().check();
  for (const input of await form.locator('input[type="text"]:visible, textarea:visible').all()) {
    if ((await input.getAttribute("inputmode")) === "decimal") await input.fill("3");
    else if (await input.evaluate((el) => !el.closest(".other-text"))) await input.fill(text);
  }
}
