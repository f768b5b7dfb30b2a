import type { Grade, Qrels, QueryJudgments, Ranking, Run } from '../types.ts';

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
