import { addCells, type Cell } from "./cell-key";
import { suppressLinked, type SumOf } from "./linked-suppression";
import type { Shown } from "./suppression";

/**
 * The counts of the partnership tables as one list, with the sums that link them: responses per
 * event and language, per event, per country and language, per country, per language and in
 * all. Kept apart from the queries so that the linking can be tested without a database.
 */
export interface PartnershipCounts {
  /** Per event, per language. */
  cell: Shown[][];
  event: Shown[];
  countryCell: Shown[][];
  country: Shown[];
  allCell: Shown[];
  all: Shown;
}

/**
 * `cells[event][language]` responses (as cells: count and cell key), each event in the country
 * `countryOf[event]` (0, 1, …), suppressed under `k` together and shown adjusted in the view
 * `viewKey` (cell-key.ts). Counts per
 * language are hidden before any total, and an event's total before a country's or the
 * project's. `waiting[event][language]`: responses of the cell not taken in yet
 * (release-steps.ts); a count with none taken in but some waiting reads "hidden", not 0.
 */
export function suppressPartnership(
  cells: Cell[][],
  countryOf: number[],
  countryCount: number,
  languageCount: number,
  k: number,
  viewKey: number,
  waiting: number[][] = [],
): PartnershipCounts {
  const { counts, ranks, sums, index, waitingOf } = linkPartnership(cells, countryOf, countryCount, languageCount, waiting);
  const shown = suppressLinked(
    counts,
    sums,
    k,
    viewKey,
    (i) => ranks[i]!,
    counts.map((cell, i) => cell.n === 0 && waitingOf[i]! > 0),
  );
  const at = (i: number) => shown[i]!;
  return {
    cell: index.cell.map((row) => row.map(at)),
    event: index.event.map(at),
    countryCell: index.countryCell.map((row) => row.map(at)),
    country: index.country.map(at),
    allCell: index.allCell.map(at),
    all: at(index.all),
  };
}

/** The counts, their ranks, the sums that link them, the responses waiting in each and where each count is in the list. */
export function linkPartnership(cells: Cell[][], countryOf: number[], countryCount: number, languageCount: number, waiting: number[][] = []) {
  const counts: Cell[] = [];
  const ranks: number[] = [];
  const waitingOf: number[] = [];
  const add = (cell: Cell, rank: number, waits: number) => (counts.push(cell), ranks.push(rank), waitingOf.push(waits), counts.length - 1);
  // A sum of counts already in the list: its cell is the sum of theirs.
  const addSum = (parts: number[], rank: number) =>
    add(
      addCells(parts.map((j) => counts[j]!)),
      rank,
      parts.reduce((sum, j) => sum + waitingOf[j]!, 0),
    );
  const languages = Array.from({ length: languageCount }, (_, l) => l);
  const eventsIn = Array.from({ length: countryCount }, (_, c) => countryOf.flatMap((of, e) => (of === c ? [e] : [])));
  const cell = cells.map((row, e) => languages.map((l) => add(row[l] ?? { n: 0, key: 0 }, 0, waiting[e]?.[l] ?? 0)));
  const event = cell.map((row) => addSum(row, 1));
  const countryCell = eventsIn.map((events) => languages.map((l) => addSum(events.map((e) => cell[e]![l]!), 0)));
  const country = eventsIn.map((events) => addSum(events.map((e) => event[e]!), 2));
  const allCell = languages.map((l) => addSum(countryCell.map((row) => row[l]!), 0));
  const all = addSum(country, 3);
  const sums: SumOf[] = [
    ...cell.map((parts, e) => ({ total: event[e]!, parts })),
    ...eventsIn.flatMap((events, c) => [
      { total: country[c]!, parts: events.map((e) => event[e]!) },
      { total: country[c]!, parts: countryCell[c]! },
      ...languages.map((l) => ({ total: countryCell[c]![l]!, parts: events.map((e) => cell[e]![l]!) })),
    ]),
    ...languages.map((l) => ({ total: allCell[l]!, parts: countryCell.map((row) => row[l]!) })),
    { total: all, parts: country },
    { total: all, parts: allCell },
  ];
  return { counts, ranks, sums, waitingOf, index: { cell, event, countryCell, country, allCell, all } };
}
