// The frame the binary metrics (MRR, recall, precision) share: a label naming k and the relevance
// threshold, no value for a query without relevant documents, and the top k's grades to score.
import { rankedGrades } from './rankedGrades.ts';
import { countRelevant, noRelevantJudgments, resolveThreshold } from './relevance.ts';
import type { ThresholdOptions } from './relevance.ts';
import { assertCutoff } from './topK.ts';
import type { Grade, MetricScore, QueryJudgments, Ranking } from './types.ts';

/** "<name>@k (grade >= threshold)"; throws on a cutoff or threshold out of range. */
export function thresholdLabel(name: string, { k, threshold }: ThresholdOptions): string {
  assertCutoff(k);
  return `${name}@${k} (grade >= ${resolveThreshold(threshold)})`;
}

/** Scores the top k's grades with `value`, given the threshold and the query's relevant count. */
export function thresholdMetric(
  name: string,
  judgments: QueryJudgments,
  ranking: Ranking,
  options: ThresholdOptions,
  value: (topGrades: Grade[], threshold: Grade, relevant: number) => number,
): MetricScore {
  const label = thresholdLabel(name, options);
  const threshold = resolveThreshold(options.threshold);
  const relevant = countRelevant(judgments, threshold);
  if (relevant === 0) return noRelevantJudgments(label);
  return { label, value: value(rankedGrades(judgments, ranking, options.k), threshold, relevant) };
}
