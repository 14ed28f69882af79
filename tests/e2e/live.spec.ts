import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import net from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseFile } from "../support/e2e-database-file";
import { answerVisibleQuestions, createAccount, expectAccessible, signIn } from "./support";

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

    // The projector's server crashes; an answer arrives through the other instance meanwhile.
    second.stop("SIGKILL");
    await expect(projector.getByText("Connecting…")).toBeVisible();
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
