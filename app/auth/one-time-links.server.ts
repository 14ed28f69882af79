import { createHash, randomBytes } from "node:crypto";
import { prisma } from "~/db.server";
import type { TokenPurpose } from "~/generated/prisma/enums";
import { hashPassword } from "./password.server";

const validDays = 7;
const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new one-time link token for an invitation or a password reset, valid 7 days. Earlier
 * unused links of the user stop working. There is no mail server: the admin passes it on.
 */
export async function createOneTimeToken(userId: string, purpose: TokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.userToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: new Date() } }),
    prisma.userToken.create({
      data: { id: digest(token), userId, purpose, expiresAt: new Date(Date.now() + validDays * 24 * 3600_000) },
    }),
  ]);
  return token;
}

/** The user a link belongs to, while it is unused, unexpired and the account active. */
export async function findOneTimeToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const found = await prisma.userToken.findUnique({ where: { id: digest(token) }, include: { user: true } });
  if (!found || found.usedAt || found.expiresAt < new Date() || !found.user.active) return null;
  return found;
}

/** Sets the password chosen through a link; the link is used up and older sessions end. */
export async function redeemOneTimeToken(token: string, password: string): Promise<string | null> {
  const found = await findOneTimeToken(token);
  if (!found) return null;
  const passwordHash = await hashPassword(password);
  // The update only succeeds while the link is unused, so a link cannot be used twice at once.
  const claimed = await prisma.userToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) return null;
  await prisma.$transaction([
    prisma.user.update({ where: { id: found.userId }, data: { passwordHash } }),
    prisma.session.deleteMany({ where: { userId: found.userId } }),
  ]);
  return found.userId;
}
