import { json } from "@remix-run/node";
import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { uiLanguages } from "~/i18n/languages";
import { fieldsPerLanguage, formText, optionalId, optionalWholeNumber, textsByLanguage } from "~/utils/form-fields";
import { isUuid } from "~/utils/ids";
import { countryTimeZone, describeTimeZone, timeZoneChoices, timeZoneField } from "~/utils/time-zones";
import { dateToZonedLocal, isZonedLocal, zonedLocalToDate } from "~/utils/zoned-time";
import { countryChoices, europeanCountries } from "./countries";

/** A start or end as typed: a wall-clock time, read as an instant once the event's zone is known. */
const when = z.string({ error: "schedule.invalidTime" }).refine(isZonedLocal, { error: "schedule.invalidTime" });

const count = optionalWholeNumber(1_000_000);

const titleText = formText().trim().max(300, { error: "event.tooLong" }).default("");

/** At most this many country rows are read from a form (there are fewer countries to choose from). */
export const maxCountryRows = 80;

const countryRows = z
  .array(
    z.object({
      country: z.string({ error: "event.countryUnknown" }).max(10, { error: "event.countryUnknown" }).default(""),
      participants: z.string({ error: "event.countInvalid" }).max(20, { error: "event.countInvalid" }).default(""),
    }),
  )
  .max(maxCountryRows, { error: "event.tooManyCountries" })
  .default([]);

/**
 * The event form. `allowedCountries`: the countries its attendance may be split by (European
 * countries and the project's partners' countries). The split's rows are `country_N` and
 * `participants_N`; empty rows are left out.
 */
export function eventFormSchema(allowedCountries: ReadonlySet<string>) {
  return z
    .object({
      ...fieldsPerLanguage("title", titleText),
      place: formText("field.required").trim().min(1, { error: "field.required" }).max(300, { error: "event.tooLong" }),
      hostPartnerId: optionalId(),
      // "": from the host partner's country, else the project's zone (resolved in saveEvent).
      timeZone: timeZoneField({ allowAutomatic: true }),
      startsAt: when,
      endsAt: when,
      attendance: count,
      staffMobilities: count,
      byCountry: countryRows,
    })
    .refine((e) => Object.keys(textsByLanguage("title", e)).length > 0, { path: ["title_lv"], message: "event.titleRequired" })
    // Both are wall-clock times in the same zone, so their text compares like the times.
    .refine((e) => e.endsAt >= e.startsAt, { path: ["endsAt"], message: "event.endBeforeStart" })
    .transform((e, ctx) => {
      const split: { country: string; participants: number }[] = [];
      const problem = (field: string, message: MessageKey) => ctx.addIssue({ code: "custom", path: [field], message });
      e.byCountry.forEach((row, index) => {
        const country = row.country.trim().toUpperCase();
        const typed = row.participants.trim();
        if (!country && !typed) return;
        const participants = Number(typed);
        if (!country) return problem(`country_${index}`, "event.countryRequired");
        if (!allowedCountries.has(country)) return problem(`country_${index}`, "event.countryUnknown");
        if (split.some((r) => r.country === country)) return problem(`country_${index}`, "event.countryTwice");
        if (!typed) return problem(`participants_${index}`, "event.countryCountRequired");
        if (!/^\d+$/.test(typed) || participants > 1_000_000) return problem(`participants_${index}`, "event.countInvalid");
        split.push({ country, participants });
      });
      const sum = split.reduce((total, row) => total + row.participants, 0);
      if (split.length && e.attendance === null) problem("attendance", "event.splitNeedsTotal");
      else if (e.attendance !== null && sum > e.attendance) problem("byCountry", "event.splitAboveTotal");
      return { ...e, byCountry: split };
    });
}

/** The country rows of a submitted form, in their order. */
function countryRowFields(fields: Record<string, unknown>) {
  const rows: { country: unknown; participants: unknown }[] = [];
  for (let index = 0; index < maxCountryRows + 1; index++) {
    const country = fields[`country_${index}`];
    const participants = fields[`participants_${index}`];
    if (country === undefined && participants === undefined) continue;
    while (rows.length < index) rows.push({ country: "", participants: "" });
    rows.push({ country: country ?? "", participants: participants ?? "" });
  }
  return rows;
}

/** Countries the project's events can be split by. */
async function allowedCountries(projectId: string) {
  const partners = await prisma.partner.findMany({ where: { projectId }, select: { country: true } });
  return new Set<string>([...europeanCountries, ...partners.map((p) => p.country.toUpperCase())]);
}

/** The country list of the event form: the partners' countries first, then Europe by name. */
export async function eventCountryChoices(projectId: string, lang: string) {
  const partners = await prisma.partner.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: { country: true } });
  return countryChoices(
    partners.map((p) => p.country),
    lang,
  );
}

export type EventFormErrors = Partial<Record<string, MessageKey>>;

/** The event's form values as the edit form shows them; a new event's zone is "" (from its host). */
export function eventFormValues(event?: {
  title: unknown;
  place: string;
  hostPartnerId: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  attendance: number | null;
  staffMobilities: number;
  byCountry?: { country: string; participants: number }[];
}) {
  const title = (event?.title ?? {}) as Record<string, string | undefined>;
  return {
    ...Object.fromEntries(
      (event?.byCountry ?? []).flatMap((row, index) => [
        [`country_${index}`, row.country],
        [`participants_${index}`, String(row.participants)],
      ]),
    ),
    ...Object.fromEntries(uiLanguages.map((lang) => [`title_${lang}`, title[lang] ?? ""])),
    place: event?.place ?? "",
    hostPartnerId: event?.hostPartnerId ?? "",
    timeZone: event?.timeZone ?? "",
    startsAt: event ? dateToZonedLocal(event.startsAt, event.timeZone) : "",
    endsAt: event ? dateToZonedLocal(event.endsAt, event.timeZone) : "",
    attendance: event?.attendance?.toString() ?? "",
    staffMobilities: event?.staffMobilities.toString() ?? "",
  } as Record<string, string>;
}

/** An event of this project, or 404: ids of other projects' events reveal nothing. */
export async function findProjectEvent(projectId: string, eventId: string | undefined) {
  const event = isUuid(eventId)
    ? await prisma.event.findFirst({
        where: { id: eventId, projectId },
        include: { byCountry: { orderBy: [{ participants: "desc" }, { country: "asc" }] } },
      })
    : null;
  if (!event) throw json({ message: "not found" }, { status: 404 });
  return event;
}

export function projectPartners(projectId: string) {
  return prisma.partner.findMany({ where: { projectId }, orderBy: { position: "asc" }, select: { id: true, name: true, city: true, country: true } });
}

/**
 * The time zone list of the event form: the event's own zone, the project's and its partners'
 * countries' first, then every zone. `projectZone` is what "from the host partner" falls back to.
 */
export async function eventTimeZoneChoices(project: { id: string; timeZone: string }, lang: string, eventZone?: string) {
  const partners = await prisma.partner.findMany({ where: { projectId: project.id }, orderBy: { position: "asc" }, select: { country: true } });
  return {
    projectZone: describeTimeZone(project.timeZone, lang),
    ...timeZoneChoices([eventZone, project.timeZone, ...partners.map((p) => countryTimeZone(p.country))], lang),
  };
}

/** The zone an event is saved in: the one chosen, else its host partner's country's, else the project's. */
function eventTimeZone(chosen: string, host: { country: string } | null, projectZone: string): string {
  return chosen || countryTimeZone(host?.country) || projectZone;
}

/** Creates (no eventId) or updates an event from its form; returns errors by field. */
export async function saveEvent(projectId: string, eventId: string | null, fields: Record<string, unknown>) {
  const parsed = eventFormSchema(await allowedCountries(projectId)).safeParse({ ...fields, byCountry: countryRowFields(fields) });
  if (!parsed.success) {
    const errors: EventFormErrors = {};
    for (const issue of parsed.error.issues) {
      const message = issue.message.includes(".") ? (issue.message as MessageKey) : "field.required";
      errors[String(issue.path[0])] ??= message;
    }
    return { ok: false as const, errors };
  }
  const { place, hostPartnerId, attendance, staffMobilities, byCountry } = parsed.data;
  const host = hostPartnerId ? await prisma.partner.findFirst({ where: { id: hostPartnerId, projectId } }) : null;
  if (hostPartnerId && !host) return { ok: false as const, errors: { hostPartnerId: "field.invalidChoice" } as EventFormErrors };
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId }, select: { timeZone: true } });
  const timeZone = eventTimeZone(parsed.data.timeZone, host, project.timeZone);
  // Checked as real times by the schema, so they read in any zone.
  const startsAt = zonedLocalToDate(parsed.data.startsAt, timeZone)!;
  const endsAt = zonedLocalToDate(parsed.data.endsAt, timeZone)!;
  const title = textsByLanguage("title", parsed.data);
  const data = { place, startsAt, endsAt, timeZone, title, hostPartnerId: host?.id ?? null, attendance, staffMobilities: staffMobilities ?? 0 };
  const event = await prisma.$transaction(async (tx) => {
    const saved = eventId
      ? await tx.event.update({ where: { id: eventId }, data })
      : await tx.event.create({ data: { ...data, projectId } });
    await tx.eventAttendanceByCountry.deleteMany({ where: { eventId: saved.id } });
    await tx.eventAttendanceByCountry.createMany({ data: byCountry.map((row) => ({ ...row, eventId: saved.id })) });
    return saved;
  });
  return { ok: true as const, eventId: event.id, errors: {} as EventFormErrors };
}

/** Archives an event (it leaves the project's list of events) or brings it back. */
export function setEventArchived(eventId: string, archived: boolean) {
  return prisma.event.update({ where: { id: eventId }, data: { archivedAt: archived ? new Date() : null } });
}
