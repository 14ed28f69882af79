import { describe, expect, it } from "vitest";
import { hoursCompleteBefore, releasedUntil, type HourCount } from "~/evaluation/release-steps";
import { seededRandom } from "../support/seeded-random";

// Steps of k over time (docs/decisions/035-cell-key-perturbation.md): a view takes in responses
// hour by hour, only hours that are over, and only in steps of at least k.

const hourMs = 3_600_000;
const start = new Date("2026-05-01T08:00:00Z");
const hour = (i: number) => new Date(start.getTime() + i * hourMs);
const hoursOf = (counts: number[]): HourCount[] => counts.map((n, i) => ({ hour: hour(i), n })).filter(({ n }) => n > 0);
const farFuture = new Date("2100-01-01T00:00:00Z");

/** Responses of the hours up to and including `until`. */
const taken = (hours: HourCount[], until: Date | null) => (until ? hours.filter((h) => h.hour.getTime() <= until.getTime()).reduce((sum, h) => sum + h.n, 0) : 0);

describe("releasedUntil", () => {
  it("takes nothing in before k responses, then the hour that brings the k-th", () => {
    expect(releasedUntil([], 5, farFuture)).toBeNull();
    expect(releasedUntil(hoursOf([4]), 5, farFuture)).toBeNull();
    expect(releasedUntil(hoursOf([5]), 5, farFuture)).toEqual(hour(0));
    expect(releasedUntil(hoursOf([3, 1, 2, 4, 1]), 5, farFuture)).toEqual(hour(4));
    expect(releasedUntil(hoursOf([3, 1, 2, 4]), 5, farFuture)).toEqual(hour(2));
    expect(releasedUntil(hoursOf([9, 9, 9, 1]), 5, farFuture)).toEqual(hour(2));
    expect(releasedUntil(hoursOf([1, 0, 0, 0, 0, 1, 0, 3]), 5, farFuture)).toEqual(hour(7));
  });

  it("reads hours in time order, whatever order they come in", () => {
    const hours = hoursOf([3, 1, 2, 4, 1]);
    expect(releasedUntil([...hours].reverse(), 5, farFuture)).toEqual(hour(4));
    expect(releasedUntil([hours[2]!, hours[0]!, hours[4]!, hours[1]!, hours[3]!], 5, farFuture)).toEqual(hour(4));
  });

  it("never takes in an hour after completeBefore, however many responses it has", () => {
    const hours = hoursOf([2, 2, 50, 50]);
    expect(releasedUntil(hours, 5, hour(1))).toBeNull();
    expect(releasedUntil(hours, 5, new Date(hour(2).getTime() - 1))).toBeNull();
    expect(releasedUntil(hours, 5, hour(2))).toEqual(hour(2));
    expect(releasedUntil(hours, 5, hour(3))).toEqual(hour(3));
    const random = seededRandom(1);
    for (let trial = 0; trial < 500; trial++) {
      const hours = hoursOf(Array.from({ length: 12 }, () => Math.floor(random() * 8)));
      const completeBefore = hour(Math.floor(random() * 14) - 1);
      const until = releasedUntil(hours, 5, completeBefore);
      if (until) expect(until.getTime()).toBeLessThanOrEqual(completeBefore.getTime());
    }
  });

  it("leaves fewer than k complete responses waiting, and takes only whole hours", () => {
    const random = seededRandom(2);
    for (let trial = 0; trial < 1000; trial++) {
      const k = 2 + Math.floor(random() * 9);
      const hours = hoursOf(Array.from({ length: 1 + Math.floor(random() * 20) }, () => (random() < 0.4 ? 0 : Math.floor(random() * 2 * k))));
      const until = releasedUntil(hours, k, farFuture);
      const all = hours.reduce((sum, h) => sum + h.n, 0);
      expect(all - taken(hours, until)).toBeLessThan(k);
      if (until) expect(hours.some((h) => h.hour.getTime() === until.getTime())).toBe(true);
      if (all >= k) expect(until).not.toBeNull();
    }
  });

  it("moves only in steps of at least k as responses come in, hour after hour", () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 300; trial++) {
      const k = 2 + Math.floor(random() * 9);
      const counts: number[] = [];
      let before = 0;
      // Responses arrive one at a time in the newest hour, sometimes in a new hour; each
      // arrival is a look at the view, with every hour but the newest complete.
      for (let arrival = 0; arrival < 80; arrival++) {
        if (!counts.length || random() < 0.25) counts.push(0);
        counts[counts.length - 1]!++;
        // The newest hour is still under way: only the hours before it are complete.
        const hours = hoursOf(counts);
        const now = taken(hours, releasedUntil(hours, k, new Date(hour(counts.length - 1).getTime() - 1)));
        expect(now === before || now - before >= k, `k ${k}: ${before} → ${now}`).toBe(true);
        before = now;
      }
      // Closed: every hour is complete, still in a step of k.
      const hours = hoursOf(counts);
      const last = taken(hours, releasedUntil(hours, k, farFuture));
      expect(last === before || last - before >= k, `k ${k}: ${before} → ${last}`).toBe(true);
    }
  });
});

describe("hoursCompleteBefore", () => {
  it("counts an hour as complete a minute after it ends, while the questionnaire is open", () => {
    const now = new Date("2026-05-01T11:00:30Z");
    expect(hoursCompleteBefore(now, false)).toEqual(new Date("2026-05-01T09:59:30Z"));
    const tenOClock = { hour: new Date("2026-05-01T10:00:00Z"), n: 9 };
    expect(releasedUntil([tenOClock], 5, hoursCompleteBefore(new Date("2026-05-01T11:00:59Z"), false))).toBeNull();
    expect(releasedUntil([tenOClock], 5, hoursCompleteBefore(new Date("2026-05-01T11:01:00Z"), false))).toEqual(tenOClock.hour);
    // The current hour is never complete while open.
    expect(releasedUntil([tenOClock], 5, hoursCompleteBefore(new Date("2026-05-01T10:59:59Z"), false))).toBeNull();
  });

  it("counts every hour as complete once the questionnaire is closed, the current one too", () => {
    for (const now of [new Date("2026-05-01T10:00:00Z"), new Date("2026-05-01T10:20:00Z"), new Date("2026-05-01T10:59:59Z")]) {
      const completeBefore = hoursCompleteBefore(now, true);
      expect(releasedUntil([{ hour: new Date("2026-05-01T10:00:00Z"), n: 5 }], 5, completeBefore), now.toISOString()).toEqual(new Date("2026-05-01T10:00:00Z"));
      // A date the database takes (not the last one JavaScript knows): no later than an hour from now.
      expect(completeBefore.getTime() - now.getTime()).toBeLessThanOrEqual(hourMs);
    }
    const completeBefore = hoursCompleteBefore(new Date("2026-05-01T10:20:00Z"), true);
    // Still in steps of k: a closed questionnaire's last few responses stay out.
    expect(releasedUntil([{ hour: new Date("2026-05-01T10:00:00Z"), n: 4 }], 5, completeBefore)).toBeNull();
  });
});
