import { DEFAULT_RELEVANCE_THRESHOLD, MAX_GRADE } from './grade.ts';
import type { Grade, MetricScore, QueryJudgments } from './types.ts';

/** Options shared by the binary metrics (MRR, recall, precision). */
export interface ThresholdOptions {
  k: number;
  /** Lowest grade that counts as relevant. Default 1. */
  threshold?: Grade;
}

/** Threshold 0 would make every unjudged document relevant, so it is rejected. */
export function resolveThreshold(threshold: Grade = DEFAULT_RELEVANCE_THRESHOLD): Grade {
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > MAX_GRADE) {
    throw new RangeError(`threshold must be an integer grade in 1..${MAX_GRADE}, got ${threshold}`);
  }
  return threshold;
}

export function countRelevant(judgments: QueryJudgments, threshold: Grade): number {
  let count = 0;
  for (const grade of judgments.values()) if (grade >= threshold) count++;
  return count;
}

/**
 * The score of a query with nothing to find. Every metric is undefined rather than 0 for it: no
 * ranking can do better or worse, so a 0 would only drag the mean down without telling systems
 * apart.
 */
export function noRelevantJudgments(label: string): MetricScore {
  return { label, value: null, reason: 'no-relevant-judgments' };
}
