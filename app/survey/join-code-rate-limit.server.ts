import { addressRateLimit } from "~/utils/address-rate-limit.server";

/**
 * Unknown join codes looked up per client address (docs/decisions/025). Only misses count,
 * so an event behind one Wi-Fi address opening the right code is never limited, and the
 * typing mistakes of a hall full of people stay far below it; guessing among 887 million
 * codes at this pace finds nothing.
 */
export const joinCodeMissLimit = { misses: 100, windowMinutes: 10 } as const;

const misses = addressRateLimit(joinCodeMissLimit.misses, joinCodeMissLimit.windowMinutes * 60_000);

export type JoinCodeLookUp<T> = { ok: true; found: T | null } | { ok: false; waitMinutes: number; retryAfterSeconds: number };

/**
 * Looks a well-formed join code up, counted as a miss unless it is found. An address that
 * has used up its misses waits, whatever code it asks for: answering codes that exist would
 * still tell a guesser which of its guesses are right.
 */
export async function lookUpJoinCode<T>(clientAddress: string | undefined, lookUp: () => Promise<T | null>, now = Date.now()): Promise<JoinCodeLookUp<T>> {
  const slot = misses.take(clientAddress, now);
  if (!slot.ok) return { ok: false, retryAfterSeconds: slot.retryAfterSeconds, waitMinutes: Math.ceil(slot.retryAfterSeconds / 60) };
  let found: T | null;
  try {
    found = await lookUp();
  } catch (error) {
    // A database that cannot answer (503) says nothing about the code.
    slot.giveBack();
    throw error;
  }
  if (found) slot.giveBack();
  return { ok: true, found };
}
