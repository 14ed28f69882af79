import { z } from "zod";
import { errorsByField, type FormErrors } from "~/utils/form-errors";
import { fieldsPerLanguage, formText, textsByLanguage } from "~/utils/form-fields";
import { isUuid } from "~/utils/ids";
import { timeZoneField } from "~/utils/time-zones";
import { prisma } from "~/db.server";
import { Prisma } from "~/generated/prisma/client";
import { slugPattern, suggestSlug } from "./project-slug";

const name = formText().trim().max(300, { error: "event.tooLong" }).default("");
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

// The project's home zone: for its questionnaires without an event, and new events start from it.
const nameAndDates = z.object({ ...fieldsPerLanguage("name", name), startsOn: day, endsOn: day, timeZone: timeZoneField() });

type NameAndDates = z.infer<typeof nameAndDates>;
const hasName = (p: NameAndDates) => Object.keys(projectName(p)).length > 0;
const endsAfterStart = (p: NameAndDates) => p.endsOn >= p.startsOn;

export const newProjectSchema = nameAndDates
  .extend({
    // Left empty, it is made from the name (createProject).
    slug: z
      .string({ error: "project.slugInvalid" })
      .trim()
      .toLowerCase()
      .refine((slug) => slug === "" || slugPattern.test(slug), { error: "project.slugInvalid" })
      .default(""),
  })
  .refine(hasName, { path: ["name_lv"], message: "project.nameRequired" })
  .refine(endsAfterStart, { path: ["endsOn"], message: "event.endBeforeStart" });

/** The form on the settings page that changes a project's name and dates. */
export const projectDetailsSchema = nameAndDates
  .refine(hasName, { path: ["name_lv"], message: "project.nameRequired" })
  .refine(endsAfterStart, { path: ["endsOn"], message: "event.endBeforeStart" });

/** The name as stored: only the languages that were given. */
export function projectName(p: NameAndDates) {
  return textsByLanguage("name", p);
}

/**
 * A short name made from the project's name that no project has yet: "youth-council", else
 * "youth-council-2", "-3"… ("project" when the name has no letters to make one from).
 */
async function freeSlugFromName(fields: Record<string, unknown>) {
  const base = suggestSlug(fields) || "project";
  const taken = await prisma.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const takenSlugs = new Set(taken.map((project) => project.slug));
  const numbered = (number: number) => (number === 1 ? base : `${base}-${number}`);
  let number = 1;
  while (takenSlugs.has(numbered(number))) number++;
  return numbered(number);
}

/** A new project; admins then give organisers and evaluators access to it. */
export async function createProject(fields: Record<string, unknown>) {
  const parsed = newProjectSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, errors: errorsByField(parsed.error) };
  const { startsOn, endsOn, timeZone } = parsed.data;
  const slug = parsed.data.slug || (await freeSlugFromName(parsed.data));
  try {
    const project = await prisma.project.create({ data: { slug, startsOn, endsOn, timeZone, name: projectName(parsed.data) } });
    return { ok: true as const, projectId: project.id, errors: {} as FormErrors };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false as const, errors: { slug: "project.slugTaken" } as FormErrors };
    }
    throw error;
  }
}

export const partnerSchema = z.object({
  name: formText("field.required").trim().min(1, { error: "field.required" }).max(300, { error: "event.tooLong" }),
  city: formText("field.required").trim().min(1, { error: "field.required" }).max(200, { error: "event.tooLong" }),
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
  if (!isUuid(partnerId)) return { ok: false as const, errors: { partner: "field.invalidChoice" } as FormErrors };
  const partner = await prisma.partner.findFirst({ where: { id: partnerId, projectId }, include: { _count: { select: { events: true } } } });
  if (!partner) return { ok: false as const, errors: { partner: "field.invalidChoice" } as FormErrors };
  if (partner._count.events) return { ok: false as const, errors: { partner: "partner.hostsEvents" } as FormErrors };
  await prisma.partner.delete({ where: { id: partner.id } });
  return { ok: true as const, errors: {} as FormErrors };
}

export function listPartners(projectId: string) {
  return prisma.partner.findMany({ where: { projectId }, orderBy: { position: "asc" } });
}
