import { expect, test, type Page } from "@playwright/test";
import { createAccount, expectAccessible, signIn } from "./support";

// Building a questionnaire as a first-time organiser would (issue 10): adding questions one
// after another, choosing how to start, naming the questionnaire, giving choice questions
// their options by typing or pasting lines, and reading the question list.

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });

/** Adds a language on the questionnaire's translations page (it opens on that language). */
async function addLanguage(page: Page, code: string) {
  await page.getByRole("link", { name: "Translations and languages" }).click();
  await page.getByLabel("Add a language").selectOption(code);
  await page.getByRole("button", { name: "Add", exact: true }).click();
}

async function newBlankQuestionnaire(page: Page, withEnglish = false) {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await page.getByLabel("Blank questionnaire (start from scratch)").check();
  await page.getByLabel("Main language").selectOption("lv");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");
  if (!withEnglish) return;
  const overview = page.url();
  await addLanguage(page, "en");
  await page.goto(overview);
}

test("after adding a question the form is empty again, so a second click adds no duplicate", async ({ page }) => {
  await newBlankQuestionnaire(page);
  await page.getByRole("link", { name: "Questions and pages" }).click();
  const questions = page.locator(".builder-questions > li");
  const text = page.getByLabel("Question (Latviešu)");

  await text.fill("Cik bieži jūs apmeklējat pasākumus?");
  await page.getByLabel("Type").selectOption("RATING");
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await expect(questions).toHaveCount(1);
  await expect(text).toHaveValue("");

  // Clicking Add again by mistake adds nothing and says why.
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await expect(page.getByRole("alert")).toHaveText("Write the text of the question first.");
  await expect(questions).toHaveCount(1);

  await text.fill("Ko jūs gribētu mainīt?");
  await page.getByLabel("Type").selectOption("LONG_TEXT");
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await expect(questions).toHaveCount(2);
  await expect(text).toHaveValue("");
  await expect(questions.last()).toContainText("Ko jūs gribētu mainīt?");
  await expectAccessible(page);
});

test("a new questionnaire starts from an explicit choice; its title and introduction are written on its own page", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  const start = page.getByRole("group", { name: "How do you want to start?" });
  await expect(start.getByRole("radio")).toHaveCount(4);
  for (const radio of await start.getByRole("radio").all()) await expect(radio).not.toBeChecked();
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(start).toHaveAccessibleDescription(/Choose a blank questionnaire or one of the templates\./);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New questionnaire");
  await expectAccessible(page);
  await page.getByLabel("Blank questionnaire (start from scratch)").check();
  // The main language is the organiser's own language until they choose another.
  await expect(page.getByLabel("Main language")).toHaveValue("en");
  await page.getByLabel("Main language").selectOption("lv");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");

  const title = page.getByLabel("Title (Latviešu)");
  await expect(title).toHaveValue("Anketa bez nosaukuma");
  await title.fill("");
  await page.getByRole("button", { name: "Save the title and introduction" }).click();
  await expect(page.getByRole("alert")).toHaveText("Write the questionnaire's title.");
  await expect(title).toHaveAccessibleDescription(/Write the questionnaire's title\./);
  await title.fill("Pastaiga gar upi");
  await page.getByLabel("Introduction (Latviešu)").fill("Pastāstiet, ko domājat par jauno taku.");
  await page.getByRole("button", { name: "Save the title and introduction" }).click();
  await expect(page.getByRole("status")).toHaveText("The title and introduction are saved.");
  await expectAccessible(page);

  // The translations page names each text as a person reads it.
  await addLanguage(page, "en");
  await expect(page.getByRole("link", { name: /^English:/ })).toHaveAttribute("aria-current", "true");
  const rows = page.locator("table.translations tbody th[scope=row]");
  await expect(rows.nth(0)).toHaveText("Title");
  await expect(rows.nth(1)).toHaveText("Introduction");
  await expect(rows.nth(2)).toHaveText("Page 1 title");
  const source = page.locator("table.translations tbody tr").filter({ has: page.getByText("Title", { exact: true }) });
  await expect(source).toContainText("Pastaiga gar upi");
  await expect(page.locator("table.translations tbody tr").nth(1)).toContainText("Pastāstiet, ko domājat par jauno taku.");
});

/** Dispatches a paste of `text` into a field, as a browser does for Ctrl+V. */
async function paste(page: Page, label: string, text: string) {
  await page.getByLabel(label).evaluate((field, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    field.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a choice question's options are typed or pasted into empty fields; codes follow the labels; the list says each question's condition in words", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await newBlankQuestionnaire(page, true);
  await page.getByRole("link", { name: "Questions and pages" }).click();
  await page.getByLabel("Question (Latviešu)").fill("Vai jūs braucat ar autobusu?");
  await page.getByLabel("Type").selectOption("SINGLE_CHOICE");
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await expect(page.locator(".builder-questions > li").first()).toContainText("Single choice · optional · no options yet");
  await page.getByRole("link", { name: "Write the options of q1" }).click();

  // Empty fields, no placeholder options to delete.
  await expect(page.getByLabel("New option 1 (Latviešu)")).toHaveValue("");
  await expect(page.getByLabel("New option 2 (Latviešu)")).toHaveValue("");
  await expect(page.getByLabel(/^Option 1 /)).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("New option 1 (Latviešu)").fill("Jā, bieži");
  await page.getByLabel("New option 1 (Latviešu)").press("Enter");
  await expect(page.getByLabel("New option 2 (Latviešu)")).toBeFocused();
  await paste(page, "New option 2 (Latviešu)", "Dažreiz\nNē, nekad\n\nНе знаю\n");
  await expect(page.getByLabel("New option 2 (Latviešu)")).toHaveValue("Dažreiz");
  await expect(page.getByLabel("New option 3 (Latviešu)")).toHaveValue("Nē, nekad");
  await expect(page.getByLabel("New option 4 (Latviešu)")).toHaveValue("Не знаю");
  await expect(page.getByLabel("New option 5 (Latviešu)")).toHaveValue("");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  // Saved: the new fields are empty again and the options have readable codes.
  await expect(page.getByLabel("New option 1 (Latviešu)")).toHaveValue("");
  await expect(page.getByLabel("New option 2 (Latviešu)")).toHaveCount(0);
  const codes = await Promise.all([1, 2, 3, 4].map((n) => page.getByLabel(`Code of option ${n}`).inputValue()));
  expect(codes).toEqual(["ja_biezi", "dazreiz", "ne_nekad", "ne_znayu"]);

  // A code can be chosen by hand; a bad one is refused with the reason.
  await page.getByLabel("Code of option 4").fill("Don't know");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("alert")).toContainText("small Latin letters, digits or _");
  await expect(page.getByLabel("Code of option 4")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Code of option 4").fill("dont_know");
  await page.getByLabel("Option 1 (English)").fill("Yes, often");
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await expect(page.getByLabel("Code of option 4")).toHaveValue("dont_know");
  await page.getByRole("link", { name: "←" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");

  // A second question shown only for one answer to the first: the choice reads in English,
  // the organiser's language, where the option has an English label.
  await page.getByLabel("Question (Latviešu)").fill("Kuru maršrutu jūs izmantojat?");
  await page.getByLabel("Type").selectOption("SHORT_TEXT");
  await page.getByRole("button", { name: "Add", exact: true }).first().click();
  await page.getByRole("link", { name: "Kuru maršrutu jūs izmantojat?" }).click();
  await page.getByLabel("Show this question only if").selectOption({ label: "q1 is “Yes, often”" });
  await page.getByLabel("An answer is required").check();
  await page.getByRole("button", { name: "Save the question" }).click();
  await expect(page.getByRole("status")).toHaveText("Done.");
  await page.getByRole("link", { name: "←" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Questions");
  const listed = page.locator(".builder-questions > li");
  await expect(listed.nth(0).locator(".question-facts")).toHaveText("Single choice · optional");
  await expect(listed.nth(1).locator(".question-facts")).toHaveText("Short text · required · only if q1 is “Yes, often”");
  await expectAccessible(page);
});

test("once a question has answers its option codes are shown read-only, with the reason", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) }).getByRole("link").click();
  await page.getByRole("link", { name: "Questions and pages" }).click();
  await expect(page.locator(".builder-questions > li").first().locator(".question-facts")).toHaveText("Single choice · required · demographic");
  await page.getByRole("link", { name: "How old are you?" }).click();
  const code = page.getByLabel("Code of option 3");
  await expect(code).toHaveValue("25_34");
  await expect(code).not.toBeEditable();
  await expect(code).toHaveAccessibleDescription(/already has answers, which are stored with these codes/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("options are added as lines of a text area; a line the question already has is refused and kept for correction", async ({ page }) => {
    test.setTimeout(120_000);
    await newBlankQuestionnaire(page);
    await page.getByRole("link", { name: "Questions and pages" }).click();
    await page.getByLabel("Question (Latviešu)").fill("Kā jūs uzzinājāt par pasākumu?");
    await page.getByLabel("Type").selectOption("MULTIPLE_CHOICE");
    await page.getByRole("button", { name: "Add", exact: true }).first().click();
    await expect(page.getByRole("status")).toContainText("Question q1 added.");
    await page.getByRole("link", { name: "Write the options of q1" }).click();

    const lines = page.getByLabel("New options, one per line (Latviešu)");
    await expect(lines).toHaveValue("");
    await lines.fill("No draugiem\n\n  Sociālajos tīklos \nno draugiem");
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByRole("alert")).toHaveText("“no draugiem” is already an option of this question.");
    await expect(lines).toHaveValue("No draugiem\n\n  Sociālajos tīklos \nno draugiem");
    await lines.fill("No draugiem\nSociālajos tīklos\nAvīzē");
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByRole("status")).toHaveText("Done.");
    await expect(page.getByLabel("Option 2 (Latviešu)")).toHaveValue("Sociālajos tīklos");
    await expect(page.getByLabel("Code of option 2")).toHaveValue("socialajos_tiklos");
    await expect(lines).toHaveValue("");

    // More lines later go after the others.
    await lines.fill("Plakātā");
    await page.getByRole("button", { name: "Save the question" }).click();
    await expect(page.getByLabel("Option 4 (Latviešu)")).toHaveValue("Plakātā");
    await expect(page.getByLabel("Code of option 4")).toHaveValue("plakata");
    await page.getByRole("link", { name: "←" }).click();
    await expect(page.locator(".builder-questions > li").first().locator(".question-facts")).toHaveText("Multiple choice · optional");
  });
});
