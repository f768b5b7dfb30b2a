import type { ThresholdOptions } from './relevance.ts';
import { thresholdLabel, thresholdMetric } from './thresholdMetric.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export function precisionLabel(options: ThresholdOptions): string {
  return thresholdLabel('P', options);
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
  return thresholdMetric(
    'P',
    judgments,
    ranking,
    options,
    (grades, threshold) => grades.filter((g) => g >= threshold).length / options.k,
  );
}
