import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { formText } from "~/utils/form-fields";
import { verifyPassword } from "./password.server";
import { releaseSignInAttempt, reserveSignInAttempt, signInLimitKeys, type SignInClient } from "./sign-in-rate-limit.server";

export const signInFormSchema = z.object({
  email: formText().pipe(z.string().trim().toLowerCase().max(254)),
  password: z.string().max(256),
  // Anything that is not a path of this site goes to the default page (safeRedirect).
  redirectTo: z.string().max(2000).optional(),
});

export type SignInResult = { ok: true; userId: string } | { ok: false; error: MessageKey; wait?: number };

/**
 * Checks the credentials, with a wait after repeated failures (docs/decisions/023). The attempt
 * is counted before the password is checked and forgotten only if it was right, so attempts
 * sent at once cannot outrun the limit.
 */
export async function signIn(email: string, password: string, client: SignInClient = {}): Promise<SignInResult> {
  const user = await prisma.user.findUnique({ where: { email } });
  const attempt = await reserveSignInAttempt(signInLimitKeys(email, user?.id ?? null, client));
  if (!attempt.ok) return { ok: false, error: "signIn.tooMany", wait: attempt.waitMinutes };
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) return { ok: false, error: "signIn.invalid" };
  await releaseSignInAttempt(attempt);
  return { ok: true, userId: user.id };
}

// Any origin would do: it only has to be one that a path of this site resolves against.
const siteOrigin = "http://balss.invalid";

/**
 * A path of this site, normalised by the URL parser (which drops tabs and line breaks, reads
 * backslashes as slashes and percent-encodes the rest), so what a crafted link asks for cannot
 * lead elsewhere nor make an invalid header. Anything else is the fallback.
 */
export function safeRedirect(to: string | undefined, fallback = "/projects"): string {
  if (!to?.startsWith("/")) return fallback;
  try {
    const url = new URL(to, siteOrigin);
    const path = `${url.pathname}${url.search}${url.hash}`;
    // "/.//evil.example" is of this site, but its normalised path "//evil.example" is not.
    return url.origin === siteOrigin && new URL(path, siteOrigin).origin === siteOrigin ? path : fallback;
  } catch {
    return fallback;
  }
}
