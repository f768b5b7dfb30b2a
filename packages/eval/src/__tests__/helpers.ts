import type { Grade, Qrels, QueryJudgments, Ranking, Run } from '../types.ts';

/** The cutoff metrics' common example: five documents ranked a…e, graded [1, 0, 2, 3, 0]. */
export const RANKED_GRADES: Record<string, Grade> = { a: 1, b: 0, c: 2, d: 3, e: 0 };
export const RANKING: Ranking = Object.keys(RANKED_GRADES);

export function judgments(grades: Record<string, Grade>): QueryJudgments {
  return new Map(Object.entries(grades));
}

export function qrelsOf(byQuery: Record<string, Record<string, Grade>>): Qrels {
  return new Map(Object.entries(byQuery).map(([query, grades]) => [query, judgments(grades)]));
}

export function runOf(byQuery: Record<string, Ranking>): Run {
  return new Map(Object.entries(byQuery));
}

/** Object form of qrels for readable `toEqual` assertions. */
export function qrelsToObject(qrels: Qrels): Record<string, Record<string, Grade>> {
  return Object.fromEntries([...qrels].map(([query, j]) => [query, Object.fromEntries(j)]));
}
