import { devices, expect, test, type Browser, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { asShown } from "../support/shown-counts";
import { countInRow, createAccount, expectAccessible, parseCsv, query, readDownload, signIn } from "./support";

// Issue 10's story: a new organiser's first hour, JavaScript on. An admin makes an empty
// project; its organiser records the event, writes a questionnaire of their own with a
// conditional question, translates it, opens it; six phones answer in Latvian and English;
// then the results, a chart's PNG, the numbers' CSV and the raw exports are opened, and every
// number agrees with what the phones sent.

test.use({ locale: "en-GB", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

const english = new Map([
  ["Jautājumi", "Questions"],
  ["Upes taka: ko domā iedzīvotāji", "The river path: what residents think"],
  ["Vai jūs staigājat pa upes taku?", "Do you walk along the river path?"],
  ["Jā", "Yes"],
  ["Nē", "No"],
  ["Taka vakarā ir droša.", "The path is safe in the evening."],
  ["Kas jūs attur?", "What keeps you away?"],
]);

/** Fills every English field of the translations page from its Latvian source. */
async function translateIntoEnglish(page: Page) {
  for (const row of await page.locator("table.translations tbody tr").all()) {
    const source = ((await row.locator("td").first().textContent()) ?? "").trim();
    const field = row.locator("input, textarea");
    if (!source || (await field.inputValue())) continue;
    const translation = english.get(source);
    expect(translation, `an English text for "${source}"`).toBeDefined();
    await field.fill(translation!);
  }
}

/** A phone answers by join code: walks, or does not and says why; and how safe the path feels. */
async function answerOnAPhone(browser: Browser, joinCode: string, phone: { locale: string; walks: boolean; agreement: string; why?: string }) {
  const context = await browser.newContext({ ...devices["Pixel 5"], locale: phone.locale });
  const page = await context.newPage();
  const lv = phone.locale.startsWith("lv");
  await page.goto("/");
  await page.getByRole("textbox").fill(joinCode.toLowerCase());
  await page.getByRole("main").getByRole("button").click();
  await page.getByRole("link", { name: lv ? "Sākt" : "Start" }).click();
  await page.getByRole("radio", { name: phone.walks ? (lv ? "Jā" : "Yes") : lv ? "Nē" : "No", exact: true }).check();
  const why = page.getByLabel(lv ? "Kas jūs attur?" : "What keeps you away?");
  // The condition: the question appears only for those who do not walk there.
  if (phone.walks) await expect(why).toBeHidden();
  else await why.fill(phone.why!);
  await page.getByRole("radio", { name: phone.agreement, exact: true }).check();
  await page.getByRole("button", { name: lv ? "Nosūtīt atbildes" : "Send answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lv ? "Paldies!" : "Thank you!");
  await context.close();
}

test("a new organiser goes from an empty project to an open questionnaire with a condition and translations, phones answer it, and its results, chart and exports agree", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const number = Date.now().toString(36);
  const projectName = `Upes taka ${number}`;

  // An admin makes the empty project and lands on its page.
  await signIn(page, await createAccount("ADMIN"));
  await page.getByRole("link", { name: "New project" }).click();
  await page.getByLabel("Name (Latviešu)").fill(projectName);
  await expect(page.getByLabel("Short name for addresses")).toHaveValue(`upes-taka-${number}`);
  await page.getByLabel("Starts on").fill("2027-05-01");
  await page.getByLabel("Ends on").fill("2027-10-31");
  await page.getByRole("button", { name: "Create the project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(projectName);
  await expect(page.getByText("No questionnaires yet.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();

  // Its organiser: a small event, so the smallest group shown is 3 (the least allowed).
  await signIn(page, await createAccount("ORGANISER", `upes-taka-${number}`));
  await page.getByRole("link", { name: projectName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(projectName);
  const projectUrl = page.url();
  await page.getByRole("link", { name: "Project settings" }).click();
  await page.getByLabel(/^Smallest group shown in results/).fill("3");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("The targets are saved.");

  // The event (the page that crashed with JavaScript on).
  await page.goto(projectUrl);
  await page.getByRole("link", { name: "New event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New event");
  await page.getByLabel("Title (Latviešu)").fill("Pastaiga pa upes taku");
  await page.getByLabel(/^Place/).fill("Daugavpils, upes krastmala");
  await page.getByLabel(/^Starts/).fill("2027-06-12T10:00");
  await page.getByLabel(/^Ends/).fill("2027-06-12T13:00");
  await page.getByLabel(/^Attendance/).fill("40");
  await page.getByRole("button", { name: "Save the event" }).click();
  await expect(page.getByRole("status")).toHaveText("The event is saved.");

  // A blank questionnaire for the event, named on its own page.
  await page.goto(projectUrl);
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await page.getByLabel("Blank questionnaire (start from scratch)").check();
  await page.getByLabel("Main language").selectOption("lv");
  await page.getByLabel("For the event").selectOption({ label: "Pastaiga pa upes taku (12 June 2027)" });
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");
  const overviewUrl = page.url();
  await page.getByLabel("Title (Latviešu)").fill("Upes taka: ko domā iedzīvotāji");
  await page.getByRole("button", { name: "Save the title and introduction" }).click();
  await expect(page.getByRole("status")).toHaveText("The title and introduction are saved.");

  // Three questions: a choice, an agreement statement, and a text shown only after "Nē".
  await page.getByRole("link", { name: "Questions and pages" }).click();
  const addQuestion = async (text: string, type: string) => {
    await page.getByLabel("Question (Latviešu)").fill(text);
    await page.getByLabel("Type").selectOption(type);
    await page.getByRole("button", { name: "Add", exact: true }).first().click();
    await expect(page.getByLabel("Question (Latviešu)")).toHaveValue("");
  };
  await addQuestion("Vai jūs staigājat pa upes taku?", "SINGLE_CHOICE");
  await addQuestion("Taka vakarā ir droša.", "LIKERT");
  await addQuestion("Kas jūs attur?", "SHORT_TEXT");
  await expect(page.locator(".builder-questions > li")).toHaveCount(3);

  await page.getByRole("link", { name: "Vai jūs staigājat pa upes taku?" }).click();
  await page.getByLabel("New option 1 (Latviešu)").fill("Jā");
  await page.getByLabel("New option 2 (Latviešu)").fill("Nē");
  await page.getByLabel("An answer is required").check();
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await expect(page.getByLabel("Code of option 1")).toHaveValue("ja");
  await expect(page.getByLabel("Code of option 2")).toHaveValue("ne");
  await page.getByRole("link", { name: "←" }).click();

  await page.getByRole("link", { name: "Kas jūs attur?" }).click();
  await page.getByLabel("Show this question only if").selectOption({ label: "q1 is “Nē”" });
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await page.getByRole("link", { name: "←" }).click();
  const list = page.locator(".builder-questions > li");
  await expect(list.nth(0)).toContainText("Single choice · required");
  await expect(list.nth(2)).toContainText("only if q1 is “Nē”");
  await expectAccessible(page);

  // English beside Latvian: the only other language needed at this event.
  await page.goto(overviewUrl);
  await page.getByRole("link", { name: "Translations and languages" }).click();
  await page.getByLabel("Add a language").selectOption("en");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("link", { name: /^English:/ }).click();
  await expect(page.getByRole("link", { name: /^English:/ })).toHaveAttribute("aria-current", "true");
  await expect(page.locator("table.translations tbody th[scope=row]").first()).toHaveText("Title");
  await translateIntoEnglish(page);
  await page.getByRole("button", { name: "Save the translations" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Saved: (1 text|\d+ texts) changed\.$/);
  await expect(page.getByRole("link", { name: /^English:/ })).toHaveText(/^English: (\d+) of \1 texts$/);
  await expectAccessible(page);

  await page.goto(overviewUrl);
  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Open");
  const joinCode = (await page.getByTestId("join-code").textContent())!;

  // Six phones: three walk there (Latvian), three do not and say why (English).
  const phones = [
    { locale: "lv-LV", walks: true, agreement: "Piekrītu" },
    { locale: "lv-LV", walks: true, agreement: "Piekrītu" },
    { locale: "lv-LV", walks: true, agreement: "Pilnībā piekrītu" },
    { locale: "en-GB", walks: false, agreement: "Disagree", why: "No lights after dark" },
    { locale: "en-GB", walks: false, agreement: "Agree", why: "Too far from home" },
    { locale: "en-GB", walks: false, agreement: "Agree", why: "Dogs off the lead" },
  ];
  for (const phone of phones) await answerOnAPhone(browser, joinCode, phone);
  await page.reload();
  await expect(page.getByTestId("response-count")).toHaveText("6");
  // The event is over: closed, its last hour counts at once on the results pages.
  await page.getByRole("button", { name: "Close now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Closed");

  // The results, as the organiser reads them (in the workspace's language, English).
  await page.getByRole("link", { name: "Results and charts" }).click();
  await expect(page.getByRole("link", { name: "The river path: what residents think" })).toBeVisible();
  const result = (question: string) => page.getByRole("region", { name: question });
  const walks = result("Do you walk along the river path?");
  // Counts read within ±2 of the truth and not under k (cell key method), shares of those.
  const yes = await countInRow(walks.getByRole("row", { name: /^Yes/ }));
  const no = await countInRow(walks.getByRole("row", { name: /^No/ }));
  expect(asShown([yes, no], [3, 3], 3)).toEqual([3, 3]);
  await expect(walks.locator("figcaption")).toContainText(/Most chosen: (Yes|No) \(\d+(\.\d)? %\)\./);
  // Four agree of six; "disagree" (one) and "strongly agree" (one) are under 3, so both are
  // hidden, and no share is worked out from them as if they were zero.
  const safe = result("The path is safe in the evening.");
  expect(asShown(await countInRow(safe.getByRole("row", { name: /^Agree/ })), 4, 3)).toBe(4);
  await expect(safe.getByRole("row", { name: /^Disagree/ })).toHaveText(/hidden/);
  await expect(safe.locator("figcaption")).toContainText("both sides include hidden numbers, so their shares are not given");
  await expect(safe.locator("figcaption")).not.toContainText("0 %");
  const why = result("What keeps you away?");
  for (const text of ["No lights after dark", "Too far from home", "Dogs off the lead"]) await expect(why.getByText(text)).toBeVisible();
  await expectAccessible(page);

  // The chart's PNG reads alone: the chart under a header of text.
  await expect(walks.getByRole("button", { name: "Download the chart (PNG)" })).toBeVisible();
  const chartHeight = await walks.locator("canvas").evaluate((canvas: HTMLCanvasElement) => canvas.height);
  const [png] = await Promise.all([page.waitForEvent("download"), walks.getByRole("button", { name: "Download the chart (PNG)" }).click()]);
  expect(png.suggestedFilename()).toBe("q1.png");
  const image = PNG.sync.read(await readDownload(png));
  expect(image.height).toBeGreaterThan(chartHeight);

  // The chart's numbers as CSV: the overall row reads "All", as on the page.
  const [numbers] = await Promise.all([page.waitForEvent("download"), walks.getByRole("link", { name: "Download these numbers (CSV)" }).click()]);
  const numberRows = parseCsv((await readDownload(numbers)).toString("utf8").slice(1));
  expect(numberRows[1]).toEqual(["Group", "n", "Yes", "Yes: share of respondents (%)", "No", "No: share of respondents (%)"]);
  expect(numberRows[2]![0]).toBe("All");
  expect(numberRows[2]![2]).toBe(String(yes));
  expect(numberRows[2]![4]).toBe(String(no));
  expect(asShown(Number(numberRows[2]![1]), 6, 3)).toBe(6);

  // The raw responses: six rows, the texts of those who said why, in both files.
  await page.goto(overviewUrl);
  await page.getByRole("link", { name: "Download the responses (CSV, XLSX)" }).click();
  await expect(page.getByLabel("Language of the labels and question texts")).toHaveValue("en");
  await page.getByLabel(/^Labels/).check();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^the-river-path-what-residents-think-labels-en-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parseCsv((await readDownload(csv)).toString("utf8").slice(1));
  expect(rows).toHaveLength(7);
  const whyColumn = rows[0]!.findIndex((heading) => heading.startsWith("q3"));
  expect(rows.slice(1).map((row) => row[whyColumn]).filter(Boolean).sort()).toEqual(["Dogs off the lead", "No lights after dark", "Too far from home"]);
  const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download XLSX (Excel)" }).click()]);
  expect((await readDownload(xlsx)).subarray(0, 2).toString()).toBe("PK");

  // And the database holds what the phones sent, nothing more.
  const stored = await query<{ language: string; count: string }>(
    `SELECT r.language, count(*) FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId" WHERE s."joinCode" = $1 GROUP BY r.language ORDER BY r.language`,
    [joinCode],
  );
  expect(stored).toEqual([
    { language: "en", count: "3" },
    { language: "lv", count: "3" },
  ]);
});
