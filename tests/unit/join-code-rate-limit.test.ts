import { describe, expect, it } from "vitest";
import { joinCodeMissLimit, lookUpJoinCode } from "~/survey/join-code-rate-limit.server";

const windowMs = joinCodeMissLimit.windowMinutes * 60_000;
const missing = async () => null;
const existing = async () => ({ id: "a survey" });

describe("join-code look-up limit", () => {
  it("counts only unknown codes, per address, for its window", async () => {
    const start = 5_000_000;
    const guesser = "203.0.113.40";
    for (let i = 0; i < joinCodeMissLimit.misses; i++) expect(await lookUpJoinCode(guesser, missing, start + i)).toEqual({ ok: true, found: null });
    // Then every look-up waits, a code that exists too: its answer would tell a right guess.
    expect(await lookUpJoinCode(guesser, existing, start + 60_000)).toEqual({ ok: false, retryAfterSeconds: windowMs / 1000 - 60, waitMinutes: joinCodeMissLimit.windowMinutes - 1 });
    // Other addresses are not affected, and the next window starts afresh.
    expect((await lookUpJoinCode("203.0.113.41", missing, start + 60_000)).ok).toBe(true);
    expect((await lookUpJoinCode(guesser, missing, start + windowMs)).ok).toBe(true);
  });

  it("never limits a hall of phones behind one address opening the right code", async () => {
    const wifi = "198.51.100.50";
    for (let i = 0; i < 10 * joinCodeMissLimit.misses; i++) expect(await lookUpJoinCode(wifi, existing, 7_000_000)).toEqual({ ok: true, found: { id: "a survey" } });
    // Their few typing mistakes still have the whole allowance.
    for (let i = 0; i < joinCodeMissLimit.misses; i++) expect((await lookUpJoinCode(wifi, missing, 7_000_000)).ok).toBe(true);
  });

  it("does not count a look-up the database could not answer", async () => {
    const address = "198.51.100.51";
    const unavailable = () => Promise.reject(new Error("database unavailable"));
    for (let i = 0; i < joinCodeMissLimit.misses + 5; i++) await expect(lookUpJoinCode(address, unavailable, 8_000_000)).rejects.toThrow();
    expect((await lookUpJoinCode(address, missing, 8_000_000)).ok).toBe(true);
  });
});
