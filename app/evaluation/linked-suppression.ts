import { shownCount, type Cell } from "./cell-key";
import type { Shown } from "./suppression";

/**
 * Suppression of counts that are sums of other counts on the same page (docs/decisions/033-participation-and-attitude-indicators.md):
 * a country's responses are the sum of its events', an event's the sum of its responses per
 * language, and so on. suppressTable's rule of thumb ("never exactly one hidden count in a row
 * or column") is sound for one table with its totals; across nested tables it is not enough —
 * a country shown next to its events gives away a hidden event when the other events are shown,
 * and a country hidden to protect another gives itself away when all its events are shown. So
 * the hiding is checked as a whole: the reader knows every shown count and every "this is the
 * sum of those" relation, a system of linear equations; a small count is given away exactly when
 * that system determines it. While one is, one more count is hidden; then every count hidden
 * only to protect others is shown again if nothing small is given away without it.
 *
 * The deciding is on the true counts; what is shown is each count adjusted by its cell key in
 * the page's view (`viewKey`, cell-key.ts), like every count of suppression.ts.
 */

/** One relation the reader knows: `counts[total]` is the sum of `counts[parts]`. */
export interface SumOf {
  total: number;
  parts: number[];
}

// Candidates tried for one given-away count before the cheapest is simply hidden.
const triesPerCount = 24;

/**
 * Which counts to show: those under k are hidden (zeros are shown), and so are those in
 * `alsoHidden` (for a reason outside the counts: a group whose responses all wait to be taken
 * in, release-steps.ts); then, while a count under k can be worked out from the shown ones, one
 * more is hidden — the cheapest that stops it being worked out: a positive one before a zero, of
 * the lowest `rank` (a detail before the total it adds up to), nearest to it, the smallest. Last,
 * each count hidden on the way is shown again, the dearest first, where no count under k can then
 * be worked out. Shown counts are adjusted (`shownCount`).
 */
export function suppressLinked(
  cells: Cell[],
  sums: SumOf[],
  k: number,
  viewKey: number,
  rank: (index: number) => number = () => 0,
  alsoHidden: boolean[] = [],
): Shown[] {
  const counts = cells.map((cell) => cell.n);
  const small = counts.map((n) => n > 0 && n < k);
  const forced = counts.map((_, i) => Boolean(alsoHidden[i]));
  const hidden = small.map((isSmall, i) => isSmall || forced[i]!);
  const exposed = () => determined(sums, hidden).filter((i) => small[i]);
  const relationsOf = counts.map(() => [] as number[]);
  sums.forEach(({ total, parts }, r) => {
    for (const member of new Set([total, ...parts])) relationsOf[member]!.push(r);
  });
  const membersOf = (r: number) => [sums[r]!.total, ...sums[r]!.parts];

  for (let given = exposed(); given.length; given = exposed()) {
    const target = given[0]!;
    // Shown counts in the relations reached from the given-away count through hidden ones, by distance.
    const distance = new Map<number, number>([[target, 0]]);
    const queue = [target];
    const seenRelations = new Set<number>();
    for (let head = 0; head < queue.length; head++) {
      const at = queue[head]!;
      for (const r of relationsOf[at]!) {
        if (seenRelations.has(r)) continue;
        seenRelations.add(r);
        for (const member of membersOf(r)) {
          if (distance.has(member)) continue;
          distance.set(member, distance.get(at)! + 1);
          if (hidden[member]) queue.push(member);
        }
      }
    }
    const candidates = [...distance.keys()]
      .filter((i) => !hidden[i])
      .sort(
        (a, b) =>
          Number(counts[a] === 0) - Number(counts[b] === 0) ||
          rank(a) - rank(b) ||
          distance.get(a)! - distance.get(b)! ||
          counts[a]! - counts[b]! ||
          a - b,
      );
    if (!candidates.length) break;
    const helps = candidates.slice(0, triesPerCount).find((j) => {
      hidden[j] = true;
      const still = determined(sums, hidden).includes(target);
      hidden[j] = false;
      return !still;
    });
    hidden[helps ?? candidates[0]!] = true;
  }

  // Shown again where that gives nothing small away: totals first, then the largest.
  const extra = hidden
    .flatMap((h, i) => (h && !small[i] && !forced[i] ? [i] : []))
    .sort((a, b) => rank(b) - rank(a) || counts[b]! - counts[a]! || b - a);
  for (const i of extra) {
    hidden[i] = false;
    if (exposed().length) hidden[i] = true;
  }
  return cells.map((cell, i) => (hidden[i] ? null : shownCount(cell, k, viewKey)));
}

const tolerance = 1e-9;

/**
 * The hidden counts that the shown ones and the relations determine. Each relation is a row
 * (total − Σ parts = 0) over the hidden counts; brought to reduced row echelon form, a hidden
 * count is determined exactly when its pivot row has no other entry.
 */
export function determined(sums: SumOf[], hidden: boolean[]): number[] {
  const columns = hidden.flatMap((h, i) => (h ? [i] : []));
  if (!columns.length) return [];
  const column = new Map(columns.map((c, j) => [c, j]));
  const width = columns.length;
  const rows: Float64Array[] = [];
  for (const { total, parts } of sums) {
    const row = new Float64Array(width);
    let any = false;
    const add = (index: number, coefficient: number) => {
      const j = column.get(index);
      if (j === undefined) return;
      row[j]! += coefficient;
      any = true;
    };
    add(total, 1);
    for (const part of parts) add(part, -1);
    if (any) rows.push(row);
  }
  const pivots: { row: number; column: number }[] = [];
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) <= tolerance) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const scale = pivot[c]!;
    for (let j = c; j < width; j++) pivot[j]! /= scale;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i]!;
      const factor = row[c]!;
      if (Math.abs(factor) <= tolerance) continue;
      for (let j = c; j < width; j++) row[j]! -= factor * pivot[j]!;
    }
    pivots.push({ row: r, column: c });
    r++;
  }
  return pivots
    .filter(({ row, column: c }) => rows[row]!.every((x, j) => j === c || Math.abs(x) <= tolerance))
    .map(({ column: c }) => columns[c]!);
}
