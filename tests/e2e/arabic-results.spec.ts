import { expect, test, type Page } from "@playwright/test";
import { expectChartsOnEveryCanvas } from "./charts";
import { createAccount, expectAccessible, pageErrorsOf, query, signInInBrowserLanguage } from "./support";

// Issue 12: a questionnaire written in Arabic is read on a German results page. Its labels are
// Arabic: the chart draws each one whole, and the table runs each label in its own direction.

test.use({ locale: "de-DE", viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false });

const question = "عن أي المواضيع تعلمت شيئًا جديدًا في هذه الفعالية؟";
const labels: Record<string, string> = {
  eu_integration: "التكامل الأوروبي",
  other_cultures: "ثقافات أخرى",
  city_decisions: "كيفية المشاركة في قرارات المدينة عام 2026",
  partner_cities: "المدن الشريكة في مشروع WIR",
  nothing_new: "لا شيء جديد",
  other: "غير ذلك",
};

test("an Arabic questionnaire's chart labels are drawn whole and its table runs right to left on a German results page", async ({ page }) => {
  // The Alicante event's feedback (closed, with answers) as if one question had been written in
  // Arabic only; put back afterwards, for the tests that read the demo as it is.
  const [survey] = await query<{ id: string; defaultLanguage: string; languages: string[] }>(
    `SELECT id, "defaultLanguage", languages FROM "Survey" WHERE "joinCode" = 'WRACT4'`,
  );
  const [learned] = await query<{ id: string; text: object }>(`SELECT id, text FROM "Question" WHERE "surveyId" = $1 AND key = 'learned'`, [survey!.id]);
  const options = await query<{ id: string; value: string; label: object }>(`SELECT id, value, label FROM "Option" WHERE "questionId" = $1`, [learned!.id]);
  await query(`UPDATE "Survey" SET "defaultLanguage" = 'ar', languages = ARRAY['ar', 'es', 'en'] WHERE id = $1`, [survey!.id]);
  await query(`UPDATE "Question" SET text = jsonb_build_object('ar', $2::text) WHERE id = $1`, [learned!.id, question]);
  for (const option of options) {
    await query(`UPDATE "Option" SET label = jsonb_build_object('ar', $2::text) WHERE id = $1`, [option.id, labels[option.value]]);
  }
  try {
    await readArabicResults(page, survey!.id);
  } finally {
    await query(`UPDATE "Survey" SET "defaultLanguage" = $2, languages = $3 WHERE id = $1`, [survey!.id, survey!.defaultLanguage, survey!.languages]);
    await query(`UPDATE "Question" SET text = $2 WHERE id = $1`, [learned!.id, learned!.text]);
    for (const option of options) await query(`UPDATE "Option" SET label = $2 WHERE id = $1`, [option.id, option.label]);
  }
});

async function readArabicResults(page: Page, surveyId: string) {
  const errors = pageErrorsOf(page);
  await signInInBrowserLanguage(page, await createAccount("EVALUATOR", "wir"));
  await page.goto(`/surveys/${surveyId}/results`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  const result = page.getByRole("region", { name: question });
  await expect(result).toBeVisible();

  // The table: each Arabic label in its own row header, right to left.
  for (const label of Object.values(labels)) {
    const header = result.getByRole("rowheader", { name: label, exact: true });
    await expect(header).toHaveAttribute("dir", "auto");
    expect(await header.evaluate((cell) => getComputedStyle(cell).direction)).toBe("rtl");
  }

  // The chart: every label is drawn, whole, within the room its axis has.
  const charts = await expectChartsOnEveryCanvas(page);
  const chart = charts.find((drawn) => drawn.labels.some((label) => Object.values(labels).includes(label)));
  expect(chart, "a chart of the Arabic labels").toBeDefined();
  for (const [index, label] of chart!.labels.entries()) {
    expect(chart!.tickLines[index]!.join(" ")).toBe(label);
  }
  expect(chart!.widestLine).toBeLessThanOrEqual(chart!.labelRoom);
  await expectAccessible(page);
  expect(errors).toEqual([]);
}
