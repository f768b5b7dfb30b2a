import { MAX_GRADE } from './grade.ts';
import { rankedGrades } from './rankedGrades.ts';
import { countRelevant, noRelevantJudgments } from './relevance.ts';
import { assertCutoff } from './topK.ts';
import type { MetricScore, QueryJudgments, Ranking } from './types.ts';

export interface ErrOptions {
  k: number;
  /** g_max in R = (2^g − 1) / 2^g_max. Default 3, the top grade; larger values leave headroom. */
  maxGrade?: number;
}

export function errLabel({ k, maxGrade = MAX_GRADE }: ErrOptions): string {
  assertCutoff(k);
  // A g_max below the top grade would give stop probabilities above 1.
  if (!Number.isInteger(maxGrade) || maxGrade < MAX_GRADE) {
    throw new RangeError(`maxGrade must be an integer >= ${MAX_GRADE}, got ${maxGrade}`);
  }
  return `ERR@${k} (gmax ${maxGrade})`;
}

/**
 * Expected reciprocal rank (Chapelle et al. 2009): a user scans down the list and stops at rank r
 * with probability R_r = (2^g_r − 1) / 2^g_max; ERR = Σ_r (1/r) · R_r · Π_{i<r} (1 − R_i).
 */
export function errAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: ErrOptions,
): MetricScore {
  const label = errLabel(options);
  if (countRelevant(judgments, 1) === 0) return noRelevantJudgments(label);
  const scale = 2 ** (options.maxGrade ?? MAX_GRADE);
  let reachProbability = 1;
  let value = 0;
  rankedGrades(judgments, ranking, options.k).forEach((grade, index) => {
    const stopProbability = (2 ** grade - 1) / scale;
    value += (reachProbability * stopProbability) / (index + 1);
    reachProbability *= 1 - stopProbability;
  });
  return { label, value };
}
