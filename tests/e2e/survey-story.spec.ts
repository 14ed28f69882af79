import { devices, expect, test, type Page } from "@playwright/test";
import { answerVisibleQuestions, createAccount, expectAccessible, signIn } from "./support";

// The story of issue 3: an organiser builds a questionnaire from scratch with a question of
// every type, in Latvian and English, opens it, a phone answers it by join code in English,
// and the organiser sees the count go up — then finds type changes refused and wording
// fixes recorded.

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });

const questions = [
  { type: "SINGLE_CHOICE", lv: "Vai esat no Daugavpils?", en: "Are you from Daugavpils?" },
  { type: "MULTIPLE_CHOICE", lv: "Kā jūs uzzinājāt par pasākumu?", en: "How did you hear about the event?" },
  { type: "LIKERT", lv: "Pašvaldība ieklausās iedzīvotājos.", en: "The city listens to its residents." },
  { type: "LIKERT_MATRIX", lv: "Cik lielā mērā piekrītat?", en: "How much do you agree?" },
  { type: "RATING", lv: "Cik ļoti jums patika pasākums?", en: "How much did you like the event?" },
  { type: "NUMBER", lv: "Cik gadus dzīvojat pilsētā?", en: "How many years have you lived in the city?" },
  { type: "SHORT_TEXT", lv: "Jūsu apkaime", en: "Your neighbourhood" },
  { type: "LONG_TEXT", lv: "Ko pilsētai vajadzētu mainīt?", en: "What should the city change?" },
] as const;

const english = new Map<string, string>([["Jautājumi", "Questions"], ...questions.map((q) => [q.lv, q.en] as const)]);

/** Fills every text of the translations table that has a Latvian source but no English yet. */
async function translateIntoEnglish(page: Page) {
  const rows = page.locator("table.translations tbody tr");
  let filled = 0;
  for (const row of await rows.all()) {
    const source = ((await row.locator("td").first().textContent()) ?? "").trim();
    const field = row.locator("input, textarea");
    if (!source || (await field.inputValue())) continue;
    await field.fill(english.get(source) ?? `${source} (EN)`);
    filled++;
  }
  return filled;
}

test("an organiser builds a questionnaire of every question type in two languages, a phone answers it, the count goes up", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await page.getByLabel("Blank questionnaire (start from scratch)").check();
  await page.getByLabel("Main language").selectOption("lv");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");
  const overviewUrl = page.url();

  // Every question type, written in Latvian (the questionnaire's default language).
  await page.getByRole("link", { name: "Questions and pages" }).click();
  for (const [index, question] of questions.entries()) {
    await page.getByLabel("Question (Latviešu)").fill(question.lv);
    await page.getByLabel("Type").selectOption(question.type);
    await page.getByRole("button", { name: "Add", exact: true }).first().click();
    await expect(page.locator(".builder-questions > li")).toHaveCount(index + 1);
  }
  await expect(page.locator(".builder-questions > li").last()).toContainText(questions.at(-1)!.lv);
  await expectAccessible(page);

  // The choice questions and the matrix start empty: their options and statements are written now.
  for (const [question, kind, lines] of [
    [questions[0], "option", ["Jā", "Nē"]],
    [questions[1], "option", ["No draugiem", "Internetā", "Avīzē"]],
    [questions[3], "statement", ["Pilsēta ir droša.", "Pilsētā ir labi dzīvot."]],
  ] as const) {
    await page.getByRole("link", { name: question.lv }).click();
    for (const [index, line] of lines.entries()) await page.getByLabel(`New ${kind} ${index + 1} (Latviešu)`).fill(line);
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByRole("status")).toHaveText("Done.");
    await page.getByRole("link", { name: "←" }).click();
  }

  // Before anyone answers, the agreement scale can get 7 points.
  await page.getByRole("link", { name: questions[2].lv }).click();
  await expect(page.getByLabel("Points on the scale")).toHaveValue("5");
  await page.getByLabel("Points on the scale").selectOption("7");
  await page.getByRole("button", { name: "Change the type" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await expect(page.getByLabel("7 (Latviešu)")).toHaveValue("Pilnībā piekrītu");
  await expectAccessible(page);

  // English is added on the translations page: a blank questionnaire is in its main language only.
  await page.goto(overviewUrl);
  await page.getByRole("link", { name: "Translations and languages" }).click();
  await page.getByLabel("Add a language").selectOption("en");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByRole("link", { name: /^Latviešu:/ }).click();
  await expect(page.getByRole("link", { name: /^Latviešu:/ })).toHaveAttribute("aria-current", "true");
  await page.getByLabel("Title", { exact: true }).fill("Pastaiga gar upi: ko domā iedzīvotāji");
  await page.getByRole("button", { name: "Save the translations" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: 1 text changed.");
  await page.getByRole("link", { name: /^English:/ }).click();
  await expect(page.getByRole("link", { name: /^English:/ })).toHaveAttribute("aria-current", "true");
  // The fields show English (not what the Latvian fields held before switching): nothing yet.
  await expect(page.getByLabel("Page 1 title", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
  await page.getByLabel("Title", { exact: true }).fill("The river walk: what residents think");
  expect(await translateIntoEnglish(page)).toBeGreaterThan(questions.length);
  await page.getByRole("button", { name: "Save the translations" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Saved: \d{2} texts changed\.$/);
  // Every text is in English now.
  await expect(page.getByRole("link", { name: /^English:/ })).toHaveText(/^English: (\d+) of \1 texts$/);

  await page.getByRole("link", { name: "←" }).click();
  await page.getByRole("button", { name: "Open now" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Open");
  await expect(page.getByTestId("response-count")).toHaveText("0");
  const joinCode = (await page.getByTestId("join-code").textContent())!;

  // A phone answers by join code, in English.
  const resident = await browser.newContext({ ...devices["Pixel 5"], locale: "en-GB" });
  const phone = await resident.newPage();
  await phone.goto("/");
  await phone.getByRole("textbox").fill(joinCode.toLowerCase());
  await phone.getByRole("main").getByRole("button").click();
  await phone.getByRole("link", { name: "Start" }).click();
  for (const question of questions) await expect(phone.getByText(question.en, { exact: false }).first()).toBeVisible();
  await expectAccessible(phone);
  await answerVisibleQuestions(phone, "More benches by the river");
  await phone.getByRole("button", { name: "Send answers" }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Thank you!");
  await resident.close();

  await page.reload();
  await expect(page.getByTestId("response-count")).toHaveText("1");

  // Now that it has answers, the scale cannot change; a wording fix is allowed and recorded.
  await page.getByRole("link", { name: "Questions and pages" }).click();
  // The builder lists the questions in the interface's language, now that they have English.
  await page.getByRole("link", { name: questions[2].en }).click();
  await page.getByLabel("Points on the scale").selectOption("5");
  await page.getByRole("button", { name: "Change the type" }).click();
  await expect(page.getByRole("alert")).toContainText("already has answers");
  await expect(page.getByRole("alert")).toContainText("duplicate");
  await page.getByLabel("Question (English)").fill("The city listens to its residents well.");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await page.goto(overviewUrl);
  const edits = page.getByRole("region", { name: "Wording changes after answers arrived" });
  await expect(edits.getByRole("row", { name: /The city listens to its residents well\./ })).toContainText(questions[2].en);
  await expectAccessible(page);
});

test("an organiser drags a question to another place in the builder", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await page.getByLabel("Event feedback").check();
  await page.getByRole("button", { name: "Create the draft" }).click();
  await page.getByRole("link", { name: "Questions and pages" }).click();
  await expect(page.getByText("You can also drag a question onto another")).toHaveCount(1);
  const items = page.locator(".builder-questions > li");
  const keys = await items.locator(".code").allTextContents();
  await items.nth(2).dragTo(items.nth(0));
  await expect(page.getByRole("status")).toHaveText("Done.");
  await expect(items.locator(".code")).toHaveText([keys[2]!, keys[0]!, keys[1]!, ...keys.slice(3)]);
});
