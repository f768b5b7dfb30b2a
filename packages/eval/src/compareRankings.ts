import { kendallTau } from './kendallTau.ts';
import type { KendallTauResult } from './kendallTau.ts';
import { rankBiasedOverlap } from './rankBiasedOverlap.ts';
import type { RboResult } from './rankBiasedOverlap.ts';
import { rankMovement } from './rankMovement.ts';
import type { RankChange } from './rankMovement.ts';
import { jaccardAtK, overlapAtK } from './setOverlap.ts';
import type { SetOverlap } from './setOverlap.ts';
import type { Ranking } from './types.ts';

export interface CompareRankingsOptions {
  /** Cutoff for overlap and Jaccard. Default 10. */
  k?: number;
  /** RBO persistence. Default 0.9. */
  p?: number;
}

export interface RankingComparison {
  overlap: SetOverlap;
  jaccard: SetOverlap;
  rbo: RboResult;
  kendallTau: KendallTauResult;
  movements: RankChange[];
}

/** Every rank-comparison measure for one query's `before` and `after` rankings. */
export function compareRankings(
  before: Ranking,
  after: Ranking,
  { k = 10, p = 0.9 }: CompareRankingsOptions = {},
): RankingComparison {
  return {
    overlap: overlapAtK(before, after, k),
    jaccard: jaccardAtK(before, after, k),
    rbo: rankBiasedOverlap(before, after, { p }),
    kendallTau: kendallTau(before, after),
    movements: rankMovement(before, after),
  };
}
