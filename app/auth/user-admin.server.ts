import { json } from "@remix-run/node";
import { z } from "zod";
import { errorsByField, type FormErrors } from "~/utils/form-errors";
import { formText } from "~/utils/form-fields";
import { prisma } from "~/db.server";
import { isUuid } from "~/utils/ids";
import { createOneTimeToken } from "./one-time-links.server";
import { endAllSessions } from "./session.server";
import { normalizeEmail } from "./users.server";

const roleSchema = z.enum(["ADMIN", "ORGANISER", "EVALUATOR"], { error: "admin.roleInvalid" });
const projectIdsSchema = z.array(z.string().max(100)).max(500).default([]);

export const inviteSchema = z.object({
  email: z
    .string({ error: "admin.emailInvalid" })
    .trim()
    .toLowerCase()
    .max(254, { error: "admin.emailInvalid" })
    .pipe(z.email({ error: "admin.emailInvalid" })),
  name: formText("field.required")
    .trim()
    .min(1, { error: "field.required" })
    .max(200, { error: "admin.nameTooLong" }),
  role: roleSchema,
  projectIds: projectIdsSchema,
});

export const updateUserSchema = z.object({
  role: roleSchema,
  projectIds: projectIdsSchema,
  active: z.enum(["on"]).optional(),
});



/** The form's fields, with the project checkboxes as a list. */
export function userFormFields(form: FormData) {
  return { ...Object.fromEntries(form), projectIds: form.getAll("projectIds").map(String) };
}

/** The projects of these ids that exist; an id that is not a UUID names none and is not looked up. */
async function existingProjectIds(ids: string[]) {
  const projects = await prisma.project.findMany({ where: { id: { in: ids.filter(isUuid) } }, select: { id: true } });
  return projects.map((p) => p.id);
}

/** The account an admin opened, with its project access, or 404. */
export async function findUser(userId: string | undefined) {
  const user = isUuid(userId) ? await prisma.user.findUnique({ where: { id: userId }, include: { memberships: true } }) : null;
  if (!user) throw json({ message: "not found" }, { status: 404 });
  return user;
}

export function listUsers() {
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    include: { memberships: { include: { project: { select: { name: true } } } } },
  });
}

/** Every project, archived ones last: saving a user's access must not drop an archived project unseen. */
export function listProjectChoices() {
  return prisma.project.findMany({
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { startsOn: "desc" }],
    select: { id: true, name: true, archivedAt: true },
  });
}

/** Creates an account without a password and returns the invitation token. */
export async function inviteUser(fields: Record<string, unknown>) {
  const parsed = inviteSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, errors: errorsByField(parsed.error) };
  const email = normalizeEmail(parsed.data.email);
  if (await prisma.user.findUnique({ where: { email } })) {
    return { ok: false as const, errors: { email: "admin.emailTaken" } satisfies FormErrors };
  }
  const projectIds = await existingProjectIds(parsed.data.projectIds);
  const user = await prisma.user.create({
    data: {
      email,
      name: parsed.data.name,
      role: parsed.data.role,
      memberships: { create: projectIds.map((projectId) => ({ projectId })) },
    },
  });
  return { ok: true as const, email, token: await createOneTimeToken(user.id, "INVITE") };
}

/** Role, project access and whether the account may sign in; deactivating ends its sessions. */
export async function updateUser(userId: string, actingUserId: string, fields: Record<string, unknown>) {
  const parsed = updateUserSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, errors: errorsByField(parsed.error) };
  const active = parsed.data.active === "on";
  if (userId === actingUserId && (!active || parsed.data.role !== "ADMIN")) {
    return { ok: false as const, errors: { role: "admin.notYourself" } satisfies FormErrors };
  }
  const projectIds = await existingProjectIds(parsed.data.projectIds);
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { role: parsed.data.role, active } }),
    prisma.projectMember.deleteMany({ where: { userId } }),
    prisma.projectMember.createMany({ data: projectIds.map((projectId) => ({ userId, projectId })) }),
  ]);
  if (!active) await endAllSessions(userId);
  return { ok: true as const, errors: {} as FormErrors };
}

export type { FormErrors };
