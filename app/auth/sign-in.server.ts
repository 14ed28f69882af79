import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { verifyPassword } from "./password.server";
import { clearSignInFailures, recordSignInFailure, signInLimitKeys, signInWaitMinutes } from "./sign-in-rate-limit.server";

export const signInFormSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(256),
  redirectTo: z.string().max(2000).optional(),
});

export type SignInResult = { ok: true; userId: string } | { ok: false; error: MessageKey; wait?: number };

/** Checks the credentials, with a wait after repeated failures for the account or the client. */
export async function signIn(email: string, password: string, clientAddress?: string): Promise<SignInResult> {
  const keys = signInLimitKeys(email, clientAddress);
  const wait = await signInWaitMinutes(keys);
  if (wait) return { ok: false, error: "signIn.tooMany", wait };
  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) {
    await recordSignInFailure(keys);
    return { ok: false, error: "signIn.invalid" };
  }
  await clearSignInFailures(email);
  return { ok: true, userId: user.id };
}

/** Only paths inside this site, so a crafted link cannot send a signed-in user elsewhere. */
export function safeRedirect(to: string | undefined, fallback = "/projects"): string {
  return to && to.startsWith("/") && !to.startsWith("//") && !to.startsWith("/\\") ? to : fallback;
}
