import { expect, test } from "@playwright/test";
import { answerVisibleQuestions, expectAccessible, expectNoHorizontalScroll } from "./support";

test.describe("resident pages", () => {
  test.use({ locale: "lv-LV" });

  test("a wrong join code is explained on the start page and at /s/CODE", async ({ page }) => {
    await page.goto("/?lang=en");
    await page.getByRole("textbox", { name: "Join code" }).fill("zz zz zz");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert")).toHaveText(/No survey has the code ZZZZZZ/);
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Join code" }).fill("abc");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("alert")).toHaveText(/6 letters and digits/);

    const response = await page.goto("/s/QQQQQQ?lang=ru");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Опрос не найден");
    await expect(page.getByRole("textbox", { name: "Код для участия" })).toHaveValue("QQQQQQ");
    await expectAccessible(page);
  });

  test("a closed survey shows a friendly page and cannot be answered", async ({ page }) => {
    await page.goto("/s/DGPBFR?lang=en");
    await expect(page.getByRole("heading", { name: "This survey is not open" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start" })).toHaveCount(0);
    await expectAccessible(page);
    await page.goto("/s/DGPBFR/answer?lang=en");
    await expect(page).toHaveURL(/\/s\/DGPBFR\?lang=en$/);
  });

  test("the language follows the browser and the switcher", async ({ page }) => {
    await page.goto("/s/DAUGAV");
    await expect(page).toHaveURL(/lang=lv/);
    // The demo questionnaire has eight languages: a select, not a row of links.
    await page.getByLabel("Valoda").selectOption("ru");
    await page.getByRole("button", { name: "Mainīt" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("link", { name: "Начать" })).toBeVisible();
  });

  test("missing and out-of-range answers are shown next to the fields, other answers kept", async ({ page }) => {
    await page.goto("/s/DAUGAV/answer?lang=en");
    await page.getByLabel("How many people live in your household, including you?").fill("99");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(".error-summary")).toBeVisible();
    await expect(page.locator("#q-household_size-error")).toHaveText("Enter a number of at most 20.");
    await expect(page.locator("#q-age_band-error")).toHaveText("Please answer this question.");
    await expect(page.getByLabel("How many people live in your household, including you?")).toHaveValue("99");
    await expectAccessible(page);
  });

  test("a condition hides and shows a question at once", async ({ page }) => {
    await page.goto("/s/DAUGAV/answer?lang=en");
    for (let i = 1; i <= 2; i++) {
      await answerVisibleQuestions(page, "x");
      await page.getByRole("button", { name: "Next" }).click();
      await expect(page.locator(".progress-text")).toHaveText(`Page ${i + 1} of 4`);
    }
    const detail = page.getByLabel(/Which language would make it easier/);
    await expect(detail).toHaveCount(0);
    await page.getByRole("checkbox", { name: "Language barrier" }).check();
    await expect(detail).toBeVisible();
    await page.getByRole("checkbox", { name: "Language barrier" }).uncheck();
    await expect(detail).toHaveCount(0);
  });

  test("a reload keeps the answers typed so far", async ({ page }) => {
    await page.goto("/s/DAUGAV/answer?lang=en");
    await answerVisibleQuestions(page, "x");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.locator(".progress-text")).toHaveText("Page 2 of 4");
    const firstRadio = page.locator('form.answer-form input[type="radio"]').first();
    await firstRadio.check();
    await page.reload();
    await expect(page.getByRole("status")).toHaveText(/We brought back the answers/);
    await expect(page.locator(".progress-text")).toHaveText("Page 2 of 4");
    await expect(page.locator('form.answer-form input[type="radio"]').first()).toBeChecked();
    await page.getByRole("button", { name: "Back" }).click();
    await expect(page.locator(".progress-text")).toHaveText("Page 1 of 4");
    await expect(page.locator('input[type="radio"][name="q.age_band"]').first()).toBeChecked();
  });

  test("every resident page fits 320 px without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of ["/?lang=lv", "/s/DAUGAV?lang=ru", "/s/DAUGAV/answer?lang=ru", "/s/DGPBFR?lang=lv", "/s/QQQQQQ?lang=en"]) {
      await page.goto(url);
      await expectNoHorizontalScroll(page);
    }
    await page.goto("/s/DAUGAV/answer?lang=ru");
    for (let i = 1; i <= 3; i++) {
      await answerVisibleQuestions(page, "x");
      await page.getByRole("button", { name: "Далее" }).click();
      await expect(page.locator(".progress-text")).toHaveText(`Страница ${i + 1} из 4`);
      await expectNoHorizontalScroll(page);
    }
  });
});
