import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { asShown } from "../support/shown-counts";
import { createAccount, expectAccessible, query, signIn } from "./support";

test.use({ locale: "en-GB", viewport: { width: 1024, height: 800 }, isMobile: false, hasTouch: false });
// Long pages with many charts and an accessibility check each: slower than the default allows on a busy machine.
test.setTimeout(120_000);

// A string only Chart.js's code holds: it tells whether the library reached a page.
const chartJsMarker = "\" is not a registered ";

async function openDemoResults(page: Page) {
  await signIn(page, await createAccount("EVALUATOR", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) }).getByRole("link").click();
  await page.getByRole("link", { name: "Results and charts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
}

/** Charts are drawn once their PNG buttons appear (Chart.js is imported on demand). */
async function expectChartsDrawn(page: Page, atLeast: number) {
  await expect(page.getByRole("button", { name: "Download the chart (PNG)" }).nth(atLeast - 1)).toBeVisible();
}

/** Bands of rows of an image's top `height` pixels that hold dark (text) pixels: its lines of text. */
function textLines(image: PNG, height: number): { top: number; bottom: number }[] {
  const bands: { top: number; bottom: number }[] = [];
  for (let y = 0; y < height; y++) {
    let dark = false;
    for (let x = 0; x < image.width && !dark; x++) {
      const i = (y * image.width + x) * 4;
      dark = image.data[i]! < 128 && image.data[i + 1]! < 128 && image.data[i + 2]! < 128;
    }
    const last = bands.at(-1);
    if (dark && last && last.bottom === y - 1) last.bottom = y;
    else if (dark) bands.push({ top: y, bottom: y });
  }
  return bands;
}

test("an evaluator sees the project's indicators, participation per event and responses over time", async ({ page }) => {
  await signIn(page, await createAccount("EVALUATOR", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("link", { name: "Indicators and participation" }).click();
  await expect(page.getByTestId("indicator-events")).toHaveText("9 of 9 planned (100 %)");
  await expect(page.getByTestId("indicator-mobilities")).toHaveText("16 of 16 planned (100 %)");
  await expect(page.getByRole("progressbar", { name: /Events held/ })).toBeVisible();
  const daugavpils = page.getByTestId("participation-by-event").getByRole("row").filter({ hasText: "Final meeting in Daugavpils" });
  // The demo's 310 responses there, within ±2 (cell key method); answers sent by earlier tests in this hour are not counted yet.
  await expect(daugavpils.getByRole("cell").nth(2)).toHaveText(/^\d+$/);
  expect(asShown(Number(await daugavpils.getByRole("cell").nth(2).innerText()), 310)).toBe(310);
  await expectChartsDrawn(page, 2);
  await expectAccessible(page);

  await page.getByLabel("Show", { exact: true }).selectOption({ label: "Final meeting in Daugavpils: discussions on stereotypes in society" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/event=/);
  await expect(page.getByRole("heading", { name: /Responses during .*Daugavpils.* \(by hour\)/ })).toBeVisible();
});

test("an evaluator charts every question, filters and breaks results down, and the view lives in the address", async ({ page }) => {
  await openDemoResults(page);
  const questions = page.locator("section.result");
  expect(await questions.count()).toBeGreaterThanOrEqual(14);
  await expect(page.getByTestId("view-respondents")).toHaveText(/^\d+ responses in this view$/);
  await expect(page.getByRole("heading", { name: "How much do you agree or disagree with the following statements?" })).toBeVisible();
  await expect(page.getByText(/on the agreeing side/).first()).toBeVisible();
  await expect(page.getByText(/: mean [\d.]+, median [\d.]+\./).first()).toBeVisible();
  await expectChartsDrawn(page, 10);
  await expectAccessible(page);

  // The downloaded chart reads alone: the chart, whole, under lines of text (the question, n,
  // the filters, the base of the shares, the note on hidden numbers).
  const drawn = await page.locator("section.result canvas").first().evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL("image/png"));
  const chartImage = PNG.sync.read(Buffer.from(drawn.split(",")[1]!, "base64"));
  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the chart (PNG)" }).first().click()]);
  expect(png.suggestedFilename()).toBe("age_band.png");
  const image = PNG.sync.read(await readFile((await png.path())!));
  expect(image.width).toBe(chartImage.width);
  const headerHeight = image.height - chartImage.height;
  expect(headerHeight).toBeGreaterThan(0);
  expect(image.data.subarray(headerHeight * image.width * 4).equals(chartImage.data)).toBe(true);
  const lines = textLines(image, headerHeight);
  expect(lines.length).toBeGreaterThanOrEqual(5);
  expect(lines[0]!.top).toBeLessThan(headerHeight / 4);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download these numbers (CSV)" }).first().click()]);
  const text = await readFile((await csv.path())!, "utf8");
  expect(text.startsWith("\uFEFFHow old are you?")).toBe(true);

  await page.getByLabel("Break down by").selectOption({ label: "What is your first language?" });
  await page.getByText("Only people who answered…").click();
  await page.getByRole("group", { name: "How old are you?" }).getByLabel("25–34").check();
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/by=first_language/);
  await expect(page).toHaveURL(/f\.age_band=25_34/);
  await expect(page.getByTestId("filters-in-force")).toHaveText("Filters: How old are you?: 25–34. Broken down by: What is your first language?");
  const breakdownTable = page.locator("section.result").filter({ hasText: "I feel that Daugavpils is part of a common Europe." }).getByRole("table");
  await expect(breakdownTable.getByRole("rowheader")).toHaveText(["Latvian", "Russian", "Latgalian", "Other"]);

  await page.reload();
  await expect(page.getByTestId("filters-in-force")).toContainText("25–34");
  await expect(page.getByLabel("Break down by")).toHaveValue("first_language");
  await expectAccessible(page);

  const url = new URL(page.url());
  url.search = "?from=2031-01-01";
  await page.goto(url.toString());
  // Empty or not, a view with no response taken in reads "fewer than k" (decision 035).
  await expect(page.getByTestId("view-respondents")).toHaveText(/^Fewer than \d+ responses match this view, so nothing is shown/);
  url.search = "?f.first_language=klingon";
  const bad = await page.goto(url.toString());
  expect(bad?.status()).toBe(400);
  await expect(page.getByRole("alert")).toContainText("Some filters in the address do not fit this questionnaire");
});

test("an evaluator compares the questionnaires before and after the Daugavpils meeting", async ({ page }) => {
  await openDemoResults(page);
  await page.getByRole("link", { name: "Compare before and after" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Before and after the event" })).toBeVisible();
  await expect(page.getByText(/The 95 % interval is the range/)).toBeVisible();
  const difference = page.getByTestId("difference-eu_belonging");
  await expect(difference).toHaveText(/^[+-]?\d+\.\d\d$/);
  await expect(page.getByRole("row", { name: /^Before/ }).first()).toBeVisible();
  await expectChartsDrawn(page, 3);
  await expectAccessible(page);
});

test("the printable report carries the filters, the date and the suppression note, without the page's controls", async ({ page }) => {
  await openDemoResults(page);
  await page.goto(`${page.url()}?language=ru`);
  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page).toHaveURL(/\/report\?language=ru/);
  // The report computes the pooled view and the event-by-event one: slow on a busy machine.
  await expect(page.getByTestId("report-date")).toHaveText(/^Report made on \d{1,2} [A-Z][a-z]+ \d{4}$/, { timeout: 20_000 });
  // The demo questionnaire runs at several events: the report compares them after the pooled charts.
  await expect(page.getByTestId("filters-in-force")).toHaveText([
    "Filters: Language of the answers: Русский",
    "Filters: Language of the answers: Русский. Broken down by: Event",
  ]);
  await expect(page.getByRole("heading", { name: "Event by event" })).toBeVisible();
  await expect(page.getByText(/To protect anonymity/)).toBeVisible();
  await expectChartsDrawn(page, 1).catch(() => undefined);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: /workspace/i })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "How old are you?" })).toHaveCount(2);
  await expect(page.getByRole("heading", { name: "How old are you?" }).first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await expectAccessible(page);
});

test("Chart.js is loaded on results pages only, never on residents' pages", async ({ page, browser }) => {
  // The scripts a page loads, read again from the server: a body that came through the
  // residents' service worker cannot be read from the browser's response.
  const scripts = async (target: Page, visit: () => Promise<void>) => {
    const urls = new Set<string>();
    target.on("request", (request) => {
      if (request.url().endsWith(".js")) urls.add(request.url());
    });
    await visit();
    await target.waitForLoadState("networkidle");
    return Promise.all([...urls].map(async (url) => (await target.request.get(url)).text()));
  };
  const resident = await browser.newPage();
  const residentScripts = await scripts(resident, async () => {
    await resident.goto("/s/DAUGAV?lang=lv");
    await resident.goto("/s/DAUGAV/answer?lang=lv");
  });
  expect(residentScripts.length).toBeGreaterThan(0);
  expect(residentScripts.filter((body) => body.includes(chartJsMarker))).toHaveLength(0);
  await resident.close();

  const evaluatorScripts = await scripts(page, async () => {
    await openDemoResults(page);
    await expectChartsDrawn(page, 1);
  });
  expect(evaluatorScripts.filter((body) => body.includes(chartJsMarker)).length).toBeGreaterThan(0);
});

// What a summary must say of an agreement table (1–5 with "don't know"): a side's share only
// when none of its numbers is hidden. The page's English texts, worked out from its table.
function expectedAgreement(label: string, cells: (number | null)[]): string {
  const side = (shares: (number | null)[]) => (shares.includes(null) ? null : String(Math.round(shares.reduce<number>((a, b) => a + b!, 0) * 100) / 100));
  const disagree = side(cells.slice(0, 2));
  const agree = side(cells.slice(3, 5));
  const name = label.replace(/[.!?]+$/, "");
  if (agree !== null && disagree !== null) return `${name}: ${agree} % on the agreeing side, ${disagree} % on the disagreeing side.`;
  if (agree !== null) return `${name}: ${agree} % on the agreeing side; the disagreeing side includes a hidden number, so its share is not given.`;
  if (disagree !== null) return `${name}: ${disagree} % on the disagreeing side; the agreeing side includes a hidden number, so its share is not given.`;
  return `${name}: both sides include hidden numbers, so their shares are not given.`;
}

// "56 (28.6 %)" → 28.6; "hidden" → null.
const shareIn = (cell: string) => (cell.trim() === "hidden" ? null : Number(/\(([\d.]+) %\)/.exec(cell)?.[1]));

async function expectSummariesTrueToTables(page: Page) {
  // The first chart of each question: the pooled view (the report then compares the events).
  const single = page.locator("section.result").filter({ has: page.getByRole("heading", { name: "I feel that Daugavpils is part of a common Europe." }) }).first();
  const cells = (await single.getByRole("row").filter({ has: page.getByRole("rowheader") }).getByRole("cell").allTextContents()).map(shareIn);
  const singleSummary = (await single.locator("figcaption p").first().textContent())!;
  expect(singleSummary).toBe(expectedAgreement("All", cells));

  const matrix = page.locator("section.result").filter({ has: page.getByRole("heading", { name: "How much do you agree or disagree with the following statements?" }) }).first();
  const rows = await matrix.getByRole("row").filter({ has: page.getByRole("rowheader") }).all();
  const expected = await Promise.all(
    rows.map(async (row: Locator) => expectedAgreement((await row.getByRole("rowheader").textContent())!, (await row.getByRole("cell").allTextContents()).slice(1).map(shareIn))),
  );
  expect(expected.length).toBe(7);
  await expect(matrix.locator("figcaption p").first()).toHaveText(expected.join(" "));
  return [singleSummary, ...expected];
}

test("a summary never states a share worked out from hidden numbers, on the results page and in the printable report", async ({ page }) => {
  // A higher threshold than the demo's, so that some numbers are surely hidden.
  const [wir] = await query<{ suppressionThreshold: number }>(`SELECT "suppressionThreshold" FROM "Project" WHERE slug = 'wir'`);
  await query(`UPDATE "Project" SET "suppressionThreshold" = 30 WHERE slug = 'wir'`);
  try {
    await openDemoResults(page);
    const summaries = await expectSummariesTrueToTables(page);
    expect(summaries.some((summary) => summary.includes("includes a hidden number") || summary.includes("include hidden numbers"))).toBe(true);
    await expect(page.getByText(/\b0 % on the (dis)?agreeing side/)).toHaveCount(0);
    await expect(page.getByTestId("result-eu_belonging-base")).toHaveText(
      "Shares are of everyone who answered (the n in the table), in the chart and in the table alike. “Don't know” is part of that base and is drawn apart, to the right of the scale.",
    );

    await page.getByRole("link", { name: "Printable report" }).click();
    await expect(page.getByTestId("report-date")).toBeVisible();
    await expectSummariesTrueToTables(page);
    await expect(page.getByText("zeros are shown", { exact: false })).toBeVisible();
  } finally {
    await query(`UPDATE "Project" SET "suppressionThreshold" = $1 WHERE slug = 'wir'`, [wir!.suppressionThreshold]);
  }
});
