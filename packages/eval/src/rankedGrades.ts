import { topK } from './topK.ts';
import type { Grade, QueryJudgments, Ranking } from './types.ts';

/** Grades of the top-k distinct documents in rank order; unjudged documents count as grade 0. */
export function rankedGrades(judgments: QueryJudgments, ranking: Ranking, k: number): Grade[] {
  return topK(ranking, k).map((docId) => judgments.get(docId) ?? 0);
}
