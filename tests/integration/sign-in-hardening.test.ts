import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "~/auth/sign-in.server";
import { signInLimits } from "~/auth/sign-in-rate-limit.server";
import { createUser } from "~/auth/users.server";
import { prisma } from "~/db.server";
import { startHttpApp, type HttpApp } from "../support/http-app";
import { openSignInPage, postSignIn, redirectTarget, type CookieJar } from "../support/sign-in-form";

// Issue 11, findings 3, 5, 6 and 7: what a hostile client tried against the sign-in form.
// Every request here comes from 127.0.0.1; where two addresses matter, the limit is called
// directly with explicit ones.

const password = "the owner's long password";
let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
});

afterAll(async () => {
  await app.close();
});

async function account(label: string) {
  const email = `${label}-${crypto.randomUUID()}@example.org`;
  const user = await createUser({ email, name: label, role: "ADMIN", password });
  return { email, userId: user.id };
}

/** A browser that has opened the sign-in page: its cookies and the form's token. */
async function browser() {
  const jar: CookieJar = new Map();
  const csrf = await openSignInPage(app, jar);
  return { jar, csrf };
}

const sessionsOf = (userId: string) => prisma.session.count({ where: { userId } });
const rowCounts = async () => ({ failures: await prisma.signInFailure.count(), sessions: await prisma.session.count() });

describe("the sign-in limit", () => {
  it("checks at most 5 of 20 wrong passwords sent at once for one account; the rest wait (429)", async () => {
    const { email } = await account("raced");
    const { jar, csrf } = await browser();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postSignIn(app, { csrf, email, password: `wrong guess ${i}` }, { jar })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 400)).toHaveLength(signInLimits.pair.failures);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20 - signInLimits.pair.failures);
    const waiting = responses.find((r) => r.status === 429)!;
    expect(waiting.body).toContain("Too many failed attempts. Please wait 15 min and try again.");
    expect(Number(waiting.headers["retry-after"])).toBe(15 * 60);
    // Every attempt checked is recorded against the account; no more were let through.
    expect(await prisma.signInFailure.count({ where: { key: `account:${email}` } })).toBe(signInLimits.pair.failures);
  });

  it("locks out the attacker's address, not the owner from another address", async () => {
    const owner = await account("owner");
    const attacker = "203.0.113.66";
    for (let i = 0; i < 5; i++) expect(await signIn(owner.email, `guess ${i}`, { address: attacker })).toEqual({ ok: false, error: "signIn.invalid" });
    expect(await signIn(owner.email, password, { address: attacker })).toMatchObject({ ok: false, error: "signIn.tooMany" });
    expect(await signIn(owner.email, password, { address: "198.51.100.20" })).toEqual({ ok: true, userId: owner.userId });
  });

  it("slows password spraying: one address trying many accounts waits after 20 failures", async () => {
    const sprayer = "203.0.113.77";
    for (let i = 0; i < signInLimits.address.failures; i++) await signIn(`sprayed-${i}-${crypto.randomUUID()}@example.org`, "Summer2024!!", { address: sprayer });
    const owner = await account("sprayed-owner");
    expect(await signIn(owner.email, password, { address: sprayer })).toMatchObject({ ok: false, error: "signIn.tooMany" });
    expect((await signIn(owner.email, password, { address: "198.51.100.21" })).ok).toBe(true);
    // The address itself is never stored, only its keyed hash.
    expect(await prisma.signInFailure.count({ where: { key: { contains: sprayer } } })).toBe(0);
  });

  it("caps guesses at an account from many addresses, but lets a device that signed in before try", async () => {
    const owner = await account("distributed");
    const device = { userId: owner.userId, nonce: crypto.randomUUID() };
    const addresses = Array.from({ length: signInLimits.account.failures }, (_, i) => `192.0.2.${i + 1}`);
    for (const address of addresses) await signIn(owner.email, "a botnet's guess", { address });
    expect(await signIn(owner.email, password, { address: "198.51.100.22" })).toMatchObject({ ok: false, error: "signIn.tooMany" });
    expect(await signIn(owner.email, password, { address: "198.51.100.22", device })).toEqual({ ok: true, userId: owner.userId });
    // Another account's device is no pass for this one.
    const stranger = { userId: crypto.randomUUID(), nonce: crypto.randomUUID() };
    expect(await signIn(owner.email, password, { address: "198.51.100.23", device: stranger })).toMatchObject({ error: "signIn.tooMany" });
  });

  it("over HTTP: the owner's browser, which signed in before, still signs in from the attacker's address", async () => {
    const owner = await account("device");
    const ownerBrowser = await browser();
    expect((await postSignIn(app, { csrf: ownerBrowser.csrf, email: owner.email, password }, { jar: ownerBrowser.jar })).status).toBe(302);
    // Signed out: the session cookie goes, the device cookie stays.
    for (const name of ownerBrowser.jar.keys()) if (name.endsWith("balss_session")) ownerBrowser.jar.delete(name);

    const attacker = await browser();
    for (let i = 0; i < 5; i++) {
      expect((await postSignIn(app, { csrf: attacker.csrf, email: owner.email, password: `guess ${i}` }, { jar: attacker.jar })).status).toBe(400);
    }
    expect((await postSignIn(app, { csrf: attacker.csrf, email: owner.email, password }, { jar: attacker.jar })).status).toBe(429);

    const csrf = await openSignInPage(app, ownerBrowser.jar);
    const back = await postSignIn(app, { csrf, email: owner.email, password }, { jar: ownerBrowser.jar });
    expect(back.status).toBe(302);
    expect(redirectTarget(back)).toBe("/projects");
  });
});

describe("bad input", () => {
  it("refuses an email with a NUL byte with 400 and a message, and writes nothing", async () => {
    const { jar, csrf } = await browser();
    const before = await rowCounts();
    const response = await postSignIn(app, { csrf, email: "a\u0000b@x.y", password: "whatever it is" }, { jar });
    expect(response.status).toBe(400);
    expect(response.body).toContain("control character");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("forged sign-ins", () => {
  it("refuse a sign-in without the form's anti-forgery token, with JavaScript on and off, and write no session", async () => {
    const owner = await account("forged");
    const before = await rowCounts();
    for (const javascript of [false, true]) {
      const noToken = await postSignIn(app, { email: owner.email, password }, { javascript });
      expect(noToken.status).toBe(403);
      expect(noToken.headers["set-cookie"]?.some((c) => c.includes("balss_session"))).toBeFalsy();
      // A token from the attacker's own visit, without the victim's cookie, is no better.
      const { csrf } = await browser();
      expect((await postSignIn(app, { csrf, email: owner.email, password }, { javascript })).status).toBe(403);
      // Nor the victim's cookie with a made-up token.
      const victim = await browser();
      expect((await postSignIn(app, { csrf: "made-up", email: owner.email, password }, { jar: victim.jar, javascript })).status).toBe(403);
    }
    expect(await sessionsOf(owner.userId)).toBe(0);
    expect(await rowCounts()).toEqual(before);
  });

  it("sign in with the page's token, with JavaScript off and on", async () => {
    const owner = await account("honest");
    for (const javascript of [false, true]) {
      const { jar, csrf } = await browser();
      const response = await postSignIn(app, { csrf, email: owner.email, password }, { jar, javascript });
      expect(response.status).toBe(javascript ? 204 : 302);
      expect(redirectTarget(response)).toBe("/projects");
      expect([...jar.keys()].some((name) => name.endsWith("balss_session"))).toBe(true);
    }
    expect(await sessionsOf(owner.userId)).toBe(2);
  });

  it("a page left open until its token expired says so, and the next try signs in", async () => {
    const owner = await account("left-open");
    const { jar, csrf } = await browser();
    jar.clear(); // the token's cookie has expired overnight
    const stale = await postSignIn(app, { csrf, email: owner.email, password }, { jar });
    expect(stale.status).toBe(403);
    expect(stale.body).toContain("This page was open for a long time");
    // The answer is the form again, with a fresh token and its cookie, and the email kept.
    const fresh = /<input type="hidden" name="csrf" value="([^"]*)"/.exec(stale.body)?.[1] ?? "";
    expect(fresh).not.toBe("");
    expect(stale.body).toContain(`value="${owner.email}"`);
    expect((await postSignIn(app, { csrf: fresh, email: owner.email, password }, { jar })).status).toBe(302);
  });
});
