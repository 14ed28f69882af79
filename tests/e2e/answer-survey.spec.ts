import { expect, test } from "@playwright/test";
import { answerTexts, answerVisibleQuestions, expectAccessible, expectNoHorizontalScroll, realResponses } from "./support";

const cases = [
  { lang: "ru", locale: "ru-RU", javaScript: true, start: "Начать", next: "Далее", send: "Отправить ответы", thanks: "Спасибо!" },
  { lang: "lv", locale: "lv-LV", javaScript: true, start: "Sākt", next: "Tālāk", send: "Nosūtīt atbildes", thanks: "Paldies!" },
  { lang: "ru", locale: "ru-RU", javaScript: false, start: "Начать", next: "Далее", send: "Отправить ответы", thanks: "Спасибо!" },
  { lang: "lv", locale: "lv-LV", javaScript: false, start: "Sākt", next: "Tālāk", send: "Nosūtīt atbildes", thanks: "Paldies!" },
];

for (const c of cases) {
  test.describe(`a resident answering in ${c.lang}, JavaScript ${c.javaScript ? "on" : "off"}`, () => {
    test.use({ locale: c.locale, javaScriptEnabled: c.javaScript });

    test("types the join code, answers every page and the response is stored", async ({ page }) => {
      const marker = `e2e ${c.lang} ${c.javaScript ? "js" : "nojs"} ${Date.now()}`;
      const before = await realResponses("DAUGAV");

      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", c.lang);
      // axe runs inside the page, so it checks these pages in the runs with JavaScript.
      const checkAccessibility = async () => c.javaScript && (await expectAccessible(page));
      await checkAccessibility();
      await page.getByRole("textbox").fill("daug-av");
      await page.getByRole("main").getByRole("button").click();

      await expect(page).toHaveURL(new RegExp(`/s/DAUGAV\\?lang=${c.lang}$`));
      await expect(page.locator(".privacy-notice")).toBeVisible();
      await checkAccessibility();
      await page.getByRole("link", { name: c.start }).click();

      for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
        // The bar's value, not its text: "3. lapa no 4" also contains a 4, and without JavaScript
        // the check would pass on page 3 while it is still being left.
        await expect(page.locator("form.answer-form progress")).toHaveAttribute("value", `${pageNumber}`);
        await checkAccessibility();
        await answerVisibleQuestions(page, marker);
        const last = pageNumber === 4;
        await page.getByRole("button", { name: last ? c.send : c.next }).click();
      }

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.thanks);
      await expect(page.locator("html")).toHaveAttribute("lang", c.lang);
      await checkAccessibility();

      const after = await realResponses("DAUGAV");
      const added = after.filter((r) => !before.some((b) => b.id === r.id));
      expect(added).toHaveLength(1);
      expect(added[0]!.language).toBe(c.lang);
      expect(new Date(added[0]!.submittedHour).getUTCMinutes()).toBe(0);
      expect(await answerTexts(added[0]!.id)).toContain(marker);

      // A second visit from the same phone is told it has answered already.
      await page.goto(`/s/DAUGAV?lang=${c.lang}`);
      await expect(page.locator("#already-title")).toBeVisible();
      await checkAccessibility();
    });
  });
}
