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
 * `cells[event][language]` responses, each event in the country `countryOf[event]` (0, 1, …),
 * suppressed under `k` together. Counts per language are hidden before any total, and an
 * event's total before a country's or the project's.
 */
export function suppressPartnership(cells: number[][], countryOf: number[], countryCount: number, languageCount: number, k: number): PartnershipCounts {
  const { counts, ranks, sums, index } = linkPartnership(cells, countryOf, countryCount, languageCount);
  const shown = suppressLinked(counts, sums, k, (i) => ranks[i]!);
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

/** The counts, their ranks, the sums that link them and where each count is in the list. */
export function linkPartnership(cells: number[][], countryOf: number[], countryCount: number, languageCount: number) {
  const counts: number[] = [];
  const ranks: number[] = [];
  const add = (n: number, rank: number) => (counts.push(n), ranks.push(rank), counts.length - 1);
  const languages = Array.from({ length: languageCount }, (_, l) => l);
  const eventsIn = Array.from({ length: countryCount }, (_, c) => countryOf.flatMap((of, e) => (of === c ? [e] : [])));
  const cell = cells.map((row) => languages.map((l) => add(row[l] ?? 0, 0)));
  const event = cell.map((row) => add(row.reduce((sum, j) => sum + counts[j]!, 0), 1));
  const countryCell = eventsIn.map((events) => languages.map((l) => add(events.reduce((sum, e) => sum + counts[cell[e]![l]!]!, 0), 0)));
  const country = eventsIn.map((events) => add(events.reduce((sum, e) => sum + counts[event[e]!]!, 0), 2));
  const allCell = languages.map((l) => add(countryCell.reduce((sum, row) => sum + counts[row[l]!]!, 0), 0));
  const all = add(country.reduce((sum, j) => sum + counts[j]!, 0), 3);
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
  return { counts, ranks, sums, index: { cell, event, countryCell, country, allCell, all } };
}
