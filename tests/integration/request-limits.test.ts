import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "~/db.server";
import { en } from "~/i18n/messages/en";
import { createSurveyFromTemplate } from "~/survey/create-survey.server";
import { joinCodeAlphabet } from "~/survey/join-code";
import { surveyTemplates } from "~/survey/templates";
import { rawRequest, startHttpApp, type HttpApp } from "../support/http-app";

// What a stranger's request may cost the server (issue 11, findings 1, 2 and 5): bodies are
// counted as they arrive, forms carry a bounded number of fields, unknown answer fields are
// refused and never echoed, odd methods and foreign origins are refused without a 500.

let app: HttpApp;
let joinCode = "";
let surveyId = "";

const form = { "Content-Type": "application/x-www-form-urlencoded" };
const responsesStored = () => prisma.response.count({ where: { surveyId } });

beforeAll(async () => {
  const project = await prisma.project.create({
    data: { timeZone: "Europe/Riga", slug: `test-request-limits-${randomBytes(4).toString("hex")}`, name: { en: "Request limits" }, startsOn: new Date("2026-01-01"), endsOn: new Date("2027-12-31") },
  });
  joinCode = [...randomBytes(6)].map((b) => joinCodeAlphabet[b % joinCodeAlphabet.length]).join("");
  const survey = await prisma.$transaction(
    (tx) => createSurveyFromTemplate(tx, { projectId: project.id, joinCode, template: surveyTemplates.stereotypes, status: "OPEN" }),
    { timeout: 30_000 },
  );
  surveyId = survey.id;
  app = await startHttpApp();
});

afterAll(() => app?.close());

/** The first page of the answering form, as a phone sends it, plus `extra` fields. */
function answerBody(extra = "") {
  const fields = new URLSearchParams({ surveyId, idempotencyKey: randomUUID(), page: "0", intent: "back", "q.age_band": "25_34" });
  return `${fields}${extra}`;
}

describe("answer fields the questionnaire does not have", () => {
  it("are refused with 400 and never sent back", async () => {
    const before = await responsesStored();
    const response = await rawRequest(app, {
      method: "POST",
      path: `/s/${joinCode}/answer?lang=en`,
      headers: form,
      body: answerBody("&q.injected_field_xyz=echo-me&q.age_band.extra=also-me"),
    });
    expect(response.status).toBe(400);
    expect(response.body).toContain(en["submission.outOfDate"]);
    expect(response.body).not.toContain("injected_field_xyz");
    expect(response.body).not.toContain("echo-me");
    expect(response.body).not.toContain("also-me");
    // What the questionnaire knows is kept for the resident.
    expect(response.body).toMatch(/name="q\.age_band"[^>]*value="25_34"|value="25_34"[^>]*name="q\.age_band"/);
    expect(await responsesStored()).toBe(before);
  });

  it("a megabyte of them is refused before any work, and the server keeps answering others", async () => {
    // About 110,000 fields in 1 MB: the request that stalled the server for seconds.
    const flood = answerBody("&" + Array.from({ length: 110_000 }, (_, i) => `q.${i}=`).join("&")).slice(0, 1024 * 1024 - 1);
    const hostile = rawRequest(app, { method: "POST", path: `/s/${joinCode}/answer?lang=en`, headers: form, body: flood });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const other = await rawRequest(app, { path: "/signin" });
    const refused = await hostile;
    expect(refused.status).toBe(413);
    expect(refused.body).toBe(en["request.tooManyFields"]);
    expect(refused.body.length).toBeLessThan(1000);
    expect(other.status).toBe(200);
    expect(other.ms).toBeLessThan(1000);
  });

  it("a form with as many fields as a real page has is still read", async () => {
    const response = await rawRequest(app, {
      method: "POST",
      path: `/s/${joinCode}/answer?lang=en`,
      headers: form,
      body: answerBody("&" + Array.from({ length: 900 }, () => "csrf=").join("&")),
    });
    expect(response.status).toBe(200);
  });
});

describe("body size", () => {
  it("a chunked body is counted as it arrives and stopped at 1 MB (413), without growing memory", async () => {
    const megabyte = Buffer.alloc(1024 * 1024, "a");
    let sent = 0;
    const chunks = (function* () {
      for (; sent < 50; sent++) yield megabyte;
    })();
    const rssBefore = process.memoryUsage().rss;
    const response = await rawRequest(app, { method: "POST", path: "/signin", headers: { ...form, "Transfer-Encoding": "chunked" }, chunks });
    expect(response.status).toBe(413);
    expect(response.body).toBe(en["request.tooLarge"]);
    expect(response.headers.connection).toBe("close");
    // The server stopped reading long before 50 MB (what it did read is bounded by socket buffers).
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(40 * 1024 * 1024);
    expect(sent).toBeLessThan(50);
  });

  it("an announced body over 1 MB is refused before it is read, on every route", async () => {
    for (const path of ["/signin", `/s/${joinCode}/answer`, "/?index", `/surveys/${randomUUID()}`]) {
      const response = await rawRequest(app, { method: "POST", path, headers: { ...form, "Content-Length": String(2 * 1024 * 1024) }, body: "" });
      expect(response.status, path).toBe(413);
    }
  });
});

describe("methods and origins", () => {
  it("TRACE and other unknown methods get 405 with the allowed ones", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
      const response = await rawRequest(app, { method, path: "/" });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, POST");
    }
  });

  it("a POST from an opaque or foreign origin is refused with 403 on every route, and nothing is written", async () => {
    const before = await responsesStored();
    const sessions = await prisma.session.count();
    for (const origin of ["null", "http://evil.example", "https://127.0.0.1.evil.example", "not a url"]) {
      for (const path of ["/signin", `/s/${joinCode}/answer?lang=en`, "/?index", "/signin?_data=routes%2Fsignin"]) {
        const response = await rawRequest(app, { method: "POST", path, headers: { ...form, Origin: origin }, body: answerBody() });
        expect(response.status, `${origin} ${path}`).toBe(403);
        expect(response.body).toBe(en["request.otherOrigin"]);
      }
    }
    expect(await responsesStored()).toBe(before);
    expect(await prisma.session.count()).toBe(sessions);
  });

  it("a POST from this origin goes on to the route", async () => {
    const response = await rawRequest(app, { method: "POST", path: `/s/${joinCode}/answer?lang=en`, headers: { ...form, Origin: app.origin }, body: answerBody() });
    expect(response.status).toBe(200);
  });

  it("a malformed % escape in the address is a 400, in the client's language, without a logged stack", async () => {
    const logged = vi.spyOn(console, "error");
    const response = await rawRequest(app, { path: "/s/%E0%A4%A", headers: { "Accept-Language": "lv" } });
    expect(response.status).toBe(400);
    expect(response.body).not.toContain("URIError");
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});

describe("caching", () => {
  it("pages are never kept by a cache unless a route says so; fingerprinted files are", async () => {
    for (const path of ["/", "/signin", `/s/${joinCode}?lang=en`]) {
      const response = await rawRequest(app, { path });
      expect(response.headers["cache-control"], path).toBe("no-store");
    }
    const sw = await rawRequest(app, { path: "/sw.js" });
    expect(sw.headers["cache-control"]).toContain("max-age");
  });
});

describe("the deployment's own address and scheme", () => {
  const saved = { PUBLIC_URL: process.env.PUBLIC_URL, TRUST_PROXY: process.env.TRUST_PROXY };
  let configured: HttpApp;

  async function appWith(env: { PUBLIC_URL?: string; TRUST_PROXY?: string }) {
    await configured?.close();
    Object.assign(process.env, { PUBLIC_URL: "", TRUST_PROXY: "" }, env);
    configured = await startHttpApp();
    return configured;
  }

  afterAll(async () => {
    await configured?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("with PUBLIC_URL set, a request naming another host is refused, so no link can be built from it", async () => {
    const app = await appWith({ PUBLIC_URL: "https://balss.example.org" });
    const forged = await rawRequest(app, { path: `/s/${joinCode}?lang=en`, headers: { Host: "evil.example" } });
    expect(forged.status).toBe(421);
    expect(forged.body).toBe(en["request.otherHost"]);
    const forwarded = await rawRequest(app, { path: "/signin", headers: { Host: "balss.example.org", "X-Forwarded-Host": "evil.example" } });
    expect(forwarded.status).toBe(200);
    for (const host of ["balss.example.org", `localhost:${app.port}`, `127.0.0.1:${app.port}`]) {
      const response = await rawRequest(app, { path: "/signin", headers: { Host: host } });
      expect(response.status, host).toBe(200);
    }
  });

  it("HSTS only over HTTPS: plain HTTP never gets it, a proxy's word counts only when TRUST_PROXY names it", async () => {
    let app = await appWith({ PUBLIC_URL: "https://balss.example.org" });
    expect((await rawRequest(app, { path: "/signin" })).headers["strict-transport-security"]).toBeUndefined();
    const claimed = await rawRequest(app, { path: "/signin", headers: { "X-Forwarded-Proto": "https" } });
    expect(claimed.headers["strict-transport-security"]).toBeUndefined();
    app = await appWith({ TRUST_PROXY: "loopback" });
    const proxied = await rawRequest(app, { path: "/signin", headers: { "X-Forwarded-Proto": "https" } });
    expect(proxied.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });
});
