import { z } from "zod";
import { prisma } from "~/db.server";
import { errorsByField, type FormErrors } from "~/utils/form-errors";
import { optionalWholeNumber } from "~/utils/form-fields";
import { uiLanguages } from "~/i18n/languages";
import { countryTimeZone, timeZoneChoices } from "~/utils/time-zones";
import { projectDetailsSchema, projectName } from "./project-admin.server";

const target = optionalWholeNumber(10_000_000);

export const projectSettingsSchema = z.object({
  targetEvents: target,
  targetParticipants: target,
  targetMobilities: target,
  targetResponses: target,
  suppressionThreshold: z.coerce
    .number({ error: "settings.thresholdInvalid" })
    .int({ error: "settings.thresholdInvalid" })
    .min(3, { error: "settings.thresholdInvalid" })
    .max(100, { error: "settings.thresholdInvalid" }),
});

export type SettingsErrors = FormErrors;

export function projectSettingsValues(project: {
  targetEvents: number | null;
  targetParticipants: number | null;
  targetMobilities: number | null;
  targetResponses: number | null;
  suppressionThreshold: number;
}): Record<string, string> {
  const text = (n: number | null) => (n === null ? "" : String(n));
  return {
    targetEvents: text(project.targetEvents),
    targetParticipants: text(project.targetParticipants),
    targetMobilities: text(project.targetMobilities),
    targetResponses: text(project.targetResponses),
    suppressionThreshold: String(project.suppressionThreshold),
  };
}

/** The project's indicator targets and its small-group threshold (at least 3). */
export async function saveProjectSettings(projectId: string, fields: Record<string, unknown>) {
  const parsed = projectSettingsSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false as const, errors: errorsByField(parsed.error) };
  }
  await prisma.project.update({ where: { id: projectId }, data: parsed.data });
  return { ok: true as const, errors: {} as SettingsErrors };
}

/** The name (per interface language), dates and home time zone as the settings form shows them. */
export function projectDetailsValues(project: { name: unknown; startsOn: Date; endsOn: Date; timeZone: string }): Record<string, string> {
  const name = (project.name ?? {}) as Record<string, string | undefined>;
  return {
    ...Object.fromEntries(uiLanguages.map((lang) => [`name_${lang}`, name[lang] ?? ""])),
    startsOn: project.startsOn.toISOString().slice(0, 10),
    endsOn: project.endsOn.toISOString().slice(0, 10),
    timeZone: project.timeZone,
  };
}

/** The time zone list of the project form: the project's and its partners' countries' zones first. */
export async function projectTimeZoneChoices(project: { id: string; timeZone: string }, lang: string) {
  const partners = await prisma.partner.findMany({ where: { projectId: project.id }, orderBy: { position: "asc" }, select: { country: true } });
  return timeZoneChoices([project.timeZone, ...partners.map((p) => countryTimeZone(p.country))], lang);
}

/**
 * Renames a project (in the interface languages; other languages it has are kept), moves its
 * dates and sets its home zone. A new zone moves no saved instant: questionnaires without an
 * event are then shown in it; events keep their own zones.
 */
export async function saveProjectDetails(projectId: string, fields: Record<string, unknown>) {
  const parsed = projectDetailsSchema.safeParse(fields);
  if (!parsed.success) return { ok: false as const, errors: errorsByField(parsed.error) };
  const project = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
  const others = Object.fromEntries(
    Object.entries((project.name ?? {}) as Record<string, string>).filter(([lang]) => !(uiLanguages as readonly string[]).includes(lang)),
  );
  const { startsOn, endsOn, timeZone } = parsed.data;
  await prisma.project.update({ where: { id: projectId }, data: { name: { ...others, ...projectName(parsed.data) }, startsOn, endsOn, timeZone } });
  return { ok: true as const, errors: {} as SettingsErrors };
}

/**
 * Archives a finished project (it moves to "Archived" on the projects list and stays readable
 * and editable) or brings it back. A project with an open questionnaire is not archived:
 * residents could still be answering it.
 */
export async function setProjectArchived(projectId: string, archived: boolean) {
  if (archived) {
    const open = await prisma.survey.count({ where: { projectId, status: "OPEN", OR: [{ closesAt: null }, { closesAt: { gt: new Date() } }] } });
    if (open) return { ok: false as const, errors: { archive: "project.archiveOpenSurveys" } as SettingsErrors };
  }
  await prisma.project.update({ where: { id: projectId }, data: { archivedAt: archived ? new Date() : null } });
  return { ok: true as const, errors: {} as SettingsErrors };
}
