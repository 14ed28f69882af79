import { z } from "zod";
import { prisma } from "~/db.server";
import { errorsByField, type FormErrors } from "~/utils/form-errors";
import { optionalWholeNumber } from "~/utils/form-fields";

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
