import type { ThresholdOptions } from './relevance.ts';
import { thresholdLabel, thresholdMetric } from './thresholdMetric.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export function mrrLabel(options: ThresholdOptions): string {
  return thresholdLabel('MRR', options);
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
  return thresholdMetric('MRR', judgments, ranking, options, (grades, threshold) => {
    const index = grades.findIndex((g) => g >= threshold);
    return index === -1 ? 0 : 1 / (index + 1);
  });
}
