import { redirect } from "@remix-run/node";
import { createHash, randomBytes } from "node:crypto";
import { prisma } from "~/db.server";
import { schemeCookie } from "./scheme-cookie.server";

const sessionDays = 14;

const sessionCookie = schemeCookie("balss_session", { httpOnly: true, sameSite: "lax", maxAge: sessionDays * 24 * 60 * 60 });

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Starts a new session (a new id at every sign-in) and returns its Set-Cookie header, for the
 * scheme of the request that signs in.
 */
export async function startSession(request: Request, userId: string): Promise<string> {
  const token = randomBytes(16).toString("base64url");
  await prisma.session.create({
    data: {
      id: digest(token),
      userId,
      csrfToken: randomBytes(16).toString("base64url"),
      expiresAt: new Date(Date.now() + sessionDays * 24 * 60 * 60 * 1000),
    },
  });
  return sessionCookie(request).serialize(token);
}

async function sessionToken(request: Request): Promise<string | null> {
  const token: unknown = await sessionCookie(request).parse(request.headers.get("Cookie"));
  return typeof token === "string" && token.length <= 64 ? token : null;
}

/** The signed-in, active user and the session's anti-forgery token, or null. */
export async function findSession(request: Request) {
  const token = await sessionToken(request);
  if (!token) return null;
  const session = await prisma.session.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!session || session.expiresAt < new Date() || !session.user.active) return null;
  return session;
}

export async function endSession(request: Request): Promise<string> {
  const token = await sessionToken(request);
  if (token) await prisma.session.deleteMany({ where: { id: digest(token) } });
  return sessionCookie(request).serialize("", { maxAge: 0 });
}

/** Signing out everywhere, e.g. when an account is deactivated or its password changes. */
export function endAllSessions(userId: string) {
  return prisma.session.deleteMany({ where: { userId } });
}

export function signInRedirect(request: Request) {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return redirect(`/signin?${new URLSearchParams({ redirectTo: back })}`);
}
