import { beforeAll, describe, expect, it } from "vitest";
import { readProtectedForm } from "~/auth/authorize.server";
import { changePassword } from "~/auth/change-password.server";
import { endSession, findSession, startSession } from "~/auth/session.server";
import { safeRedirect, signIn } from "~/auth/sign-in.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { action as signInAction, loader as signInLoader } from "~/routes/signin";

const suffix = Math.random().toString(36).slice(2, 8);
const password = "a long enough password";

const withCookie = (setCookie: string) =>
  new Request("http://balss.test/projects", { headers: { Cookie: setCookie.split(";")[0]! } });

/** The sign-in form as its page sends it: with the page's anti-forgery token and cookie. */
async function signInRequest(fields: Record<string, string>) {
  const page = (await signInLoader({ request: new Request("http://balss.test/signin"), params: {}, context: {} })) as Response;
  const { csrf } = (await page.json()) as { csrf: string };
  return new Request("http://balss.test/signin", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: page.headers.get("Set-Cookie")!.split(";")[0]! },
    body: new URLSearchParams({ csrf, ...fields }),
  });
}

const signInPage = new Request("http://balss.test/signin");

let email: string;
let userId: string;

beforeAll(async () => {
  email = `person-${suffix}@example.org`;
  userId = (await createUser({ email, name: "Person", role: "ORGANISER", password })).id;
});

describe("passwords", () => {
  it("are stored as argon2id with at least OWASP's parameters", async () => {
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(passwordHash ?? "");
    expect(match).not.toBeNull();
    const [, memory, passes, lanes] = match!.map(Number);
    expect(memory).toBeGreaterThanOrEqual(19456);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(lanes).toBe(1);
    expect(passwordHash).not.toContain(password);
  });

  it("must have at least 12 characters, and changing one checks the current one", async () => {
    const session = await prisma.session.create({ data: { id: `s-${suffix}`, userId, csrfToken: "t", expiresAt: new Date(Date.now() + 60_000) } });
    expect(await changePassword(userId, session.id, { current: password, next: "short", confirm: "short" })).toMatchObject({
      ok: false,
      errors: { next: "password.tooShort" },
    });
    expect(await changePassword(userId, session.id, { current: "wrong password!", next: "another long one", confirm: "another long one" })).toMatchObject({
      ok: false,
      errors: { current: "account.wrongCurrent" },
    });
    expect(await changePassword(userId, session.id, { current: password, next: "another long one", confirm: "different one!!" })).toMatchObject({
      ok: false,
      errors: { confirm: "account.mismatch" },
    });
    expect(await changePassword(userId, session.id, { current: 42, next: ["x"], confirm: null })).toMatchObject({ ok: false });
    expect((await signIn(email, password)).ok).toBe(true);
  });
});

describe("sessions", () => {
  it("get a new random id at every sign-in and end at sign-out", async () => {
    const first = await startSession(signInPage, userId);
    const second = await startSession(signInPage, userId);
    expect(first).not.toEqual(second);
    expect(first).toMatch(/HttpOnly/i);
    expect(first).toMatch(/SameSite=Lax/i);
    expect((await findSession(withCookie(first)))?.userId).toBe(userId);
    await endSession(withCookie(first));
    expect(await findSession(withCookie(first))).toBeNull();
    expect((await findSession(withCookie(second)))?.userId).toBe(userId);
    // The cookie holds a token whose hash is the row's id: the table alone signs no one in.
    const token = decodeURIComponent(second.split(";")[0]!.split("=")[1]!);
    expect(await prisma.session.findUnique({ where: { id: token } })).toBeNull();
  });

  it("end when the account is deactivated", async () => {
    const other = await createUser({ email: `leaver-${suffix}@example.org`, name: "Leaver", role: "EVALUATOR", password });
    const cookie = await startSession(signInPage, other.id);
    await prisma.user.update({ where: { id: other.id }, data: { active: false } });
    expect(await findSession(withCookie(cookie))).toBeNull();
    expect((await signIn(other.email, password)).ok).toBe(false);
  });

  it("are named and flagged for the scheme the request came over", async () => {
    const overHttps = await startSession(new Request("https://balss.test/signin"), userId);
    expect(overHttps).toMatch(/^__Host-balss_session=/);
    expect(overHttps).toMatch(/; Secure/i);
    expect(overHttps).toMatch(/; Path=\//);
    expect(overHttps).not.toMatch(/Domain=/i);
    const httpsPage = new Request("https://balss.test/projects", { headers: { Cookie: overHttps.split(";")[0]! } });
    expect((await findSession(httpsPage))?.userId).toBe(userId);
    // Over plain HTTP a browser would drop a Secure cookie: the bare name, not Secure.
    const overHttp = await startSession(new Request("http://balss.test/signin"), userId);
    expect(overHttp).toMatch(/^balss_session=/);
    expect(overHttp).not.toMatch(/Secure/i);
    // A cookie set over plain HTTP does not sign anyone in over HTTPS.
    const planted = new Request("https://balss.test/projects", { headers: { Cookie: overHttp.split(";")[0]! } });
    expect(await findSession(planted)).toBeNull();
  });

  it("refuse a state-changing form without the session's anti-forgery token", async () => {
    const post = (body: Record<string, string>) =>
      new Request("http://balss.test/x", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(body),
      });
    const expectForged = async (promise: Promise<unknown>) => {
      const thrown = await promise.then(() => null, (error: unknown) => error);
      expect(thrown).toBeInstanceOf(Response);
      expect((thrown as Response).status).toBe(403);
    };
    await expectForged(readProtectedForm(post({ intent: "close" }), "the-real-token"));
    await expectForged(readProtectedForm(post({ intent: "close", csrf: "a-guessed-token" }), "the-real-token"));
    expect((await readProtectedForm(post({ intent: "close", csrf: "the-real-token" }), "the-real-token")).get("intent")).toBe("close");
  });
});

describe("signing in", () => {
  it("is refused with the same message for a wrong password and an unknown account", async () => {
    expect(await signIn(email, "not the password")).toEqual({ ok: false, error: "signIn.invalid" });
    expect(await signIn(`nobody-${suffix}@example.org`, "not the password")).toEqual({ ok: false, error: "signIn.invalid" });
  });

  it("waits after 5 failures for one account from one address, even with the right password", async () => {
    const victim = await createUser({ email: `victim-${suffix}@example.org`, name: "V", role: "EVALUATOR", password });
    const context = { clientAddress: "198.51.100.77" };
    for (let i = 0; i < 5; i++) expect((await signIn(victim.email, `guess number ${i}`, { address: context.clientAddress })).ok).toBe(false);
    const blocked = await signIn(victim.email, password, { address: context.clientAddress });
    expect(blocked).toMatchObject({ ok: false, error: "signIn.tooMany" });
    expect((blocked as { wait: number }).wait).toBeGreaterThanOrEqual(1);
    const response = (await signInAction({ request: await signInRequest({ email: victim.email, password }), params: {}, context })) as Response;
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThanOrEqual(60);
  });

  it("answers bad form input with 400 and a message, and only redirects inside the site", async () => {
    const badForms: Record<string, string>[] = [{}, { email: "x".repeat(300), password: "y" }, { email, password: "z".repeat(300) }];
    for (const fields of badForms) {
      const response = (await signInAction({ request: await signInRequest(fields), params: {}, context: {} })) as Response;
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "signIn.invalid" });
    }
    const ok = (await signInAction({
      request: await signInRequest({ email, password, redirectTo: "https://evil.example/" }),
      params: {},
      context: {},
    })) as Response;
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Location")).toBe("/projects");
    expect(safeRedirect("//evil.example")).toBe("/projects");
    expect(safeRedirect("/surveys/1?x=1")).toBe("/surveys/1?x=1");
  });
});
