import { rankedGrades } from './rankedGrades.ts';
import { assertCutoff } from './topK.ts';
import { noRelevantJudgments } from './relevance.ts';
import type { Grade, MetricScore, QueryJudgments, Ranking } from './types.ts';

/**
 * `exponential`: gain 2^grade − 1 (Burges et al.), rewards the top grade much more than a partial
 * match. `linear`: gain = grade, what trec_eval's `ndcg` and `ndcg_cut` compute.
 */
export type GainKind = 'exponential' | 'linear';

export interface NdcgOptions {
  k: number;
  /** Default `exponential`. */
  gain?: GainKind;
  /**
   * Score the condensed list: unjudged documents removed before cutting at k (Sakai 2007), so a
   * system that finds products the judges never saw is not scored as if they were irrelevant.
   */
  condensed?: boolean;
}

const GAIN: Record<GainKind, (grade: Grade) => number> = {
  exponential: (grade) => 2 ** grade - 1,
  linear: (grade) => grade,
};

const GAIN_LABEL: Record<GainKind, string> = {
  exponential: 'exp gain',
  linear: 'linear gain, trec_eval',
};

export function ndcgLabel({ k, gain = 'exponential', condensed = false }: NdcgOptions): string {
  assertCutoff(k);
  return `nDCG@${k} (${GAIN_LABEL[gain]}${condensed ? ', condensed' : ''})`;
}

/**
 * nDCG@k with a log2(rank + 1) discount. The ideal ranking orders ALL judged documents of the
 * query by grade, including ones the system never retrieved, so missing a relevant document costs
 * score. Undefined (`null`) when no judged document has a positive grade.
 */
export function ndcgAtK(
  judgments: QueryJudgments,
  ranking: Ranking,
  options: NdcgOptions,
): MetricScore {
  const label = ndcgLabel(options);
  const gain = GAIN[options.gain ?? 'exponential'];
  const idealGrades = [...judgments.values()].sort((a, b) => b - a).slice(0, options.k);
  const idealDcg = dcg(idealGrades, gain);
  if (idealDcg === 0) return noRelevantJudgments(label);
  const scored = options.condensed ? ranking.filter((docId) => judgments.has(docId)) : ranking;
  return { label, value: dcg(rankedGrades(judgments, scored, options.k), gain) / idealDcg };
}

function dcg(grades: readonly Grade[], gain: (grade: Grade) => number): number {
  // Rank r = index + 1, so the discount log2(r + 1) is log2(index + 2).
  return grades.reduce<number>((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0);
}
