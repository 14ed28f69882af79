import { describe, expect, it } from "vitest";
import { addCells, adjustmentOf, cellKeyOf, countForStatistics, emptyCell, maxAdjustment, perturbationTable, shownCount, type Cell } from "~/evaluation/cell-key";
import { seededRandom } from "../support/seeded-random";

// The cell key method (docs/decisions/035-cell-key-perturbation.md): what the published table
// promises, how a count's cell key follows from its records and its view, and what a shown
// count may and may not be. Random inputs come from a seeded generator, so a failure replays.

const keyRange = 256;
const everyKey = Array.from({ length: keyRange }, (_, key) => key);
const adjustments = everyKey.map(adjustmentOf);
const shareOf = (adjustment: number) => adjustments.filter((a) => a === adjustment).length / keyRange;

type Random = () => number;

/** A response's record key as the database reads it: the first 24 bits of a random UUID. */
const recordKey = (random: Random) => Math.floor(random() * 2 ** 24);
const recordKeys = (random: Random, n: number) => Array.from({ length: n }, () => recordKey(random));
const cellOf = (keys: number[]): Cell => addCells(keys.map((key) => ({ n: 1, key })));
const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);

/** The key sum of `n` random responses (drawn at once: uniform enough, and quick). */
const keySumOf = (random: Random, n: number) => Math.floor(random() * n * 2 ** 24);

/** A view of `size` responses and a count in it of `n` of them (0 < n ≤ size). */
function viewAndCount(random: Random, size: number, n: number) {
  const cell = { n, key: keySumOf(random, n) };
  return { viewKey: cell.key + keySumOf(random, size - n), cell };
}

/** How far `observed` counts of `categories` equally likely outcomes are from uniform (Pearson's chi-square). */
function chiSquare(observed: number[]): number {
  const expected = sum(observed) / observed.length;
  return sum(observed.map((o) => (o - expected) ** 2 / expected));
}
// Chi-square with 255 degrees of freedom: mean 255, standard deviation 22.6; above 330 once
// in about 2 000 samples of a uniform key. A key that favours half the keys by 10 % gives some
// 520 with the 102 400 samples below.
const chiSquareBound = 330;

/**
 * The documented mix, written again with BigInt: FNV-1a (32 bits) over the decimal digits of
 * "viewKey:keySum", then MurmurHash3's 32-bit finaliser, keeping the top eight bits.
 */
function referenceCellKey(keySum: number, viewKey: number): number {
  const mask = 0xffffffffn;
  let hash = 0x811c9dc5n;
  for (const char of `${viewKey}:${keySum}`) hash = ((hash ^ BigInt(char.charCodeAt(0))) * 0x01000193n) & mask;
  hash ^= hash >> 16n;
  hash = (hash * 0x85ebca6bn) & mask;
  hash ^= hash >> 13n;
  hash = (hash * 0xc2b2ae35n) & mask;
  hash ^= hash >> 16n;
  return Number(hash >> 24n);
}

describe("the perturbation table", () => {
  it("covers the 256 cell keys from key 0, in order", () => {
    const starts = perturbationTable.map((row) => row.fromKey);
    expect(starts[0]).toBe(0);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(Math.max(...starts)).toBeLessThan(keyRange);
  });

  it("is symmetric: key 255 − x adjusts by minus what key x does, so adjustments average to zero", () => {
    for (const key of everyKey) expect(adjustmentOf(keyRange - 1 - key) + adjustmentOf(key), `key ${key}`).toBe(0);
    expect(sum(adjustments)).toBe(0);
    expect([-2, -1, 0, 1, 2].map((a) => shareOf(a) * keyRange)).toEqual([26, 51, 102, 51, 26]);
    // Variance about 1.2, as the decision says.
    expect(sum(adjustments.map((a) => a * a)) / keyRange).toBeCloseTo(1.2, 1);
  });

  it("never adjusts by more than maxAdjustment, and every adjustment in between occurs", () => {
    expect(maxAdjustment).toBe(2);
    for (const a of adjustments) expect(Math.abs(a)).toBeLessThanOrEqual(maxAdjustment);
    expect(new Set(adjustments)).toEqual(new Set([-2, -1, 0, 1, 2]));
  });
});

describe("a count's cell key", () => {
  it("is the documented mix of the count's key sum and its view's, a whole number from 0 to 255", () => {
    const random = seededRandom(1);
    const edges = [0, 1, 255, 256, 2 ** 24 - 1, 2 ** 24, 2 ** 32, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER];
    const pairs: [number, number][] = edges.flatMap((a) => edges.map((b): [number, number] => [a, b]));
    for (let i = 0; i < 2000; i++) {
      const { viewKey, cell } = viewAndCount(random, 1 + Math.floor(random() * 500), 1);
      pairs.push([addCells([cell, cellOf(recordKeys(random, Math.floor(random() * 100)))]).key, viewKey]);
    }
    for (const [keySum, viewKey] of pairs) {
      const key = cellKeyOf({ n: 1, key: keySum }, viewKey);
      expect(Number.isInteger(key) && key >= 0 && key < keyRange, `${keySum} in ${viewKey}`).toBe(true);
      expect(key, `${keySum} in ${viewKey}`).toBe(referenceCellKey(keySum, viewKey));
    }
  });

  it("depends on the key sum and the view key only: the same inputs always give the same key", () => {
    const random = seededRandom(2);
    for (let i = 0; i < 1000; i++) {
      const { viewKey, cell } = viewAndCount(random, 100, 1 + Math.floor(random() * 100));
      const key = cellKeyOf(cell, viewKey);
      expect(cellKeyOf({ ...cell }, viewKey)).toBe(key);
      // The count itself does not enter it: counts of the same responses' answers (a row's
      // respondents, its categories' sum) have the same key sum, so the same key.
      expect(cellKeyOf({ n: cell.n + 7, key: cell.key }, viewKey)).toBe(key);
      // A sum read from the database as a float is the same number.
      expect(cellKeyOf({ n: cell.n, key: Number(cell.key.toFixed(1)) }, Number(viewKey.toFixed(1)))).toBe(key);
    }
  });

  it("spreads uniformly over 0–255, for random views and counts and for consecutive sums alike", () => {
    const random = seededRandom(3);
    const samples = 256 * 400;
    const randomKeys = new Array<number>(keyRange).fill(0);
    for (let i = 0; i < samples; i++) {
      const size = 5 + Math.floor(random() * 300);
      const { viewKey, cell } = viewAndCount(random, size, 1 + Math.floor(random() * size));
      randomKeys[cellKeyOf(cell, viewKey)]!++;
    }
    // Small, consecutive sums (say, the first few responses' keys in a test database) too.
    const gridKeys = new Array<number>(keyRange).fill(0);
    for (let viewKey = 0; viewKey < 400; viewKey++) for (let keySum = 0; keySum < 256; keySum++) gridKeys[cellKeyOf({ n: 1, key: keySum }, viewKey)]!++;
    for (const [name, keys] of [["random", randomKeys], ["consecutive", gridKeys]] as const) {
      expect(sum(keys)).toBe(samples);
      expect(chiSquare(keys), name).toBeLessThan(chiSquareBound);
      // So the adjustments come out in the table's shares: 10 %, 20 %, 40 %, 20 %, 10 %.
      for (const a of [-2, -1, 0, 1, 2]) {
        const observed = sum(everyKey.filter((key) => adjustmentOf(key) === a).map((key) => keys[key]!)) / samples;
        expect(Math.abs(observed - shareOf(a)), `${name}: adjustment ${a}`).toBeLessThan(0.01);
      }
    }
  });

  // Two keys that are unrelated are equal one time in 256 and give the same adjustment about a
  // quarter of the time (10 %² + 20 %² + 40 %² + 20 %² + 10 %² ≈ 25.9 %).
  const independentSameAdjustment = 16958 / 65536;
  const changes: [string, (random: Random, keys: number[], n: number) => { before: [Cell, number]; after: [Cell, number] }][] = [
    ["the view takes in one more response, the count not", (random, keys, n) => {
      const cell = cellOf(keys.slice(0, n));
      return { before: [cell, sum(keys)], after: [cell, sum(keys) + recordKey(random)] };
    }],
    ["the view leaves one response out, the count not", (_, keys, n) => {
      const cell = cellOf(keys.slice(0, n));
      return { before: [cell, sum(keys)], after: [cell, sum(keys) - keys[keys.length - 1]!] };
    }],
    ["the view and the count take in one more response", (random, keys, n) => {
      const extra = recordKey(random);
      return { before: [cellOf(keys.slice(0, n)), sum(keys)], after: [cellOf([...keys.slice(0, n), extra]), sum(keys) + extra] };
    }],
    ["two counts of the same view, one response apart", (_, keys, n) => ({ before: [cellOf(keys.slice(0, n)), sum(keys)], after: [cellOf(keys.slice(0, n + 1)), sum(keys)] })],
    ["the same responses counted in another view", (random, keys, n) => ({ before: [cellOf(keys.slice(0, n)), sum(keys)], after: [cellOf(keys.slice(0, n)), sum(keys) + sum(recordKeys(random, 1 + Math.floor(random() * 20)))] })],
  ];
  changes.forEach(([name, change], seed) => {
    it(`changes unrelatedly when ${name}`, () => {
      const random = seededRandom(100 + seed);
      const trials = 50_000;
      let sameKey = 0;
      let sameAdjustment = 0;
      const pairs: [number, number][] = [];
      for (let i = 0; i < trials; i++) {
        const size = 10 + Math.floor(random() * 200);
        const { before, after } = change(random, recordKeys(random, size), 1 + Math.floor(random() * (size - 1)));
        const [x, y] = [cellKeyOf(...before), cellKeyOf(...after)];
        if (x === y) sameKey++;
        if (adjustmentOf(x) === adjustmentOf(y)) sameAdjustment++;
        pairs.push([adjustmentOf(x), adjustmentOf(y)]);
      }
      // About 1/256 (0.4 %); the earlier sum-modulo-256 keys kept the key of every count the
      // change did not touch (100 %).
      expect(sameKey / trials).toBeLessThanOrEqual(0.02);
      expect(Math.abs(sameAdjustment / trials - independentSameAdjustment)).toBeLessThan(0.015);
      // Nor does one adjustment lean the other's way.
      const mean = (values: number[]) => sum(values) / values.length;
      const [mx, my] = [mean(pairs.map((p) => p[0])), mean(pairs.map((p) => p[1]))];
      const covariance = mean(pairs.map(([a, b]) => (a - mx) * (b - my)));
      expect(Math.abs(covariance / 1.2)).toBeLessThan(0.02);
    });
  });
});

describe("a shown count", () => {
  for (const k of [2, 3, 5, 10]) {
    it(`is never below k = ${k} for n ≥ k, and within ±maxAdjustment of n`, () => {
      const random = seededRandom(k);
      const wrong: string[] = [];
      for (let n = k; n <= k + 300; n++) {
        for (let i = 0; i < 300; i++) {
          const { viewKey, cell } = viewAndCount(random, n + Math.floor(random() * 50), n);
          const shown = shownCount(cell, k, viewKey);
          if (!(Number.isInteger(shown) && shown >= k && Math.abs(shown - n) <= maxAdjustment)) wrong.push(`n ${n}, key ${cell.key}, view ${viewKey}: ${shown}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it("is n adjusted by the table for the count's cell key in its view, wherever that does not cross k", () => {
    const random = seededRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const { viewKey, cell } = viewAndCount(random, 200, 40);
      const adjustment = adjustmentOf(cellKeyOf(cell, viewKey));
      seen.add(adjustment);
      expect(shownCount(cell, 5, viewKey)).toBe(40 + adjustment);
    }
    expect(seen).toEqual(new Set([-2, -1, 0, 1, 2]));
  });

  it("stays zero for nobody, whatever the keys", () => {
    const random = seededRandom(6);
    for (let i = 0; i < 2000; i++) {
      const viewKey = sum(recordKeys(random, Math.floor(random() * 300)));
      // An empty cell's key sum is 0 (no records to add up), but any other must not matter.
      for (const key of [0, recordKey(random), viewKey]) {
        expect(shownCount({ n: 0, key }, 5, viewKey)).toBe(0);
        expect(countForStatistics({ n: 0, key }, 5, viewKey)).toBe(0);
      }
    }
    expect(countForStatistics(emptyCell, 5, 0)).toBe(0);
    expect(countForStatistics(addCells([]), 5, 12345)).toBe(0);
  });

  it("reads a little high at k and k + 1 only (the adjustments that would cross k are dropped)", () => {
    const random = seededRandom(7);
    const bias = (n: number, k: number) => {
      let total = 0;
      const samples = 30_000;
      for (let i = 0; i < samples; i++) {
        const { viewKey, cell } = viewAndCount(random, n + Math.floor(random() * 100), n);
        total += shownCount(cell, k, viewKey) - n;
      }
      return total / samples;
    };
    // Measured over random views; the table gives exactly 103/256 (0.40) at k, 52/256 (0.20) at
    // k + 1, nothing from k + 2 up. One standard error of each measurement is about 0.007.
    for (const k of [3, 5, 10]) {
      expect(Math.abs(bias(k, k) - 103 / 256), `n = k = ${k}`).toBeLessThan(0.03);
      expect(Math.abs(bias(k + 1, k) - 52 / 256), `n = k + 1 = ${k + 1}`).toBeLessThan(0.03);
      for (const n of [k + 2, k + 3, k + 10, 200]) expect(Math.abs(bias(n, k)), `n ${n}, k ${k}`).toBeLessThan(0.03);
    }
  });

  it("is the same number whenever the same records are counted in the same view, in whatever order or grouping", () => {
    const random = seededRandom(8);
    for (let trial = 0; trial < 500; trial++) {
      const keys = recordKeys(random, 1 + Math.floor(random() * 60));
      const viewKey = sum(keys) + sum(recordKeys(random, Math.floor(random() * 200)));
      const one = cellOf(keys);
      // Shuffled and cut into groups (say, per hour, or per breakdown group), then added up.
      const shuffled = [...keys].sort(() => random() - 0.5);
      const cut = Math.floor(random() * shuffled.length);
      const again = addCells([shuffled.slice(0, cut), shuffled.slice(cut)].map(cellOf));
      expect(again).toEqual(one);
      expect(shownCount(again, 5, viewKey)).toBe(shownCount(one, 5, viewKey));
      expect(countForStatistics(again, 5, viewKey)).toBe(countForStatistics(one, 5, viewKey));
    }
  });
});

describe("a count for statistics", () => {
  it("is the shown count from k up, and below k adjusted too but never negative", () => {
    const random = seededRandom(9);
    const wrong: string[] = [];
    for (let n = 0; n < 40; n++) {
      for (let i = 0; i < 500; i++) {
        const { viewKey, cell } = n ? viewAndCount(random, n + Math.floor(random() * 100), n) : { viewKey: sum(recordKeys(random, 10)), cell: emptyCell };
        const count = countForStatistics(cell, 5, viewKey);
        const expected = n === 0 ? 0 : n >= 5 ? shownCount(cell, 5, viewKey) : Math.max(0, n + adjustmentOf(cellKeyOf(cell, viewKey)));
        if (count !== expected || count < 0 || Math.abs(count - n) > maxAdjustment) wrong.push(`n ${n}, key ${cell.key}, view ${viewKey}: ${count}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("adjusts small counts both ways (so a mean next to a hidden count is not the true one)", () => {
    const random = seededRandom(10);
    for (const n of [1, 2, 3, 4]) {
      const seen = new Set<number>();
      for (let i = 0; i < 2000; i++) {
        const { viewKey, cell } = viewAndCount(random, 50, n);
        seen.add(countForStatistics(cell, 5, viewKey) - n);
      }
      expect([...seen].sort((a, b) => a - b), `n ${n}`).toEqual([-2, -1, 0, 1, 2].filter((a) => n + a >= 0));
    }
  });
});

describe("adding cells", () => {
  it("adds counts and key sums plainly, with no modulo", () => {
    expect(addCells([])).toEqual(emptyCell);
    expect(emptyCell).toEqual({ n: 0, key: 0 });
    expect(addCells([{ n: 1, key: 200 }, { n: 2, key: 100 }])).toEqual({ n: 3, key: 300 });
    expect(addCells([{ n: 3, key: 255 }, { n: 4, key: 1 }])).toEqual({ n: 7, key: 256 });
    expect(addCells([{ n: 5, key: 17 }])).toEqual({ n: 5, key: 17 });
    // A thousand of the largest record keys: exact, far below 2^53.
    const largest = 2 ** 24 - 1;
    expect(addCells(Array.from({ length: 1000 }, () => ({ n: 1, key: largest })))).toEqual({ n: 1000, key: 1000 * largest });
    const many: Cell[] = Array.from({ length: 1000 }, (_, i) => ({ n: 1, key: i * 9973 }));
    expect(addCells(many)).toEqual({ n: 1000, key: 9973 * ((999 * 1000) / 2) });
  });

  it("gives the same cell whichever way the same cells are grouped", () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 200; trial++) {
      const cells = Array.from({ length: 1 + Math.floor(random() * 30) }, () => ({ n: 1 + Math.floor(random() * 5), key: sum(recordKeys(random, 3)) }));
      const cut = Math.floor(random() * cells.length);
      expect(addCells([addCells(cells.slice(0, cut)), addCells(cells.slice(cut))])).toEqual(addCells(cells));
      expect(addCells([...cells].reverse())).toEqual(addCells(cells));
    }
  });
});
