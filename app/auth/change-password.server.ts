import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { hashPassword, newPasswordSchema, verifyPassword } from "./password.server";

export const changePasswordSchema = z.object({ current: z.string().max(256) }).extend(newPasswordSchema.shape);

export type ChangePasswordErrors = Partial<Record<"current" | "next" | "confirm", MessageKey>>;

/** Changes the user's password and signs out their other sessions. */
export async function changePassword(userId: string, keepSessionId: string, form: Record<string, unknown>) {
  const parsed = changePasswordSchema.safeParse(form);
  const errors: ChangePasswordErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof ChangePasswordErrors;
      errors[field] ??= issue.message.startsWith("password.") ? (issue.message as MessageKey) : "field.required";
    }
    return { ok: false as const, errors };
  }
  const { current, next, confirm } = parsed.data;
  if (next !== confirm) return { ok: false as const, errors: { confirm: "account.mismatch" } satisfies ChangePasswordErrors };
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!(await verifyPassword(user.passwordHash, current))) {
    return { ok: false as const, errors: { current: "account.wrongCurrent" } satisfies ChangePasswordErrors };
  }
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next) } }),
    prisma.session.deleteMany({ where: { userId, id: { not: keepSessionId } } }),
  ]);
  return { ok: true as const, errors: {} as ChangePasswordErrors };
}
