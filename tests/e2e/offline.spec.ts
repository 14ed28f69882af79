import { expect, test, type BrowserContext, type Page, type Route } from "@playwright/test";
import { answerVisibleQuestions, realResponses } from "./support";

test.use({ locale: "en-GB" });

/** Answers the demo questionnaire up to its last page, leaving "Send answers" to the test. */
async function fillAllPages(page: Page, text: string) {
  await page.goto("/s/DAUGAV/answer?lang=en");
  for (let pageNumber = 1; pageNumber <= 4; pageNumber++) {
    await expect(page.locator(".progress-text")).toHaveText(`Page ${pageNumber} of 4`);
    await answerVisibleQuestions(page, text);
    if (pageNumber < 4) await page.getByRole("button", { name: "Next" }).click();
  }
}

// Chromium's offline emulation does not cover the requests a service worker makes
// (playwright#2311), and the questionnaire pages' worker makes them all. With the worker's
// network events on (playwright.config.ts), they are refused here as without a connection.
const refuse = (route: Route) => route.abort("internetdisconnected");

async function setOffline(context: BrowserContext, offline: boolean) {
  await context.setOffline(offline);
  if (offline) await context.route("**", refuse);
  else await context.unroute("**", refuse);
}

const stored = async () => (await realResponses("DAUGAV")).length;

test("answers sent without a connection wait on the phone and arrive exactly once when it is back", async ({ page, context }) => {
  const before = await stored();
  await fillAllPages(page, "offline answer");
  await setOffline(context, true);
  await page.getByRole("button", { name: "Send answers" }).click();
  await expect(page.getByTestId("outbox-status")).toContainText("saved on this phone");
  expect(await stored()).toBe(before);

  await setOffline(context, false);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you!", { timeout: 15_000 });
  expect(await stored()).toBe(before + 1);
  // Nothing is left to send: another visit sends nothing more.
  await page.goto("/s/DAUGAV?lang=en");
  await page.waitForTimeout(1500);
  expect(await stored()).toBe(before + 1);
});

test("a page reloaded without a connection still holds the waiting answers and sends them once, when it is back", async ({ page, context }) => {
  const before = await stored();
  await fillAllPages(page, "reloaded offline");
  // The page leaves a copy of itself for the service worker (app/survey/offline-copy.ts).
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && (await caches.match(window.location.href)))))
    .toBe(true);
  await setOffline(context, true);
  await page.getByRole("button", { name: "Send answers" }).click();
  await expect(page.getByTestId("outbox-status")).toContainText("saved on this phone");

  await page.reload();
  await expect(page.getByTestId("outbox-status")).toContainText("saved on this phone");
  expect(await stored()).toBe(before);

  await setOffline(context, false);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you!", { timeout: 15_000 });
  expect(await stored()).toBe(before + 1);
});

test("answers left on the phone when the page was closed are sent on the next visit, once", async ({ context }) => {
  const before = await stored();
  const first = await context.newPage();
  await fillAllPages(first, "closed tab");
  await setOffline(context, true);
  await first.getByRole("button", { name: "Send answers" }).click();
  await expect(first.getByTestId("outbox-status")).toContainText("saved on this phone");
  await first.close();

  await setOffline(context, false);
  const later = await context.newPage();
  await later.goto("/?lang=en");
  await expect(later.getByRole("heading", { level: 1 })).toHaveText("Thank you!", { timeout: 15_000 });
  expect(await stored()).toBe(before + 1);
});

test("a server answering 503 keeps the answers on the phone and they are retried until they arrive", async ({ page, context }) => {
  const before = await stored();
  await fillAllPages(page, "busy server");
  let refused = 0;
  // On the context: the questionnaire pages' requests are made by their service worker.
  await context.route("**/s/DAUGAV/answer**", async (route) => {
    if (route.request().method() === "POST" && refused < 2) {
      refused += 1;
      await route.fulfill({ status: 503, headers: { "Retry-After": "1" }, body: "" });
    } else {
      await route.continue();
    }
  });
  await page.getByRole("button", { name: "Send answers" }).click();
  await expect(page.getByTestId("outbox-status")).toContainText("saved on this phone");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you!", { timeout: 15_000 });
  expect(refused).toBe(2);
  expect(await stored()).toBe(before + 1);
});
