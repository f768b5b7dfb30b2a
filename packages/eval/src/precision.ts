import { rankedGrades } from './rankedGrades.ts';
import { countRelevant, noRelevantJudgments, resolveThreshold } from './relevance.ts';
import type { ThresholdOptions } from './relevance.ts';
import { assertCutoff } from './topK.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export function precisionLabel({ k, threshold }: ThresholdOptions): string {
  assertCutoff(k);
  return `P@${k} (grade >= ${resolveThreshold(threshold)})`;
}

/**
 * Relevant documents in the top k divided by k. The denominator stays k when fewer than k
 * documents were returned (as trec_eval's P_k does): an empty slot is a missed opportunity.
 */
export function precisionAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: ThresholdOptions,
): MetricScore {
  const label = precisionLabel(options);
  const threshold = resolveThreshold(options.threshold);
  if (countRelevant(judgments, threshold) === 0) return noRelevantJudgments(label);
  const found = rankedGrades(judgments, ranking, options.k).filter((g) => g >= threshold).length;
  return { label, value: found / options.k };
}
