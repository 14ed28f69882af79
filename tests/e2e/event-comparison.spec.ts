import { expect, test, type Browser, type Page } from "@playwright/test";
import { asShown } from "../support/shown-counts";
import { answerVisibleQuestions, copyResponse, createAccount, expectAccessible, letTheHourPass, pageErrorsOf, parseCsv, query, readDownload, signIn } from "./support";

// Issue 13, done means: an organiser runs the demo questionnaire at a second event, phones
// answer at both, an evaluator compares the two events and exports the comparison; the
// numbers on the page are the database's, within the ±2 of the cell key method, and the CSV's
// are the page's.

const demoCode = "DAUGAV";

async function answerOnPhone(browser: Browser, joinCode: string, javaScriptEnabled: boolean) {
  const phone = await browser.newContext({ locale: "en-GB", javaScriptEnabled });
  const page = await phone.newPage();
  await page.goto(`/s/${joinCode}?lang=en`);
  await page.getByRole("link", { name: "Start" }).click();
  const pages = await page.locator("form.answer-form progress").getAttribute("max");
  for (let pageNumber = 1; pageNumber <= Number(pages); pageNumber++) {
    await expect(page.locator("form.answer-form progress")).toHaveAttribute("value", `${pageNumber}`);
    await answerVisibleQuestions(page, `comparison ${joinCode}`);
    await page.getByRole("button", { name: pageNumber === Number(pages) ? "Send answers" : "Next" }).click();
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you!");
  await phone.close();
}

/** Respondents of the age question at one survey (run), as the database holds them. */
async function ageRespondents(surveyId: string) {
  const [row] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Answer" a JOIN "Response" r ON r.id = a."responseId" JOIN "Question" q ON q.id = a."questionId"
     WHERE r."surveyId" = $1 AND q.key = 'age_band'`,
    [surveyId],
  );
  return row!.n;
}

/** The n column of the age chart's table, by row label. */
async function ageTableRows(page: Page) {
  const rows = page.locator("#result-age_band-title").locator("xpath=..").locator("table.data-table tbody tr");
  const byLabel = new Map<string, string>();
  for (const row of await rows.all()) byLabel.set((await row.locator("th, td").nth(0).innerText()).trim(), (await row.locator("td").nth(0).innerText()).trim());
  return byLabel;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled, locale: "en-GB" });

    test("an organiser runs the demo questionnaire at another event, phones answer at both, an evaluator compares the two events and downloads the comparison", async ({ page, browser }) => {
      test.setTimeout(180_000);
      // The questionnaire's page, the run's page, the results and the report break with no uncaught error.
      const errors = pageErrorsOf(page);
      const [demo] = await query<{ id: string; eventId: string }>(`SELECT id, "eventId" FROM "Survey" WHERE "joinCode" = $1`, [demoCode]);
      const organiser = await createAccount("ORGANISER", "wir");
      await signIn(page, organiser);

      // The organiser: "Run at another event" on the questionnaire's page.
      await page.goto(`/surveys/${demo!.id}`);
      const eventSelect = page.getByLabel("Run at another event");
      const choice = eventSelect.locator("option:not([disabled])").first();
      const eventId = (await choice.getAttribute("value"))!;
      const eventLabel = (await choice.innerText()).trim();
      const [event] = await query<{ title: { en: string } }>(`SELECT title FROM "Event" WHERE id = $1`, [eventId]);
      await eventSelect.selectOption(eventId);
      await page.getByRole("button", { name: "Run at this event" }).click();
      await expect(page.locator(".notice").first()).toContainText(event!.title.en);
      const runUrl = new URL(page.url());
      const runId = runUrl.pathname.split("/").at(-1)!;
      const [run] = await query<{ joinCode: string; originalId: string; eventId: string; status: string }>(
        `SELECT "joinCode", "originalId", "eventId", status FROM "Survey" WHERE id = $1`,
        [runId],
      );
      expect(run).toMatchObject({ originalId: demo!.id, eventId, status: "DRAFT" });
      await expect(page.getByTestId("join-code")).toHaveText(run!.joinCode);
      await expect(page.getByTestId("series-runs")).toContainText(eventLabel);
      if (javaScriptEnabled) await expectAccessible(page);
      await page.getByRole("button", { name: "Open now" }).click();
      await expect(page.getByTestId("survey-status")).toHaveText("Open");

      // Phones at both events.
      const before = await query<{ id: string }>(`SELECT id FROM "Response" WHERE "surveyId" = $1`, [demo!.id]);
      await answerOnPhone(browser, run!.joinCode, javaScriptEnabled);
      await answerOnPhone(browser, demoCode, javaScriptEnabled);
      const atRun = await query<{ id: string }>(`SELECT id FROM "Response" WHERE "surveyId" = $1`, [runId]);
      expect(atRun).toHaveLength(1);
      expect(await query(`SELECT id FROM "Response" WHERE "surveyId" = $1`, [demo!.id])).toHaveLength(before.length + 1);
      await copyResponse(atRun[0]!.id, 5);
      // Five more at the demo's event too, so both groups take their new responses in (steps of k).
      const [atDemo] = await query<{ id: string }>(`SELECT id FROM "Response" WHERE "surveyId" = $1 AND id <> ALL($2::uuid[]) LIMIT 1`, [demo!.id, before.map((r) => r.id)]);
      await copyResponse(atDemo!.id, 4);
      await letTheHourPass([demo!.id, runId]);

      // The evaluator compares the two events.
      await page.context().clearCookies();
      await signIn(page, await createAccount("EVALUATOR", "wir"));
      await page.goto(`/surveys/${demo!.id}/results`);
      await page.getByText("Only some events or countries…").click();
      const [demoEvent] = await query<{ title: { en: string } }>(`SELECT title FROM "Event" WHERE id = $1`, [demo!.eventId]);
      const eventFilters = page.getByRole("group", { name: "Event" });
      await eventFilters.getByRole("checkbox", { name: demoEvent!.title.en }).check();
      await eventFilters.getByRole("checkbox", { name: event!.title.en }).check();
      await page.getByLabel("Break down by").selectOption({ label: "Event" });
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page.getByTestId("filters-in-force")).toContainText("Broken down by: Event");
      const shown = await ageTableRows(page);
      const read = (label: string) => Number(shown.get(label)?.replace(/\D/g, ""));
      const truth = [await ageRespondents(demo!.id), await ageRespondents(runId)];
      const onPage = [read(demoEvent!.title.en), read(event!.title.en)];
      expect(asShown(onPage, truth)).toEqual(truth);
      expect(shown.size).toBe(2);
      if (javaScriptEnabled) await expectAccessible(page);

      // The comparison's numbers as CSV: the same as on the page.
      const section = page.locator("#result-age_band-title").locator("xpath=..");
      const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: "Download these numbers (CSV)" }).click()]);
      const csv = parseCsv((await readDownload(download)).toString("utf8").replace(/^\uFEFF/, ""));
      const csvRow = (label: string) => csv.find((row) => row[0] === label);
      expect(csvRow(demoEvent!.title.en)?.[1]).toBe(String(onPage[0]));
      expect(csvRow(event!.title.en)?.[1]).toBe(String(onPage[1]));

      // The report of this view, broken down by event already.
      await page.getByRole("link", { name: "Printable report" }).click();
      await expect(page.getByTestId("filters-in-force")).toContainText("Broken down by: Event");
      expect(errors).toEqual([]);
    });
  });
}

test("a run's before/after pair is compared at its own event, from the run's page", async ({ page }) => {
  // The demo's questionnaires before and after an event also run, paired, at Ravenna.
  const [ravenna] = await query<{ id: string; pairedSurveyId: string }>(`SELECT id, "pairedSurveyId" FROM "Survey" WHERE "joinCode" = 'STRVN6'`);
  expect(ravenna!.pairedSurveyId).toBeTruthy();
  await signIn(page, await createAccount("EVALUATOR", "wir"));
  await page.goto(`/surveys/${ravenna!.id}`);
  await page.getByRole("link", { name: "Compare before and after" }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${ravenna!.id}/compare$`));
  await expect(page.getByRole("heading", { level: 1, name: "Before and after the event" })).toBeVisible();
  await expect(page.getByTestId("difference-eu_belonging")).toHaveText(/^[+-]?\d+\.\d\d$/);
});
