import { createHmac, randomBytes } from "node:crypto";

export type AddressSlot = { ok: true; giveBack: () => void } | { ok: false; retryAfterSeconds: number };

/**
 * A count per client address and fixed window, in this process's memory under a keyed hash of
 * the address (never the address itself), forgotten once the window is over: each app
 * instance limits on its own. A request without an address (not over HTTP) is not counted.
 */
export function addressRateLimit(limit: number, windowMs: number) {
  const key = randomBytes(32);
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    /**
     * Counts one for the address, or says when its window ends if the window is full. The
     * caller may give its one back when it turns out not to count (a join code that exists).
     */
    take(clientAddress: string | undefined, now = Date.now()): AddressSlot {
      if (!clientAddress) return { ok: true, giveBack: () => {} };
      if (windows.size > 50_000) for (const [id, w] of windows) if (now - w.startedAt >= windowMs) windows.delete(id);
      const id = createHmac("sha256", key).update(clientAddress).digest("base64");
      let current = windows.get(id);
      if (!current || now - current.startedAt >= windowMs) {
        current = { startedAt: now, count: 0 };
        windows.set(id, current);
      }
      if (current.count >= limit) return { ok: false, retryAfterSeconds: Math.ceil((current.startedAt + windowMs - now) / 1000) };
      current.count += 1;
      const counted = current;
      return { ok: true, giveBack: () => void (counted.count = Math.max(0, counted.count - 1)) };
    },
  };
}
