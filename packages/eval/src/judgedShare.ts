import { topK, assertCutoff } from './topK.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export interface JudgedShareOptions {
  k: number;
}

export function judgedShareLabel({ k }: JudgedShareOptions): string {
  assertCutoff(k);
  return `Judged@${k}`;
}

/**
 * Share of the top k that carries a judgment (of the results returned, up to k; 0 for an empty
 * ranking). Not a quality measure: it says how much of the list the other metrics can see, which
 * falls when a system finds products the judges never looked at.
 */
export function judgedShareAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: JudgedShareOptions,
): MetricScore {
  const label = judgedShareLabel(options);
  const top = topK(ranking, options.k);
  if (top.length === 0) return { label, value: 0 };
  return { label, value: top.filter((docId) => judgments.has(docId)).length / top.length };
}
