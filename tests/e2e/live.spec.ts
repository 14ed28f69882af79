import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseFile } from "../support/e2e-database-file";
import { expectChartsOnEveryCanvas, expectHiddenPointsMarked, expectLabelsWhole } from "./charts";
import { answerVisibleQuestions, copyResponse, createAccount, expectAccessible, expectNoHorizontalScroll, query, signIn } from "./support";

test.use({ locale: "en-GB", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });
test.setTimeout(180_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A second app instance on its own port (or the one given), against the same database as the first. */
async function startSecondInstance(fixedPort?: number): Promise<{ url: string; port: number; stop: (signal?: NodeJS.Signals) => void }> {
  const port = fixedPort ?? (await freePort());
  const child: ChildProcess = spawn("npx", ["tsx", "server/main.ts"], {
    env: { ...process.env, PORT: String(port), NODE_ENV: "production", DATABASE_URL: readFileSync(e2eDatabaseFile, "utf8").trim() },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  for (let waited = 0; !output.includes("Balss is ready"); waited += 200) {
    if (waited > 120_000 || child.exitCode !== null) {
      stop();
      throw new Error(`The second instance did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url: `http://127.0.0.1:${port}`, port, stop };
}

async function answerOnPhone(phone: Page, base: string) {
  await phone.goto(`${base}/s/DAUGAV/answer?lang=en`);
  for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
    await expect(phone.locator(".progress-text")).toHaveText(`Page ${pageNumber} of 4`);
    await answerVisibleQuestions(phone, "live test");
    await phone.getByRole("button", { name: pageNumber === 4 ? "Send answers" : "Next" }).click();
  }
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Thank you!");
}

/** Copies of one of DAUGAV's responses, without telling the live page. */
async function addQuietResponses(copies: number) {
  const [one] = await query<{ id: string }>(`SELECT r.id FROM "Response" r JOIN "Survey" s ON s.id = r."surveyId" WHERE s."joinCode" = 'DAUGAV' LIMIT 1`);
  await copyResponse(one!.id, copies);
}

const count = async (projector: Page) => Number(/\d+/.exec((await projector.getByTestId("live-respondents").textContent()) ?? "")?.[0]);

/** Signs an organiser in, opens DAUGAV's live settings and makes a presenter link; its path. */
async function makePresenterLink(page: Page, check?: () => Promise<void>): Promise<string> {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) }).getByRole("link").click();
  await page.getByRole("link", { name: "Live page for the projector" }).click();
  await check?.();
  await page.getByRole("button", { name: "Make a new presenter link" }).click();
  return new URL((await page.getByTestId("presenter-link").textContent())!).pathname;
}

test("the projector's live page, opened by presenter link, grows within two seconds of an answer sent to another app instance", async ({
  page,
  browser,
}) => {
  const link = await makePresenterLink(page, async () => {
    await expectAccessible(page);
    await page.getByLabel("One question at a time").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved.");
  });

  const second = await startSecondInstance();
  const projectorContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
  const phoneContext = await browser.newContext({ locale: "en-GB" });
  try {
    const projector = await projectorContext.newPage();
    await projector.goto(link);
    await expect(projector.getByText("Live: updates as answers arrive.")).toBeVisible();
    await expect(projector.getByText("DAUGAV")).toBeVisible();
    await expect(projector.getByRole("button", { name: "Next question →" })).toBeVisible();
    await expectAccessible(projector);
    const before = await count(projector);

    // Shown counts are within ±2 of the truth (cell key method): with four quiet copies and the
    // phone's answer, the next count is surely above this one.
    await addQuietResponses(4);
    const phone = await phoneContext.newPage();
    await answerOnPhone(phone, second.url);
    const sentAt = Date.now();
    await expect.poll(() => count(projector), { timeout: 2_000, intervals: [100] }).toBeGreaterThan(before);
    expect(Date.now() - sentAt).toBeLessThan(2_000);

    // The organiser revokes the link: the projector's next load is refused.
    await page.getByRole("button", { name: "Revoke the presenter link" }).click();
    await expect(page.getByRole("status")).toContainText("no longer works");
    const refused = await projector.reload();
    expect(refused?.status()).toBe(404);
  } finally {
    second.stop();
    await projectorContext.close();
    await phoneContext.close();
  }
});

test("a projector whose server went away reconnects by itself and catches up on the answers it missed", async ({ page, browser }) => {
  const link = await makePresenterLink(page);
  let second = await startSecondInstance();
  const projectorContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
  const phoneContext = await browser.newContext({ locale: "en-GB" });
  try {
    const projector = await projectorContext.newPage();
    await projector.goto(`${second.url}${link}`);
    await expect(projector.getByText("Live: updates as answers arrive.")).toBeVisible();
    const before = await count(projector);

    // The projector's server crashes; answers arrive through the other instance meanwhile
    // (four quiet copies and the phone's, so the count surely rises past the ±2 of the cell key method).
    second.stop("SIGKILL");
    await expect(projector.getByText("Connecting…")).toBeVisible();
    await addQuietResponses(4);
    await answerOnPhone(await phoneContext.newPage(), new URL(page.url()).origin);
    second = await startSecondInstance(second.port);
    await expect(projector.getByText("Live: updates as answers arrive.")).toBeVisible({ timeout: 20_000 });
    await expect.poll(() => count(projector), { timeout: 10_000 }).toBeGreaterThan(before);
  } finally {
    second.stop();
    await projectorContext.close();
    await phoneContext.close();
  }
});

test("signed-in organisers open the live page from the workspace", async ({ page }) => {
  await signIn(page, await createAccount("ORGANISER", "wir"));
  await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
  await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) }).getByRole("link").click();
  await page.getByRole("link", { name: "Live page for the projector" }).click();
  await page.getByRole("link", { name: "Open the live page" }).click();
  await expect(page.getByText("Live: updates as answers arrive.")).toBeVisible();
  await expect(page.locator(".live-question").first()).toBeVisible();
  await expect(page.locator(".live-question canvas").first()).toBeVisible();
  await expectAccessible(page);
});

test("the live page reads from the back of a hall at 1366×768 and 1920×1080: large text, whole statements, hidden counts marked, no workspace controls", async ({
  page,
  browser,
}) => {
  // A higher threshold than the demo's, so that some counts are surely hidden.
  const [wir] = await query<{ suppressionThreshold: number }>(`SELECT "suppressionThreshold" FROM "Project" WHERE slug = 'wir'`);
  await query(`UPDATE "Project" SET "suppressionThreshold" = 30 WHERE slug = 'wir'`);
  try {
    await signIn(page, await createAccount("ORGANISER", "wir"));
    await page.getByRole("link", { name: /Promoting democratic engagement/ }).click();
    await page.getByRole("row").filter({ has: page.getByRole("cell", { name: "DAUGAV", exact: true }) }).getByRole("link").click();
    await page.getByRole("link", { name: "Live page for the projector" }).click();
    await page.getByLabel("All chosen questions at once (grid)").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toContainText("Saved.");
    await page.getByRole("link", { name: "Open the live page" }).click();
    await expect(page.getByText("Live: updates as answers arrive.")).toBeVisible({ timeout: 20_000 });

    for (const size of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.reload();
      await expect(page.getByText("Live: updates as answers arrive.")).toBeVisible({ timeout: 20_000 });
      const charts = await expectChartsOnEveryCanvas(page);

      // The statement the hall could not read whole before.
      const statements = charts.flatMap((chart) => chart.tickLines.map((lines) => lines.join(" ")));
      expect(statements).toContain("People whose language is different from mine keep to themselves.");
      for (const chart of charts) {
        expectLabelsWhole(chart);
        for (const fontSize of chart.fontSizes) expect(fontSize, `${size.width}: chart text`).toBeGreaterThanOrEqual(24);
        expectHiddenPointsMarked(chart);
      }
      expect(charts.some((chart) => chart.hiddenPoints.length > 0)).toBe(true);

      const textSizes = await page
        .locator(".live-question h2, [data-testid$='-respondents'], .live-board h1, .live-join, .live-board [role=status]")
        .evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)));
      expect(textSizes.length).toBeGreaterThan(charts.length);
      for (const fontSize of textSizes) expect(fontSize, `${size.width}: page text`).toBeGreaterThanOrEqual(24);

      // A projector page, not a workspace page: nothing to download, no workspace navigation.
      await expect(page.getByRole("button", { name: /Download/ })).toHaveCount(0);
      await expect(page.getByRole("link", { name: /Download/ })).toHaveCount(0);
      await expect(page.locator("a[download]")).toHaveCount(0);
      await expect(page.getByRole("navigation")).toHaveCount(0);
      await expectNoHorizontalScroll(page);
      // Colours and names do not change with the size; once is enough on a busy machine.
      if (size.width === 1366) await expectAccessible(page);
    }

    await page.getByRole("button", { name: "Full screen" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole("button", { name: "Leave full screen" }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

    // Without JavaScript the page has no charts to fill a screen with, and offers no button for it.
    const plain = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false, viewport: { width: 1366, height: 768 } });
    try {
      const plainPage = await plain.newPage();
      await signIn(plainPage, await createAccount("ORGANISER", "wir"));
      await plainPage.goto(new URL(page.url()).pathname);
      await expect(plainPage.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(plainPage.getByRole("button", { name: "Full screen" })).toHaveCount(0);
    } finally {
      await plain.close();
    }
  } finally {
    await query(`UPDATE "Project" SET "suppressionThreshold" = $1 WHERE slug = 'wir'`, [wir!.suppressionThreshold]);
  }
});
