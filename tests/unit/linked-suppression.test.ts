import { describe, expect, it } from "vitest";
import { suppressLinked, type SumOf } from "~/evaluation/linked-suppression";
import { linkPartnership } from "~/evaluation/partnership-counts";
import { suppressCounts } from "~/evaluation/suppression";
import { determinedByShown } from "../support/linked-counts";

// A small random generator with a seed, so that a failure can be repeated.
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

describe("suppression of counts linked by sums", () => {
  it("hides counts under k and, in a single line with its total, one more as suppressCounts does", () => {
    const counts = [12, 3, 20, 9];
    const total = counts.length;
    const shown = suppressLinked([...counts, 44], [{ total, parts: [0, 1, 2, 3] }], 5);
    expect(shown.slice(0, 4)).toEqual(suppressCounts(counts, 5));
    expect(shown).toEqual([12, null, 20, null, 44]);
  });

  it("shows zeros and everything at or above k when nothing is small", () => {
    expect(suppressLinked([5, 0, 7, 12], [{ total: 3, parts: [0, 1, 2] }], 5)).toEqual([5, 0, 7, 12]);
  });

  it("hides a second event of a country whose total is shown", () => {
    // Events 0 (3) and 1 (10) in country A (13), event 2 (30) in B (30); all 43.
    const shown = suppressLinked(
      [3, 10, 30, 13, 30, 43],
      [
        { total: 3, parts: [0, 1] },
        { total: 4, parts: [2] },
        { total: 5, parts: [3, 4] },
      ],
      5,
      (i) => (i < 3 ? 0 : 1),
    );
    expect(shown).toEqual([null, null, 30, 13, 30, 43]);
  });

  it("does not let a country hidden to protect another give itself away through its shown events", () => {
    // A (3: one event of 3), B (22: events of 10 and 12), C (30): all 55. Hiding A alone would
    // give it away (55 − 22 − 30), hiding B with it too, unless one of B's events goes as well.
    const counts = [3, 10, 12, 30, 3, 22, 30, 55];
    const sums: SumOf[] = [
      { total: 4, parts: [0] },
      { total: 5, parts: [1, 2] },
      { total: 6, parts: [3] },
      { total: 7, parts: [4, 5, 6] },
    ];
    const shown = suppressLinked(counts, sums, 5, (i) => (i < 4 ? 0 : i < 7 ? 1 : 2));
    expect(shown[0]).toBeNull();
    expect(shown[4]).toBeNull();
    expect(shown.filter((n) => n === null).length).toBeGreaterThan(2);
    expect(determinedByShown(shown.map((n) => n === null), sums)).toEqual([]);
  });

  it("leaves no count under k that the shown ones determine, over many random partnerships (the project page's links)", () => {
    const next = random(20261201);
    for (let round = 0; round < 150; round++) {
      const eventCount = 1 + next(6);
      const languages = 1 + next(4);
      const countryOf = Array.from({ length: eventCount }, () => next(3));
      // Renumber the countries used as 0, 1, … so that none is empty.
      const used = [...new Set(countryOf)];
      const cells = Array.from({ length: eventCount }, () => Array.from({ length: languages }, () => (next(3) === 0 ? 0 : next(4) === 0 ? 1 + next(4) : next(25))));
      const { counts, sums, ranks } = linkPartnership(
        cells,
        countryOf.map((c) => used.indexOf(c)),
        used.length,
        languages,
      );
      const shown = suppressLinked(counts, sums, 5, (i) => ranks[i]!);
      counts.forEach((n, i) => {
        if (n > 0 && n < 5) expect(shown[i]).toBeNull();
        if (shown[i] !== null) expect(shown[i]).toBe(n);
      });
      // Counts hidden only to protect others may be worked out; counts under k never.
      const exposed = determinedByShown(
        shown.map((n) => n === null),
        sums,
      ).filter((i) => counts[i]! > 0 && counts[i]! < 5);
      expect({ round, exposed }).toEqual({ round, exposed: [] });
    }
  });
});
