import { describe, expect, it } from "vitest";
import { shownCount, type Cell } from "~/evaluation/cell-key";
import { suppressLinked, type SumOf } from "~/evaluation/linked-suppression";
import { linkPartnership, suppressPartnership } from "~/evaluation/partnership-counts";
import { suppressCounts } from "~/evaluation/suppression";
import { determinedByShown } from "../support/linked-counts";
import { asShown } from "../support/shown-counts";

// A small random generator with a seed, so that a failure can be repeated.
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

// Counts with key sums as the database gives them (sums of 24-bit record keys), made up here.
const keyed = (counts: number[], seed = 1): Cell[] => {
  const next = random(seed);
  return counts.map((n) => ({ n, key: Array.from({ length: n }, () => next(2 ** 24)).reduce((sum, key) => sum + key, 0) }));
};
// A view's key: the page's responses, here any number.
const viewKey = 123_456_789;
const isHidden = (shown: (number | null)[]) => shown.map((n) => n === null);

describe("suppression of counts linked by sums", () => {
  it("hides counts under k and, in a single line with its total, one more as suppressCounts does", () => {
    const cells = keyed([12, 3, 20, 9]);
    const total = cells.length;
    const shown = suppressLinked([...cells, { n: 44, key: cells.reduce((sum, c) => sum + c.key, 0) }], [{ total, parts: [0, 1, 2, 3] }], 5, viewKey);
    expect(shown.slice(0, 4)).toEqual(suppressCounts(cells, 5, viewKey));
    expect(asShown(shown, [12, null, 20, null, 44])).toEqual([12, null, 20, null, 44]);
  });

  it("shows zeros and everything at or above k when nothing is small, each adjusted by its cell key in the view", () => {
    const cells = keyed([5, 0, 7, 12]);
    const shown = suppressLinked(cells, [{ total: 3, parts: [0, 1, 2] }], 5, viewKey);
    expect(asShown(shown, [5, 0, 7, 12])).toEqual([5, 0, 7, 12]);
    expect(shown).toEqual(cells.map((cell) => shownCount(cell, 5, viewKey)));
    // The same counts in the same view: the same numbers, however often asked.
    expect(suppressLinked(cells, [{ total: 3, parts: [0, 1, 2] }], 5, viewKey)).toEqual(shown);
  });

  it("keeps counts hidden for a reason of their own (responses all waiting) without protecting them", () => {
    // Event 0 has 9 responses in one language taken in and some in another all waiting (0 taken
    // in): that 0 reads "hidden", and showing the total next to it gives away only that it is 0.
    const cells = keyed([9, 0, 9]);
    const shown = suppressLinked(cells, [{ total: 2, parts: [0, 1] }], 5, viewKey, () => 0, [false, true, false]);
    expect(isHidden(shown)).toEqual([false, true, false]);
    expect(asShown(shown, [9, null, 9])).toEqual([9, null, 9]);
  });

  it("hides a second event of a country whose total is shown", () => {
    // Events 0 (3) and 1 (10) in country A (13), event 2 (30) in B (30); all 43.
    const shown = suppressLinked(
      keyed([3, 10, 30, 13, 30, 43]),
      [
        { total: 3, parts: [0, 1] },
        { total: 4, parts: [2] },
        { total: 5, parts: [3, 4] },
      ],
      5,
      viewKey,
      (i) => (i < 3 ? 0 : 1),
    );
    expect(asShown(shown, [null, null, 30, 13, 30, 43])).toEqual([null, null, 30, 13, 30, 43]);
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
    const shown = suppressLinked(keyed(counts), sums, 5, viewKey, (i) => (i < 4 ? 0 : i < 7 ? 1 : 2));
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
      const cells = Array.from({ length: eventCount }, (_, e) =>
        keyed(
          Array.from({ length: languages }, () => (next(3) === 0 ? 0 : next(4) === 0 ? 1 + next(4) : next(25))),
          round * 10 + e,
        ),
      );
      const { counts: linked, sums, ranks } = linkPartnership(
        cells,
        countryOf.map((c) => used.indexOf(c)),
        used.length,
        languages,
      );
      const counts = linked.map((cell) => cell.n);
      const shown = suppressLinked(linked, sums, 5, viewKey, (i) => ranks[i]!);
      counts.forEach((n, i) => {
        if (n > 0 && n < 5) expect(shown[i]).toBeNull();
        // Shown: adjusted by at most 2, never under k, nobody stays 0.
        if (shown[i] !== null) expect(asShown(shown[i]!, n)).toBe(n);
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

describe("the partnership's counts", () => {
  it("adds up cells with their keys, so that a country's count is adjusted by the key of all its responses", () => {
    // Two events in one country, two languages.
    const cells = [keyed([6, 7], 1), keyed([8, 0], 2)];
    const { counts, index } = linkPartnership(cells, [0, 0], 1, 2);
    expect(counts[index.event[0]!]).toEqual({ n: 13, key: cells[0]![0]!.key + cells[0]![1]!.key });
    expect(counts[index.country[0]!]).toEqual({ n: 21, key: [...cells[0]!, ...cells[1]!].reduce((sum, c) => sum + c.key, 0) });
    const shown = suppressPartnership(cells, [0, 0], 1, 2, 5, viewKey);
    expect(shown.country[0]).toBe(shownCount(counts[index.country[0]!]!, 5, viewKey));
    expect(asShown(shown.event, [13, 8])).toEqual([13, 8]);
  });

  it("reads hidden where a count has none taken in but some waiting, and there only", () => {
    // Event 1's second language: 3 responses waiting, none taken in. So is the country's and the whole's.
    const cells = [keyed([6, 7], 1), keyed([8, 0], 2)];
    const shown = suppressPartnership(cells, [0, 0], 1, 2, 5, viewKey, [
      [0, 0],
      [0, 3],
    ]);
    expect(shown.cell.map(isHidden)).toEqual([
      [false, false],
      [false, true],
    ]);
    // The country's second language has 7 taken in: shown.
    expect(shown.countryCell[0]![1]).not.toBeNull();
    expect(asShown(shown.event, [13, 8])).toEqual([13, 8]);
  });
});
