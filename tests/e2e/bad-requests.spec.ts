import { expect, test } from "@playwright/test";
import { realResponses } from "./support";

// Whatever arrives, the answer is a clear 4xx and nothing is stored: never a 500.
test("malformed requests get a 4xx and store nothing", async ({ request }) => {
  const before = (await realResponses("DAUGAV")).length;
  const cases: { method: "get" | "post"; url: string; options?: Parameters<typeof request.post>[1]; status: number }[] = [
    { method: "post", url: "/s/DAUGAV/answer?lang=lv", options: { data: { intent: "submit" } }, status: 400 },
    { method: "post", url: "/s/DAUGAV/answer?lang=lv", options: { form: { intent: "submit", page: "x" } }, status: 400 },
    {
      method: "post",
      url: "/s/DAUGAV/answer?lang=lv",
      options: { form: { intent: "submit", page: "3", surveyId: "x", idempotencyKey: crypto.randomUUID() } },
      status: 400,
    },
    { method: "post", url: "/?index", options: { headers: { "Content-Type": "text/plain" }, data: "\u0000\u0001" }, status: 400 },
    { method: "post", url: "/?index", options: { form: { code: "x".repeat(5000) } }, status: 400 },
    { method: "post", url: "/?index", options: { data: "a".repeat(2 * 1024 * 1024) }, status: 413 },
    { method: "post", url: "/s/DAUGAV?lang=lv", options: { form: { a: "b" } }, status: 405 },
    { method: "get", url: "/s/%E0%A4%A", status: 400 },
    { method: "get", url: "/s/DAUGAV/nowhere", status: 404 },
    { method: "get", url: "/s/ABC", status: 404 },
  ];
  for (const c of cases) {
    const response = await request[c.method](c.url, { ...c.options, maxRedirects: 0 });
    expect(response.status(), `${c.method} ${c.url}`).toBe(c.status);
  }
  expect(await realResponses("DAUGAV")).toHaveLength(before);
});

test("every response carries the security headers, and pages break none of their own rules", async ({ page, request }) => {
  for (const path of ["/", "/s/DAUGAV?lang=lv", "/signin", "/no-such-page"]) {
    const response = await request.get(path);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["referrer-policy"], path).toBe("same-origin");
  }
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/s/DAUGAV/answer?lang=en");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.locator(".error-summary, .field-error").first()).toBeVisible();
  expect(violations).toEqual([]);
});
