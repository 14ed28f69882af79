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
  // The questionnaire runs at several events (the demo's runs elsewhere): the export is of all of them.
  const perEvent = await query<{ event: string; country: string; zone: string; count: string }>(
    `SELECT e.title->>'en' AS event, upper(p.country) AS country, e."timeZone" AS zone, count(r.id) AS count
     FROM "Survey" s JOIN "Event" e ON e.id = s."eventId" JOIN "Partner" p ON p.id = e."hostPartnerId" JOIN "Response" r ON r."surveyId" = s.id
     WHERE s.id = (SELECT id FROM "Survey" WHERE "joinCode" = 'DAUGAV') OR s."originalId" = (SELECT id FROM "Survey" WHERE "joinCode" = 'DAUGAV')
     GROUP BY 1, 2, 3`,
  );
  expect(perEvent.length).toBeGreaterThan(1);
  await expect(page.getByText(`The questionnaire runs at ${perEvent.length} events, and the file holds the responses of every event.`, { exact: false })).toBeVisible();
  await expect(page.getByText(/the hour of sending, local to that event/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/^Labels/).check();
  await page.getByLabel("Language of the labels and question texts").selectOption("en");
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/-labels-en-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readDownload(csv);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8").slice(1));
  // Each row names its event, its host's country and the zone its hour is written in (the
  // event's): as many rows of each as that event's responses in the database.
  expect(rows[0]!.slice(0, 6)).toEqual(["event", "country", "time_zone", "language", "submitted_hour", expect.stringMatching(/^age_band: /)]);
  const rowsOf = (event: string) => rows.slice(1).filter((row) => row[0] === event);
  for (const { event, country, zone, count } of perEvent) {
    expect(rowsOf(event), event).toHaveLength(Number(count));
    expect(new Set(rowsOf(event).map((row) => `${row[1]} ${row[2]}`)), event).toEqual(new Set([`${country} ${zone}`]));
  }
  expect(rows).toHaveLength(perEvent.reduce((sum, { count }) => sum + Number(count), 0) + 1);
  expect(perEvent.find(({ country }) => country === "LV")?.zone).toBe("Europe/Riga");
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
