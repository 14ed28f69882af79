import { expect, test, type Page } from "@playwright/test";
import { createAccount, expectAccessible, signIn } from "./support";

// Building a questionnaire as a first-time organiser would (issue 10): adding questions one
// after another, choosing how to start, naming the questionnaire, giving choice questions
// their options by typing or pasting lines, and reading the question list.

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });

async function newBlankQuestionnaire(page: Page) {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "New questionnaire" }).click();
  await page.getByLabel("Blank questionnaire (start from scratch)").check();
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");
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
