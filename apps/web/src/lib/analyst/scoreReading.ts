// How the compare view reads a hit's reranking scores: the 0–1 match first, the raw MaxSim in
// the details, and a plain sentence when the reranker gave several top hits the same score.
import type { ComparedHit } from './apiTypes';
import { formatMetric } from './format';

/** "Tied with 3 other hits on MaxSim: …", or null when the hit's MaxSim is its own. */
export function hitTieNote(hit: Pick<ComparedHit, 'maxSimTies'>): string | null {
  if (hit.maxSimTies === 0) return null;
  const others = hit.maxSimTies === 1 ? '1 other hit' : `${hit.maxSimTies} other hits`;
  return `Same MaxSim as ${others}: the reranker could not separate them, so their order is the first stage's.`;
}

/**
 * For a ranking's header: how many of its top `k` hits share their MaxSim with another hit (the
 * reranker could not separate them); null when every top hit has a score of its own.
 */
export function rankingTieNote(
  hits: readonly Pick<ComparedHit, 'maxSimTies'>[],
  k = 10,
): string | null {
  const top = hits.slice(0, k);
  const tied = top.filter((h) => h.maxSimTies > 0).length;
  if (tied === 0) return null;
  return `${tied} of the top ${top.length} hits share their MaxSim with another hit: the reranker could not separate them, and the first stage ordered them.`;
}

/** "match 0.872" (the mean best cosine per query token), or null when not reranked. */
export function matchText(hit: Pick<ComparedHit, 'scores'>): string | null {
  return hit.scores.maxSimMean === null ? null : `match ${formatMetric(hit.scores.maxSimMean)}`;
}
