import type { ThresholdOptions } from './relevance.ts';
import { thresholdLabel, thresholdMetric } from './thresholdMetric.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export function recallLabel(options: ThresholdOptions): string {
  return thresholdLabel('Recall', options);
}

/** Share of the query's relevant documents (grade ≥ threshold) that appear in the top k. */
export function recallAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: ThresholdOptions,
): MetricScore {
  return thresholdMetric(
    'Recall',
    judgments,
    ranking,
    options,
    (grades, threshold, relevant) => grades.filter((g) => g >= threshold).length / relevant,
  );
}
