import { createHmac, randomBytes } from "node:crypto";

/**
 * Posts to the answering form per client address and minute. A whole event behind one Wi-Fi
 * address stays far below it (300 residents sending 4 pages within the same minute are 1,200);
 * a script flooding the form does not. Counted in this process's memory under a keyed hash of
 * the address, forgotten after the minute: each app instance limits on its own.
 */
export const submissionsPerMinute = Number(process.env.SUBMISSIONS_PER_MINUTE ?? 1200);

const key = randomBytes(32);
const windows = new Map<string, { startedAt: number; count: number }>();

export function takeSubmissionSlot(clientAddress: string | undefined, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  if (!clientAddress) return { ok: true };
  if (windows.size > 50_000) for (const [id, w] of windows) if (now - w.startedAt >= 60_000) windows.delete(id);
  const id = createHmac("sha256", key).update(clientAddress).digest("base64");
  const current = windows.get(id);
  if (!current || now - current.startedAt >= 60_000) {
    windows.set(id, { startedAt: now, count: 1 });
    return { ok: true };
  }
  if (current.count >= submissionsPerMinute) return { ok: false, retryAfterSeconds: Math.ceil((current.startedAt + 60_000 - now) / 1000) };
  current.count += 1;
  return { ok: true };
}
