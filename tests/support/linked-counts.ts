/**
 * Which hidden counts the shown ones give away, worked out apart from the app's own code
 * (app/evaluation/linked-suppression.ts), for tests: each relation "total = sum of parts" is an
 * equation in the hidden counts (the shown ones are known numbers); a hidden count is fixed when
 * adding the equation "this count = ?" does not raise the rank of the system. Exact: integers
 * modulo a large prime, not floating point.
 */
export function determinedByShown(hidden: boolean[], relations: { total: number; parts: number[] }[]): number[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  const rows = relations.map((r) => unknowns.map((u) => (u === r.total ? 1 : 0) - r.parts.filter((p) => p === u).length));
  const base = rank(rows);
  return unknowns.filter((_, j) => rank([...rows, unknowns.map((_, i) => (i === j ? 1 : 0))]) === base);
}

const prime = 1_000_000_007n;

export function rank(matrix: number[][]): number {
  const rows = matrix.map((row) => row.map((x) => ((BigInt(x) % prime) + prime) % prime));
  let r = 0;
  const width = rows[0]?.length ?? 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    const pivot = rows.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (pivot < 0) continue;
    [rows[r], rows[pivot]] = [rows[pivot]!, rows[r]!];
    const inverse = power(rows[r]![c]!, prime - 2n);
    rows[r] = rows[r]!.map((x) => (x * inverse) % prime);
    for (let i = 0; i < rows.length; i++) {
      if (i === r || rows[i]![c] === 0n) continue;
      const factor = rows[i]![c]!;
      rows[i] = rows[i]!.map((x, j) => (((x - factor * rows[r]![j]!) % prime) + prime) % prime);
    }
    r++;
  }
  return r;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = base % prime;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % prime;
    b = (b * b) % prime;
  }
  return result;
}
