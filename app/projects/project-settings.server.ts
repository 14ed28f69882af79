import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
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

export type SettingsErrors = Partial<Record<string, MessageKey>>;

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
    const errors: SettingsErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message as MessageKey;
    return { ok: false as const, errors };
  }
  await prisma.project.update({ where: { id: projectId }, data: parsed.data });
  return { ok: true as const, errors: {} as SettingsErrors };
}
