import { randomUUID } from "node:crypto";
import { z } from "zod";
import { schemeCookie } from "./scheme-cookie.server";
import { serverSecret } from "./server-secret.server";

// OWASP's "device cookie": a browser in which an account has signed in gets a signed cookie
// naming the account and a random id for the browser. From that browser, the account's
// sign-ins are limited on their own (per device), so a stranger guessing at the account from
// elsewhere cannot lock its owner out. docs/decisions/023.

const lifetimeDays = 180;

const deviceCookie = schemeCookie("balss_device", {
  httpOnly: true,
  sameSite: "lax",
  maxAge: lifetimeDays * 24 * 60 * 60,
  secrets: [serverSecret],
});

const deviceSchema = z.object({ userId: z.string().max(64), nonce: z.string().max(64) });

export type TrustedDevice = z.infer<typeof deviceSchema>;

/** The device this browser proved to be at an earlier sign-in, or null. */
export async function readTrustedDevice(request: Request): Promise<TrustedDevice | null> {
  const parsed = deviceSchema.safeParse(await deviceCookie(request).parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : null;
}

/** The Set-Cookie header that makes this browser a trusted device of the account just signed in. */
export function trustDevice(request: Request, userId: string): Promise<string> {
  return deviceCookie(request).serialize({ userId, nonce: randomUUID() } satisfies TrustedDevice);
}
