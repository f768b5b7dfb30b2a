// Two-fold cross-validation of a choice among configurations: the queries are split in two halves
// (seeded shuffle), the configuration with the best mean on one half is chosen and scored on the
// other, both ways. A setting tuned on the queries it is scored on flatters itself; the held-out
// halves say what it is worth on queries it has not seen, and their gap how stable the choice is.
import { seededRandom } from './seededRandom.ts';

export interface FoldResult {
  /** The queries the choice was made on. */
  tunedOn: readonly string[];
  /** The queries it was scored on. */
  heldOut: readonly string[];
  /** Index of the configuration with the best mean on `tunedOn` (the first of equals). */
  chosen: number;
  tunedMean: number;
  heldOutMean: number;
}

/**
 * `scores[c]` maps each query to configuration c's score (null or absent: left out of that
 * configuration's means, as the metric is undefined there). Needs at least two queries.
 */
export function twoFoldCrossValidation(
  scores: readonly ReadonlyMap<string, number | null>[],
  seed = 1,
): [FoldResult, FoldResult] {
  if (scores.length === 0) throw new RangeError('no configurations to choose from');
  const queries = [...scores[0]!.keys()].sort();
  if (queries.length < 2) throw new RangeError('cross-validation needs at least two queries');
  const random = seededRandom(seed);
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [queries[i], queries[j]] = [queries[j]!, queries[i]!];
  }
  const half = Math.ceil(queries.length / 2);
  const halves = [queries.slice(0, half), queries.slice(half)] as const;
  const fold = (tunedOn: string[], heldOut: string[]): FoldResult => {
    const means = scores.map((byQuery) => meanOver(byQuery, tunedOn));
    const chosen = means.reduce((best, mean, i) => (mean > means[best]! ? i : best), 0);
    return {
      tunedOn,
      heldOut,
      chosen,
      tunedMean: means[chosen]!,
      heldOutMean: meanOver(scores[chosen]!, heldOut),
    };
  };
  return [fold(halves[0], halves[1]), fold(halves[1], halves[0])];
}

function meanOver(byQuery: ReadonlyMap<string, number | null>, queries: readonly string[]): number {
  let sum = 0;
  let count = 0;
  for (const query of queries) {
    const value = byQuery.get(query);
    if (value === null || value === undefined) continue;
    sum += value;
    count += 1;
  }
  return count ? sum / count : Number.NEGATIVE_INFINITY;
}
