import { expect, test } from "@playwright/test";
import { de } from "../../app/i18n/messages/de";
import { sv } from "../../app/i18n/messages/sv";
import { createAccount, expectAccessible, expectNoHorizontalScroll } from "./support";

// Issue 12: the workspace speaks the partnership's languages. A browser set to Swedish gets
// Swedish from the first page; the switcher (a list to pick from, there are eight) changes the
// language with or without JavaScript, and the choice stays for the pages that follow.

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ locale: "sv-SE", javaScriptEnabled });

    test("a Swedish organiser signs in in Swedish and switches the workspace to German", async ({ page }) => {
      const account = await createAccount("ORGANISER", "wir");
      await page.goto("/signin");
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      await page.getByLabel(sv["signIn.email"]).fill(account.email);
      await page.getByLabel(sv["signIn.password"]).fill(account.password);
      await page.getByRole("button", { name: sv["signIn.submit"] }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(sv["workspace.projects"]);
      // axe runs its checks as a script in the page, which this context does not run.
      if (javaScriptEnabled) await expectAccessible(page);

      await page.getByLabel(sv["language.label"]).selectOption("de");
      await page.getByRole("button", { name: sv["language.change"] }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "de");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(de["workspace.projects"]);
      await expect(page.getByLabel(de["language.label"])).toHaveValue("de");

      // The choice is remembered: a link without ?lang= stays German.
      await page.goto("/projects");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(de["workspace.projects"]);
    });
  });
}

test("the switcher of eight languages fits a 320 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/signin?lang=fi");
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
  await expect(page.locator("select[name=lang] option")).toHaveCount(8);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});
