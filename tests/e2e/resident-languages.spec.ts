import { expect, test } from "@playwright/test";
import { ar } from "../../app/i18n/messages/resident/ar";
import { pl } from "../../app/i18n/messages/resident/pl";
import { uk } from "../../app/i18n/messages/resident/uk";
import { expectAccessible, expectNoHorizontalScroll } from "./support";

// Issue 12: the start page in a right-to-left language is mirrored, and pages in Arabic, a
// Cyrillic and a Latin language pass the accessibility check.

test.use({ viewport: { width: 320, height: 640 } });

test("in Arabic the start page runs right to left: the label and the field start at the right", async ({ page }) => {
  await page.goto("/?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ar["home.title"]);
  const main = (await page.locator("main").boundingBox())!;
  const label = (await page.getByText(ar["home.codeLabel"], { exact: true }).boundingBox())!;
  // Right to left, a label starts at the right edge of the content, not at the left.
  expect(main.x + main.width - (label.x + label.width)).toBeLessThan(label.x - main.x);
  // The start page offers every language residents' pages speak.
  await expect(page.locator("select[name=lang] option")).toHaveCount(28);
  await expect(page.locator("select[name=lang]")).toHaveValue("ar");
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);
});

for (const [lang, messages] of [["uk", uk], ["pl", pl]] as const) {
  test(`the start page in ${lang} is in ${lang}, left to right, and accessible`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator("html")).not.toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages["home.title"]);
    await expectAccessible(page);
  });
}
