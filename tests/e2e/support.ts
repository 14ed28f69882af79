import AxeBuilder from "@axe-core/playwright";
import { expect, type Download, type Locator, type Page } from "@playwright/test";
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

/** The count in a data table's row ("12 (40 %)", "1 234"): its first cell's number, NaN when hidden. */
export async function countInRow(row: Locator): Promise<number> {
  const text = (await row.locator("td").first().innerText()).split("(")[0]!;
  return /\d/.test(text) ? Number(text.replace(/\D/g, "")) : NaN;
}

/**
 * Copies of a response, as if more phones had given the same answers, written straight to the
 * database (the live page is not told of them: no submission announces them).
 */
export async function copyResponse(responseId: string, copies: number) {
  for (let i = 0; i < copies; i++) {
    const [copy] = await query<{ id: string }>(
      `INSERT INTO "Response" (id, "surveyId", language, "submittedHour", "idempotencyKey", "answersHash")
       SELECT gen_random_uuid(), "surveyId", language, "submittedHour", gen_random_uuid(), 'copy' FROM "Response" WHERE id = $1 RETURNING id`,
      [responseId],
    );
    await query(
      `INSERT INTO "Answer" (id, "responseId", "questionId", "statementId", "optionId", number, text)
       SELECT gen_random_uuid(), $2, "questionId", "statementId", "optionId", number, text FROM "Answer" WHERE "responseId" = $1`,
      [responseId, copy!.id],
    );
  }
}

/**
 * Lets the last hours pass for these surveys, as if their phones had answered earlier: the
 * evaluation pages count an hour's responses once it is over, in steps of at least k
 * (app/evaluation/release-steps.ts), and a test cannot wait an hour.
 */
export async function letTheHourPass(surveyIds: string[]) {
  await query(
    `UPDATE "Response" SET "submittedHour" = "submittedHour" - interval '3 hours'
     WHERE "surveyId" = ANY($1::text[]) AND "submittedHour" > (now() AT TIME ZONE 'UTC') - interval '3 hours'`,
    [surveyIds],
  );
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
  // Without JavaScript a page arrives as a stream: its progress line can be there while the
  // questions below are not yet. Answer only once the whole page has loaded.
  await page.waitForLoadState("load");
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

/** A workspace account made directly in the database, as an admin would make it. */
export async function createAccount(role: "ADMIN" | "ORGANISER" | "EVALUATOR", projectSlug?: string) {
  const { hash } = await import("@node-rs/argon2");
  const email = `${role.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  const password = "a password for the browser test";
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const [user] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, role, "passwordHash") VALUES (gen_random_uuid()::text, $1, $2, $3, $4) RETURNING id`,
    [email, `Test ${role.toLowerCase()}`, role, passwordHash],
  );
  if (projectSlug) {
    await query(`INSERT INTO "ProjectMember" ("userId", "projectId") SELECT $1, id FROM "Project" WHERE slug = $2`, [user!.id, projectSlug]);
  }
  return { email, password };
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/signin?lang=en");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projects");
}

/** Signs in (the sign-in page is opened in English), then lets the browser's own language count. */
export async function signInInBrowserLanguage(page: Page, account: { email: string; password: string }) {
  await signIn(page, account);
  await page.context().clearCookies({ name: "lang" });
}

/** The page's uncaught errors from now on: a page that breaks with JavaScript on is broken. */
export function pageErrorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = ""), i++;
    } else field += c;
  }
  return rows;
}

/** The bytes of a downloaded file. */
export async function readDownload(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
