import type { RankedCandidate } from '../profiles.ts';

/** A hit of the page with its places in the first stage's and the reranked order. */
export interface PagePosition {
  candidate: RankedCandidate;
  /** 1-based. */
  firstStageRank: number;
  rerankedRank: number | null;
}

/** Gives a slice of ranked candidates its absolute positions, starting at `offset`. */
export function positioned(
  slice: readonly RankedCandidate[],
  offset: number,
  reranked: boolean,
): PagePosition[] {
  return slice.map((candidate, i) => ({
    candidate,
    // Reranked candidates keep their first-stage position; a lexical slice's position is its place.
    firstStageRank: (reranked ? candidate.firstStageRank : offset + i) + 1,
    rerankedRank: reranked ? offset + i + 1 : null,
  }));
}
