import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeRedirect } from "~/auth/sign-in.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { rawRequest, startHttpApp, type HttpApp } from "../support/http-app";
import { openSignInPage, postSignIn, redirectTarget, type CookieJar } from "../support/sign-in-form";

// Issue 11, findings 4 and 5: where a sign-in may send the browser. A `redirectTo` that is not
// a path of this site goes to the default page; none may produce a 500 or an invalid header.

const hostile = {
  "a tab that URL parsers drop": "/\t/evil.example",
  "a protocol-relative address": "//evil.example",
  "a backslash read as a slash": "/\\evil.example",
  "another origin": "https://evil.example",
  "an encoded tab": "/%09/evil.example",
  "a line break (header injection)": "/projects\r\nSet-Cookie: planted=1",
  "a line break before the host": "/\n/evil.example",
  "full-width slashes": "／／evil.example",
  "a script address": "javascript:alert(1)",
  "a dot segment that leaves two slashes": "/.//evil.example",
};

const password = "a long redirect password";
let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});

afterAll(async () => {
  await app.close();
});

async function account() {
  const email = `redirect-${crypto.randomUUID()}@example.org`;
  return { email, userId: (await createUser({ email, name: "R", role: "ORGANISER", password })).id };
}

const sameOrigin = (location: string) => new URL(location, app.origin).origin === app.origin;

describe("redirectTo after signing in", () => {
  for (const [name, redirectTo] of Object.entries(hostile)) {
    it(`stays on this site with ${name}, with JavaScript off and on`, async () => {
      const { email, userId } = await account();
      // The sign-in page a crafted link opens renders.
      const jar: CookieJar = new Map();
      const csrf = await openSignInPage(app, jar, `&redirectTo=${encodeURIComponent(redirectTo)}`);

      // Refused (wrong password): a clean 400, no session.
      const refused = await postSignIn(app, { csrf, email, password: "not the password", redirectTo }, { jar });
      expect(refused.status).toBe(400);
      expect(await prisma.session.count({ where: { userId } })).toBe(0);

      for (const javascript of [false, true]) {
        const response = await postSignIn(app, { csrf, email, password, redirectTo }, { jar, javascript });
        expect(response.status).toBe(javascript ? 204 : 302);
        const location = redirectTarget(response);
        expect(location).toMatch(/^\/(?!\/)/);
        expect(sameOrigin(location)).toBe(true);
        expect(response.headers["set-cookie"]?.some((c) => c.startsWith("planted"))).toBeFalsy();
      }
    });
  }

  it("keeps a path of this site, with its query and fragment", async () => {
    const { email } = await account();
    const jar: CookieJar = new Map();
    const csrf = await openSignInPage(app, jar);
    const response = await postSignIn(app, { csrf, email, password, redirectTo: "/surveys/1/results?lang=lv&from=2024-01-01#q3" }, { jar });
    expect(redirectTarget(response)).toBe("/surveys/1/results?lang=lv&from=2024-01-01#q3");
  });

  it("is normalised by the URL parser, so what it returns is a path of this site", () => {
    for (const redirectTo of Object.values(hostile)) expect(sameOrigin(safeRedirect(redirectTo))).toBe(true);
    expect(safeRedirect("/s/ABCDEF/answer?lang=ru")).toBe("/s/ABCDEF/answer?lang=ru");
    expect(safeRedirect("/a b/ä")).toBe("/a%20b/%C3%A4");
    expect(safeRedirect(undefined)).toBe("/projects");
    expect(safeRedirect("")).toBe("/projects");
  });

  it("a sign-in page opened from a workspace address brings the user back there", async () => {
    const visit = await rawRequest(app, { path: "/projects?lang=en" });
    expect(visit.status).toBe(302);
    const signInPage = new URL(String(visit.headers.location), app.origin);
    const { email } = await account();
    const jar: CookieJar = new Map();
    const csrf = await openSignInPage(app, jar);
    const response = await postSignIn(app, { csrf, email, password, redirectTo: signInPage.searchParams.get("redirectTo")! }, { jar });
    expect(redirectTarget(response)).toBe("/projects?lang=en");
  });
});
