import { rankedGrades } from './rankedGrades.ts';
import { countRelevant, noRelevantJudgments, resolveThreshold } from './relevance.ts';
import type { ThresholdOptions } from './relevance.ts';
import { assertCutoff } from './topK.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export function mrrLabel({ k, threshold }: ThresholdOptions): string {
  assertCutoff(k);
  return `MRR@${k} (grade >= ${resolveThreshold(threshold)})`;
}

/**
 * Reciprocal rank of the first document at or above the threshold within the top k, 0 when none
 * is. The per-query value is the RR; averaging it over queries gives the MRR the label names.
 */
export function mrrAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: ThresholdOptions,
): MetricScore {
  const label = mrrLabel(options);
  const threshold = resolveThreshold(options.threshold);
  if (countRelevant(judgments, threshold) === 0) return noRelevantJudgments(label);
  const index = rankedGrades(judgments, ranking, options.k).findIndex((g) => g >= threshold);
  return { label, value: index === -1 ? 0 : 1 / (index + 1) };
}
