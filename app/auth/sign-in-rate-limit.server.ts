import { createHmac, randomBytes } from "node:crypto";
import { prisma } from "~/db.server";

/** 5 failed sign-ins per account or per client within 15 minutes, then a wait. */
export const signInLimit = { failures: 5, windowMinutes: 15 } as const;

// The client's address is only ever stored as a keyed hash, and only for the window above.
// Without SESSION_SECRET a random key per process is used: limits then reset on restart.
const addressKey = process.env.SESSION_SECRET ?? randomBytes(32).toString("hex");

export function signInLimitKeys(email: string, clientAddress: string | undefined): string[] {
  const keys = [`account:${email}`];
  if (clientAddress) keys.push(`client:${createHmac("sha256", addressKey).update(clientAddress).digest("hex")}`);
  return keys;
}

const windowStart = () => new Date(Date.now() - signInLimit.windowMinutes * 60_000);

/** Minutes to wait before trying again, or 0. */
export async function signInWaitMinutes(keys: string[]): Promise<number> {
  await prisma.signInFailure.deleteMany({ where: { failedAt: { lt: windowStart() } } });
  const failures = await prisma.signInFailure.groupBy({
    by: ["key"],
    where: { key: { in: keys } },
    _count: true,
    _min: { failedAt: true },
  });
  const blocked = failures.filter((f) => f._count >= signInLimit.failures);
  if (!blocked.length) return 0;
  const oldest = Math.min(...blocked.map((f) => f._min.failedAt!.getTime()));
  return Math.max(1, Math.ceil((oldest + signInLimit.windowMinutes * 60_000 - Date.now()) / 60_000));
}

export function recordSignInFailure(keys: string[]) {
  return prisma.signInFailure.createMany({ data: keys.map((key) => ({ key })) });
}

export function clearSignInFailures(email: string) {
  return prisma.signInFailure.deleteMany({ where: { key: `account:${email}` } });
}
