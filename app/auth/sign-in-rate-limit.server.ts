import { createHmac } from "node:crypto";
import { prisma } from "~/db.server";
import { serverSecret } from "./server-secret.server";
import type { TrustedDevice } from "./trusted-device.server";

/**
 * Failed sign-ins allowed per window, then a wait (docs/decisions/023). From a browser the
 * account signed in on before (a trusted device) only that device's own count applies; from
 * anywhere else, all three others.
 */
export const signInLimits = {
  /** One account from one address: the plain brute force. */
  pair: { failures: 5, windowMinutes: 15 },
  /** One account from one of its trusted devices. */
  device: { failures: 5, windowMinutes: 15 },
  /** Any accounts from one address (password spraying); an office behind one address has room. */
  address: { failures: 20, windowMinutes: 15 },
  /** One account from every address that is not its trusted device: a botnet's ceiling. */
  account: { failures: 30, windowMinutes: 60 },
} as const;

type Scope = keyof typeof signInLimits;

export interface SignInClient {
  address?: string;
  device?: TrustedDevice | null;
}

interface LimitKey {
  scope: Scope;
  key: string;
}

// The client's address is only ever stored as a keyed hash, and only for the window above.
const hashed = (address: string | undefined) => createHmac("sha256", serverSecret).update(address ?? "").digest("hex");

/** The counts an attempt at `email` (the account `userId`, when it exists) is made against. */
export function signInLimitKeys(email: string, userId: string | null, client: SignInClient): LimitKey[] {
  if (client.device && userId && client.device.userId === userId) return [{ scope: "device", key: `device:${client.device.nonce}` }];
  const address = hashed(client.address);
  return [
    { scope: "pair", key: `pair:${address}:${email}` },
    { scope: "address", key: `address:${address}` },
    { scope: "account", key: `account:${email}` },
  ];
}

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const longestWindow = Math.max(...Object.values(signInLimits).map((limit) => limit.windowMinutes));

export type SignInReservation = { ok: true; rowIds: string[]; keys: LimitKey[] } | { ok: false; waitMinutes: number };

/**
 * Counts the attempt as a failure before the password is checked, unless a count is full: then
 * the minutes to wait. Checking and counting happen under a lock on each count's key, so
 * attempts sent at once cannot all pass a check that none of them has counted in yet.
 */
export async function reserveSignInAttempt(keys: LimitKey[]): Promise<SignInReservation> {
  await prisma.signInFailure.deleteMany({ where: { failedAt: { lt: minutesAgo(longestWindow) } } });
  return prisma.$transaction(async (tx) => {
    // One order for every attempt, so two attempts sharing keys never wait on each other in a circle.
    for (const { key } of [...keys].sort((a, b) => a.key.localeCompare(b.key))) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
    }
    const counts = await tx.signInFailure.groupBy({
      by: ["key"],
      where: { OR: keys.map(({ scope, key }) => ({ key, failedAt: { gte: minutesAgo(signInLimits[scope].windowMinutes) } })) },
      _count: true,
      _min: { failedAt: true },
    });
    const waits = keys.map(({ scope, key }) => {
      const count = counts.find((c) => c.key === key);
      const { failures, windowMinutes } = signInLimits[scope];
      if (!count || count._count < failures) return 0;
      // Counts never pass their limit, so the oldest failure is the one whose end frees a try.
      return Math.max(1, Math.ceil((count._min.failedAt!.getTime() + windowMinutes * 60_000 - Date.now()) / 60_000));
    });
    const waitMinutes = Math.max(...waits);
    if (waitMinutes) return { ok: false, waitMinutes };
    const rows = await tx.signInFailure.createManyAndReturn({ data: keys.map(({ key }) => ({ key })), select: { id: true } });
    return { ok: true, rowIds: rows.map((row) => row.id), keys };
  });
}

/**
 * After the right password: the attempt was no failure, and the earlier failures of this
 * account from this address or device (the owner's typing) are forgiven. The address's and the
 * account's counts keep the rest, as they may be an attack still going on.
 */
export function releaseSignInAttempt(reservation: { rowIds: string[]; keys: LimitKey[] }) {
  const forgiven = reservation.keys.filter((k) => k.scope === "pair" || k.scope === "device").map((k) => k.key);
  return prisma.signInFailure.deleteMany({ where: { OR: [{ id: { in: reservation.rowIds } }, { key: { in: forgiven } }] } });
}
