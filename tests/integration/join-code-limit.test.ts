import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { joinCodeAlphabet } from "~/survey/join-code";
import { joinCodeMissLimit } from "~/survey/join-code-rate-limit.server";
import { surveyTemplates } from "~/survey/templates";
import { rawRequest, startHttpApp, type HttpApp } from "../support/http-app";

// Issue 11: 600 random join codes in a row were all looked up. Unknown codes are now limited
// per client address (every request here comes from 127.0.0.1), so codes cannot be
// enumerated, while the right code is never limited.

let app: HttpApp;
let joinCode: string;

const randomCode = () => Array.from({ length: 6 }, () => joinCodeAlphabet[Math.floor(Math.random() * joinCodeAlphabet.length)]).join("");

beforeAll(async () => {
  app = await startHttpApp();
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `join-limit-${crypto.randomUUID().slice(0, 8)}`, name: { en: "J" }, startsOn: new Date("2020-01-01"), endsOn: new Date("2030-12-31") },
  });
  do joinCode = randomCode();
  while (await prisma.survey.findUnique({ where: { joinCode } }));
  await prisma.$transaction((tx) => createSurveyFromTemplate(tx, { projectId: project.id, joinCode, template: surveyTemplates.eventFeedback, status: "OPEN" }));
});

afterAll(async () => {
  await app.close();
});

const join = (code: string, javascript = false) =>
  rawRequest(app, {
    method: "POST",
    path: javascript ? "/?index&lang=en&_data=routes%2F_index" : "/?index&lang=en",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ code, lang: "en" }).toString(),
  });

async function inBatches<T>(count: number, send: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i += 20) results.push(...(await Promise.all(Array.from({ length: Math.min(20, count - i) }, (_, j) => send(i + j)))));
  return results;
}

describe("join-code look-ups from one address", () => {
  // Hundreds of look-ups, one after another: more than the default 20 s on a loaded machine.
  it("let a whole event in with the right code, then refuse a client that tries unknown codes", async () => {
    // A hall of phones behind one Wi-Fi address: the right code, typed and scanned, many times.
    const typed = await inBatches(3 * joinCodeMissLimit.misses, () => join(joinCode.toLowerCase()));
    expect(new Set(typed.map((r) => r.status))).toEqual(new Set([302]));
    const scanned = await inBatches(joinCodeMissLimit.misses, () => rawRequest(app, { path: `/s/${joinCode}?lang=en` }));
    expect(new Set(scanned.map((r) => r.status))).toEqual(new Set([200]));
    // Codes that cannot exist are not look-ups at all.
    expect((await join("0O1IL0")).status).toBe(400);

    // A guesser: unknown codes answer 404 up to the limit, then 429.
    const guesses: number[] = [];
    for (let i = 0; i < joinCodeMissLimit.misses + 20; i++) {
      let code = randomCode();
      while (code === joinCode) code = randomCode();
      guesses.push((await join(code)).status);
    }
    expect(guesses.slice(0, joinCodeMissLimit.misses)).toEqual(Array(joinCodeMissLimit.misses).fill(404));
    expect(new Set(guesses.slice(joinCodeMissLimit.misses))).toEqual(new Set([429]));

    // From then on the right code waits too, so a 429 tells nothing about a guess.
    const right = await join(joinCode);
    expect(right.status).toBe(429);
    expect(Number(right.headers["retry-after"])).toBeGreaterThan(0);
    expect(right.body).toContain("Too many codes that do not exist were tried from this network.");
    const withJavaScript = await join(joinCode, true);
    expect(withJavaScript.status).toBe(429);
    expect(Number(withJavaScript.headers["retry-after"])).toBeGreaterThan(0);
  }, 60_000);

  it("explain the wait on the resident pages in the page's language", async () => {
    const pages = {
      lv: "No šī tīkla ir izmēģināts pārāk daudz neesošu kodu.",
      ru: "Из этой сети было введено слишком много несуществующих кодов.",
      en: "Too many codes that do not exist were tried from this network.",
    };
    for (const [lang, text] of Object.entries(pages)) {
      for (const path of [`/s/${randomCode()}?lang=${lang}`, `/s/${joinCode}/answer?lang=${lang}`]) {
        const page = await rawRequest(app, { path });
        expect(page.status).toBe(429);
        expect(Number(page.headers["retry-after"])).toBeGreaterThan(0);
        expect(page.body).toContain(text);
      }
    }
  });
});
