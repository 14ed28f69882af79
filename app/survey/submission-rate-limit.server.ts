import { addressRateLimit } from "~/utils/address-rate-limit.server";

/**
 * Posts to the answering form per client address and minute. A whole event behind one Wi-Fi
 * address stays far below it (300 residents sending 4 pages within the same minute are 1,200);
 * a script flooding the form does not.
 */
export const submissionsPerMinute = Number(process.env.SUBMISSIONS_PER_MINUTE ?? 1200);

const submissions = addressRateLimit(submissionsPerMinute, 60_000);

export function takeSubmissionSlot(clientAddress: string | undefined, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  const slot = submissions.take(clientAddress, now);
  return slot.ok ? { ok: true } : slot;
}
