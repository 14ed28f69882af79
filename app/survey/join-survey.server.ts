import { z } from "zod";
import { prisma } from "~/db.server";
import type { MessageKey } from "~/i18n/messages/en";
import { isWellFormedJoinCode, normalizeJoinCode } from "./join-code";
import { lookUpJoinCode } from "./join-code-rate-limit.server";

export const joinFormSchema = z.object({
  code: z.string().max(100).default(""),
  lang: z.string().max(10).optional(),
});

export type JoinResult =
  | { ok: true; code: string }
  | { ok: false; status: 400 | 404 | 429; error: { message: MessageKey; code?: string; wait?: number }; retryAfterSeconds?: number };

/** Turns what a resident typed into the code of an existing survey, or says what is wrong. */
export async function findJoinCode(typed: string, clientAddress: string | undefined): Promise<JoinResult> {
  const code = normalizeJoinCode(typed);
  if (!code) return { ok: false, status: 400, error: { message: "joinCode.required" } };
  if (!isWellFormedJoinCode(code)) return { ok: false, status: 400, error: { message: "joinCode.format" } };
  const lookUp = await lookUpJoinCode(clientAddress, () => prisma.survey.findUnique({ where: { joinCode: code }, select: { id: true } }));
  if (!lookUp.ok) {
    return { ok: false, status: 429, error: { message: "joinCode.tooMany", wait: lookUp.waitMinutes }, retryAfterSeconds: lookUp.retryAfterSeconds };
  }
  if (!lookUp.found) return { ok: false, status: 404, error: { message: "joinCode.unknown", code } };
  return { ok: true, code };
}
