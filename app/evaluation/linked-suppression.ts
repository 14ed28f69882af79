import type { Shown } from "./suppression";

/**
 * Suppression of counts that are sums of other counts on the same page (docs/decisions/033-participation-and-attitude-indicators.md):
 * a country's responses are the sum of its events', an event's the sum of its responses per
 * language, and so on. suppressTable's rule of thumb ("never exactly one hidden count in a row
 * or column") is sound for one table with its totals; across nested tables it is not enough —
 * a country shown next to its events gives away a hidden event when the other events are shown,
 * and a country hidden to protect another gives itself away when all its events are shown. So
 * the hiding is checked as a whole: the reader knows every shown count and every "this is the
 * sum of those" relation, a system of linear equations; a hidden count is given away exactly
 * when that system determines it, and then one more count next to it is hidden, until none is.
 */

/** One relation the reader knows: `counts[total]` is the sum of `counts[parts]`. */
export interface SumOf {
  total: number;
  parts: number[];
}

/**
 * Which counts to show: those under k are hidden (zeros are shown), then, while a hidden count
 * can be worked out from the shown ones, a further count in a relation with it is hidden —
 * preferably a positive one, of the lowest `rank` (a detail before the total it adds up to),
 * the smallest first.
 */
export function suppressLinked(counts: number[], sums: SumOf[], k: number, rank: (index: number) => number = () => 0): Shown[] {
  const hidden = counts.map((n) => n > 0 && n < k);
  const preference = (a: number, b: number) =>
    Number(counts[a] === 0) - Number(counts[b] === 0) || rank(a) - rank(b) || counts[a]! - counts[b]! || a - b;
  const neighbours = counts.map(() => new Set<number>());
  for (const { total, parts } of sums) {
    const members = [total, ...parts];
    for (const member of members) for (const other of members) if (other !== member) neighbours[member]!.add(other);
  }
  for (;;) {
    const exposed = determined(sums, hidden);
    if (!exposed.length) break;
    // One more hidden count per exposed one, unless one chosen this round already sits next to it.
    const chosen: number[] = [];
    for (const index of exposed) {
      if (chosen.some((c) => neighbours[index]!.has(c))) continue;
      const near = [...neighbours[index]!].filter((j) => !hidden[j]).sort(preference);
      // Worked out through a chain of relations with no shown count next to it: hide the
      // cheapest shown count of any relation that holds a hidden one.
      const pick =
        near[0] ??
        sums
          .flatMap(({ total, parts }) => ([total, ...parts].some((j) => hidden[j]) ? [total, ...parts] : []))
          .filter((j) => !hidden[j])
          .sort(preference)[0];
      if (pick === undefined) continue;
      hidden[pick] = true;
      chosen.push(pick);
    }
    if (!chosen.length) break;
  }
  return counts.map((n, i) => (hidden[i] ? null : n));
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
  const rows = sums
    .map(({ total, parts }) => {
      const row = new Array<number>(columns.length).fill(0);
      const add = (index: number, coefficient: number) => {
        const j = column.get(index);
        if (j !== undefined) row[j] = row[j]! + coefficient;
      };
      add(total, 1);
      for (const part of parts) add(part, -1);
      return row;
    })
    .filter((row) => row.some((x) => Math.abs(x) > tolerance));
  const pivots: { row: number; column: number }[] = [];
  let r = 0;
  for (let c = 0; c < columns.length && r < rows.length; c++) {
    let best = r;
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i;
    if (Math.abs(rows[best]![c]!) <= tolerance) continue;
    [rows[r], rows[best]] = [rows[best]!, rows[r]!];
    const pivot = rows[r]!;
    const scale = pivot[c]!;
    for (let j = c; j < columns.length; j++) pivot[j] = pivot[j]! / scale;
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const factor = rows[i]![c]!;
      if (Math.abs(factor) <= tolerance) continue;
      const row = rows[i]!;
      for (let j = c; j < columns.length; j++) row[j] = row[j]! - factor * pivot[j]!;
    }
    pivots.push({ row: r, column: c });
    r++;
  }
  return pivots
    .filter(({ row, column: c }) => rows[row]!.every((x, j) => j === c || Math.abs(x) <= tolerance))
    .map(({ column: c }) => columns[c]!);
}
