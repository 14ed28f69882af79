import type { Role } from "~/generated/prisma/enums";
import { prisma } from "~/db.server";
import { hashPassword } from "./password.server";

export function normalizeEmail(email: string) {
  return email.trim().toLowerCase();
}

export async function createUser(input: { email: string; name: string; role: Role; password: string; projectIds?: string[] }) {
  return prisma.user.create({
    data: {
      email: normalizeEmail(input.email),
      name: input.name,
      role: input.role,
      passwordHash: await hashPassword(input.password),
      memberships: { create: (input.projectIds ?? []).map((projectId) => ({ projectId })) },
    },
  });
}
