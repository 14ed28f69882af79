import { randomBytes } from "node:crypto";
import { isSameToken } from "./same-token.server";
import { schemeCookie } from "./scheme-cookie.server";
import { serverSecret } from "./server-secret.server";

// The sign-in form's anti-forgery token, before there is a session to keep one in: the page
// puts it in a signed, HttpOnly cookie and in a hidden field, and the form must send both
// (double submit). Another site can neither read the field nor, without the signing key,
// plant a cookie of its own. docs/decisions/024.

const lifetimeHours = 2;

const tokenCookie = schemeCookie("balss_signin", {
  httpOnly: true,
  sameSite: "lax",
  maxAge: lifetimeHours * 60 * 60,
  secrets: [serverSecret],
});

async function heldToken(request: Request): Promise<string | null> {
  const token: unknown = await tokenCookie(request).parse(request.headers.get("Cookie"));
  return typeof token === "string" && token.length <= 64 ? token : null;
}

/**
 * The token for a sign-in page: the one this browser holds (so two open tabs share it) or a
 * new one, with the Set-Cookie header that gives it its full lifetime again.
 */
export async function signInFormToken(request: Request): Promise<{ token: string; setCookie: string }> {
  const token = (await heldToken(request)) ?? randomBytes(16).toString("base64url");
  return { token, setCookie: await tokenCookie(request).serialize(token) };
}

/** Whether a posted sign-in form came from a sign-in page of this site, shown in this browser. */
export async function isGenuineSignInForm(request: Request, form: FormData): Promise<boolean> {
  return isSameToken(form.get("csrf"), await heldToken(request));
}
