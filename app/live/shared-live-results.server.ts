import { liveResults, type LiveResults } from "./live-presentation.server";

interface Computation {
  startedAt: number;
  results: Promise<LiveResults>;
}

// Per survey and language, the newest computation of live results in this process.
const computations = new Map<string, Computation>();

/**
 * Live results as fresh as `notBefore` (a `performance.now()` time, e.g. when the answer was
 * announced), shared by every stream of the same survey and language: when a hundred phones
 * follow a presenter link, one answer costs one computation, not a hundred. A computation that
 * started before `notBefore` might miss that answer, so it is not reused.
 */
export function sharedLiveResults(surveyId: string, lang: string, notBefore: number): Promise<LiveResults> {
  const key = `${surveyId} ${lang}`;
  const newest = computations.get(key);
  if (newest && newest.startedAt >= notBefore) return newest.results;
  const computation: Computation = { startedAt: performance.now(), results: liveResults(surveyId, lang) };
  computations.set(key, computation);
  // Only computations in flight are shared; a finished one is let go.
  void computation.results
    .catch(() => {})
    .finally(() => {
      if (computations.get(key) === computation) computations.delete(key);
    });
  return computation.results;
}
