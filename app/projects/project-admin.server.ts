import { z } from "zod";
import { errorsByField, type FormErrors } from "~/utils/form-errors";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";



const name = z.string().trim().max(300, { error: "event.tooLong" }).default("");
const day = z
  .string({ error: "project.dateInvalid" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "project.dateInvalid" })
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "project.dateInvalid" });
    }
    return date;
  });

export const newProjectSchema = z
  .object({
    name_lv: name,
    name_ru: name,
    name_en: name,
    slug: z
      .string({ error: "project.slugInvalid" })
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,40}$/, { error: "project.slugInvalid" }),
    startsOn: day,
    endsOn: day,
  })
  .refine((p) => p.name_lv || p.name_ru || p.name_en, { path: ["name_lv"], message: "project.nameRequired" })
  .refine((p) => p.endsOn >= p.startsOn, { path: ["endsOn"], message: "event.endBeforeStart" });

/** A new project; admins then give organisers and evaluators access to it. */
export async function createProject(fields: Record<string, unknown>) {
  const parsed = newProjectSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, errors: errorsByField(parsed.error) };
  const { name_lv, name_ru, name_en, ...rest } = parsed.data;
  const projectName = Object.fromEntries(Object.entries({ lv: name_lv, ru: name_ru, en: name_en }).filter(([, v]) => v));
  try {
    const project = await prisma.project.create({ data: { ...rest, name: projectName } });
    return { ok: true as const, projectId: project.id, errors: {} as FormErrors };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false as const, errors: { slug: "project.slugTaken" } as FormErrors };
    }
    throw error;
  }
}

export const partnerSchema = z.object({
  name: z.string({ error: "field.required" }).trim().min(1, { error: "field.required" }).max(300, { error: "event.tooLong" }),
  city: z.string({ error: "field.required" }).trim().min(1, { error: "field.required" }).max(200, { error: "event.tooLong" }),
  country: z
    .string({ error: "partner.countryInvalid" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { error: "partner.countryInvalid" }),
});

export async function addPartner(projectId: string, fields: Record<string, unknown>) {
  const parsed = partnerSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, errors: errorsByField(parsed.error) };
  const position = await prisma.partner.count({ where: { projectId } });
  try {
    await prisma.partner.create({ data: { ...parsed.data, projectId, position } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false as const, errors: { name: "partner.nameTaken" } as FormErrors };
    }
    throw error;
  }
  return { ok: true as const, errors: {} as FormErrors };
}

/** Removes a partner that hosts no event; ids of other projects' partners do nothing. */
export async function removePartner(projectId: string, partnerId: string) {
  const partner = await prisma.partner.findFirst({ where: { id: partnerId, projectId }, include: { _count: { select: { events: true } } } });
  if (!partner) return { ok: false as const, errors: { partner: "field.invalidChoice" } as FormErrors };
  if (partner._count.events) return { ok: false as const, errors: { partner: "partner.hostsEvents" } as FormErrors };
  await prisma.partner.delete({ where: { id: partner.id } });
  return { ok: true as const, errors: {} as FormErrors };
}

export function listPartners(projectId: string) {
  return prisma.partner.findMany({ where: { projectId }, orderBy: { position: "asc" } });
}
