// Step 1b: candidates by meaning, looked up beside the first stage once the query is encoded, and
// merged with its K before MaxSim (meaning/). What the page and its total make of them:
//   - with every word match in the K (no tail), they are more results: the total counts them;
//   - past that, they compete for the K reranked places and the total stays the first stage's
//     (the K's lowest fused scores give way, and pages past K continue the first stage's order);
//   - facets stay the first stage's counts over its word matches (a meaning candidate is counted
//     in none), while every meaning candidate passes the request's filters.
import type { PrismaClient } from '@shopsearch/db';
import type { ActiveIndexVersion } from '../embeddingStore.ts';
import { findByMeaning, type MeaningCandidate } from '../meaning/meaningLookup.ts';
import type { MergedCandidates } from '../meaning/mergeMeaning.ts';
import { RANKING_DEFAULTS } from '../query/limits.ts';
import type { PackedCandidates, Reranker, RerankQuery } from '../reranker.ts';
import type { RetrieveResult } from '../retrieval.ts';
import type { SearchHit, SearchRequest } from '../searchTypes.ts';

/** Neighbours per query word and the least cosine: "laptop" → computers 0.58, notebook 0.56. */
export const MEANING_NEIGHBOURS = { perToken: 3, minCosine: 0.55 } as const;

export const MEANING_ONLY_NOTICE =
  'No product holds these words; these results hold words of similar meaning.';

/** The candidates by meaning a reranked request allows (none when it asks for none). */
export async function lookUpMeaning<Q, P extends PackedCandidates>(
  prisma: PrismaClient,
  reranker: Reranker<Q, P>,
  request: SearchRequest,
  encoded: { version: ActiveIndexVersion; query: RerankQuery<Q> },
): Promise<MeaningCandidate[]> {
  const limit = request.meaningCandidates ?? RANKING_DEFAULTS.meaningCandidates;
  if (limit <= 0) return [];
  const words = await reranker.queryNeighbours(encoded.query, MEANING_NEIGHBOURS);
  return findByMeaning(prisma, {
    storeId: request.storeId,
    versionId: encoded.version.id,
    filters: request.filters,
    words,
    limit,
  });
}

/** The answer's total: the first stage's matches, and the meaning candidates when no tail follows. */
export function totalWithMeaning(head: RetrieveResult, depth: number, merged: MergedCandidates) {
  return head.total > depth ? head.total : head.total + merged.byMeaning.size;
}

/** Marks the page's meaning candidates: why they came, and no place in the first stage's order. */
export function withMeaningMatches(hits: SearchHit[], merged: MergedCandidates): SearchHit[] {
  if (merged.byMeaning.size === 0) return hits;
  return hits.map((hit) => {
    const meaning = merged.byMeaning.get(hit.product.id);
    return meaning ? { ...hit, meaning, firstStageRank: 0 } : hit;
  });
}
