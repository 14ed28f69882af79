import { json } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { uiLanguages } from "~/i18n/languages";
import { optionalWholeNumber } from "~/utils/form-fields";
import { dateToZonedLocal, zonedLocalToDate } from "~/utils/zoned-time";

const when = z
  .string({ error: "schedule.invalidTime" })
  .transform((value, ctx) => zonedLocalToDate(value) ?? (ctx.addIssue({ code: "custom", message: "schedule.invalidTime" }), z.NEVER));

const count = optionalWholeNumber(1_000_000);

const titleText = z.string().trim().max(300, { error: "event.tooLong" }).default("");

export const eventFormSchema = z
  .object({
    title_lv: titleText,
    title_ru: titleText,
    title_en: titleText,
    place: z.string({ error: "field.required" }).trim().min(1, { error: "field.required" }).max(300, { error: "event.tooLong" }),
    hostPartnerId: z.string().max(100).default(""),
    startsAt: when,
    endsAt: when,
    attendance: count,
    staffMobilities: count,
  })
  .refine((e) => e.title_lv || e.title_ru || e.title_en, { path: ["title_lv"], message: "event.titleRequired" })
  .refine((e) => e.endsAt >= e.startsAt, { path: ["endsAt"], message: "event.endBeforeStart" });

export type EventFormErrors = Partial<Record<string, MessageKey>>;

/** The event's form values as the edit form shows them. */
export function eventFormValues(event?: {
  title: unknown;
  place: string;
  hostPartnerId: string | null;
  startsAt: Date;
  endsAt: Date;
  attendance: number | null;
  staffMobilities: number;
}) {
  const title = (event?.title ?? {}) as Record<string, string | undefined>;
  return {
    ...Object.fromEntries(uiLanguages.map((lang) => [`title_${lang}`, title[lang] ?? ""])),
    place: event?.place ?? "",
    hostPartnerId: event?.hostPartnerId ?? "",
    startsAt: event ? dateToZonedLocal(event.startsAt) : "",
    endsAt: event ? dateToZonedLocal(event.endsAt) : "",
    attendance: event?.attendance?.toString() ?? "",
    staffMobilities: event?.staffMobilities.toString() ?? "",
  } as Record<string, string>;
}

/** An event of this project, or 404: ids of other projects' events reveal nothing. */
export async function findProjectEvent(projectId: string, eventId: string | undefined) {
  const event = eventId ? await prisma.event.findFirst({ where: { id: eventId, projectId } }) : null;
  if (!event) throw json({ message: "not found" }, { status: 404 });
  return event;
}

export function projectPartners(projectId: string) {
  return prisma.partner.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: { id: true, name: true, city: true } });
}

/** Creates (no eventId) or updates an event from its form; returns errors by field. */
export async function saveEvent(projectId: string, eventId: string | null, fields: Record<string, unknown>) {
  const parsed = eventFormSchema.safeParse(fields);
  if (!parsed.success) {
    const errors: EventFormErrors = {};
    for (const issue of parsed.error.issues) {
      const message = issue.message.includes(".") ? (issue.message as MessageKey) : "field.required";
      errors[String(issue.path[0])] ??= message;
    }
    return { ok: false as const, errors };
  }
  const { title_lv, title_ru, title_en, hostPartnerId, attendance, staffMobilities, ...rest } = parsed.data;
  const host = hostPartnerId ? await prisma.partner.findFirst({ where: { id: hostPartnerId, projectId } }) : null;
  if (hostPartnerId && !host) return { ok: false as const, errors: { hostPartnerId: "field.invalidChoice" } as EventFormErrors };
  const title = Object.fromEntries(
    Object.entries({ lv: title_lv, ru: title_ru, en: title_en }).filter(([, text]) => text),
  );
  const data = { ...rest, title, hostPartnerId: host?.id ?? null, attendance, staffMobilities: staffMobilities ?? 0 };
  const event = eventId
    ? await prisma.event.update({ where: { id: eventId }, data })
    : await prisma.event.create({ data: { ...data, projectId } });
  return { ok: true as const, eventId: event.id, errors: {} as EventFormErrors };
}

export function archiveEvent(eventId: string) {
  return prisma.event.update({ where: { id: eventId }, data: { archivedAt: new Date() } });
}
