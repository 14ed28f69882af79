import { expect, test, type Page } from "@playwright/test";
import { createAccount, expectAccessible, parseCsv, query, readDownload, signIn } from "./support";

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });

const demoSurveyRow = (page: Page) =>
  page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) });

async function openDemoSurvey(page: Page) {
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await demoSurveyRow(page).getByRole("link").click();
  await expect(page.getByTestId("join-code")).toHaveText("DAUGAV");
}

test("an organiser reads the warning and downloads the responses as CSV and XLSX", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await openDemoSurvey(page);
  await page.getByRole("link", { name: "Download the responses (CSV, XLSX)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Download the raw responses");
  await expect(page.getByRole("heading", { name: "These are raw answers: handle them with care" })).toBeVisible();
  await expect(page.getByText(/can point to one person in a small group/)).toBeVisible();
  await expect(page.getByText(/The time is the hour of sending, in Riga \(Eastern European Time\)\./)).toBeVisible();
  await expectAccessible(page);

  const [responses] = await query<{ count: string }>(
    `SELECT count(*) FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId" WHERE s."joinCode" = 'DAUGAV'`,
  );
  await page.getByLabel(/^Labels/).check();
  await page.getByLabel("Language of the labels and question texts").selectOption("en");
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/-labels-en-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readDownload(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8").slice(1));
  expect(rows).toHaveLength(Number(responses!.count) + 1);
  // The Daugavpils meeting's questionnaire: hours in Riga's zone, named in the labelled header.
  expect(rows[0]!.slice(0, 3)).toEqual(["language", "submitted_hour: Europe/Riga", expect.stringMatching(/^age_band: /)]);
  expect(new Set(rows.map((row) => row.length))).toEqual(new Set([rows[0]!.length]));

  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download XLSX (Excel)" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect((await readDownload(xlsx)).subarray(0, 2).toString()).toBe("PK");
});

test("in a Russian workspace the labels default to Russian and the file is named by the Russian title in Latin letters", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await openDemoSurvey(page);
  const exportPath = `${new URL(page.url()).pathname}/export`;
  await page.goto(`${exportPath}?lang=ru`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Скачать исходные ответы");
  const language = page.getByLabel("Язык названий и текстов вопросов");
  await expect(language).toHaveValue("ru");
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Скачать CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^stereotipy-i-grazhdanskoe-uchastie-codes-\d{4}-\d{2}-\d{2}\.csv$/);
  const labels = page.waitForEvent("download");
  await page.getByLabel(/^Названия/).check();
  await page.getByRole("button", { name: "Скачать CSV" }).click();
  expect((await labels).suggestedFilename()).toMatch(/^stereotipy-i-grazhdanskoe-uchastie-labels-ru-\d{4}-\d{2}-\d{2}\.csv$/);

  // Back in English, the labels follow (the questionnaire's main language is Latvian).
  await page.goto(`${exportPath}?lang=en`);
  await expect(page.getByLabel("Language of the labels and question texts")).toHaveValue("en");
});

test("an evaluator gets no export link, and the export page refuses them", async ({ page }) => {
  await signIn(page, await createAccount("EVALUATOR", "wir"));
  await openDemoSurvey(page);
  await expect(page.getByRole("link", { name: /Download the responses/ })).toHaveCount(0);
  const exportUrl = `${new URL(page.url()).pathname}/export`;
  expect((await page.goto(exportUrl))?.status()).toBe(403);
  expect((await page.request.get(`${exportUrl}/download?format=csv`)).status()).toBe(403);
});
