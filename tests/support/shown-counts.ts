import { maxAdjustment } from "../../app/evaluation/cell-key";

type Count = number | null;

/**
 * What a page may show for true counts (app/evaluation/cell-key.ts): hidden stays hidden (null),
 * nobody stays 0, anything else within ±maxAdjustment of the truth and not under k. Returns the
 * truth where the shown numbers are allowed, so `expect(asShown(shown, truth)).toEqual(truth)`
 * prints both when one is not.
 */
export function asShown<T extends Count | Count[]>(shown: T, truth: T, k = 5): T {
  const one = (s: Count, t: Count): Count => (allowed(s, t, k) ? t : s);
  if (Array.isArray(shown) && Array.isArray(truth)) {
    return (shown.length === truth.length ? shown.map((s, i) => one(s, truth[i]!)) : shown) as T;
  }
  return one(shown as Count, truth as Count) as T;
}

function allowed(shown: Count, truth: Count, k: number): boolean {
  if (truth === null || truth === 0) return shown === truth;
  return shown !== null && Math.abs(shown - truth) <= maxAdjustment && shown >= k;
}
