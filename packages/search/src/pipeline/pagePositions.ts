import type { PlacedCandidate } from '../rules/applyRules.ts';

/** A hit of the page with its places in the first stage's and the reranked order. */
export interface PagePosition {
  candidate: PlacedCandidate;
  /** 1-based. */
  firstStageRank: number;
  rerankedRank: number | null;
}

/**
 * Gives a slice of ranked candidates its absolute positions, starting at `offset`. Candidates'
 * first-stage ranks count from `firstStageBase` (0 for the head of K, the fetch's own offset for
 * a page or tail fetched on its own); 0 marks a pinned product the first stage did not find.
 */
export function positioned(
  slice: readonly PlacedCandidate[],
  offset: number,
  reranked: boolean,
  firstStageBase: number,
): PagePosition[] {
  return slice.map((candidate, i) => ({
    candidate,
    firstStageRank:
      candidate.firstStageRank < 0 ? 0 : firstStageBase + candidate.firstStageRank + 1,
    rerankedRank: reranked ? offset + i + 1 : null,
  }));
}
