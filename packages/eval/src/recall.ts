import { rankedGrades } from './rankedGrades.ts';
import { countRelevant, noRelevantJudgments, resolveThreshold } from './relevance.ts';
import type { ThresholdOptions } from './relevance.ts';
import { assertCutoff } from './topK.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export function recallLabel({ k, threshold }: ThresholdOptions): string {
  assertCutoff(k);
  return `Recall@${k} (grade >= ${resolveThreshold(threshold)})`;
}

/** Share of the query's relevant documents (grade ≥ threshold) that appear in the top k. */
export function recallAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: ThresholdOptions,
): MetricScore {
  const label = recallLabel(options);
  const threshold = resolveThreshold(options.threshold);
  const relevant = countRelevant(judgments, threshold);
  if (relevant === 0) return noRelevantJudgments(label);
  const found = rankedGrades(judgments, ranking, options.k).filter((g) => g >= threshold).length;
  return { label, value: found / relevant };
}
