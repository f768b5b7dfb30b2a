// Step 2: the candidates' stored vectors scored by MaxSim against the encoded query, and ordered by
// the request's ranking profile.
import type { ActiveIndexVersion } from '../embeddingStore.ts';
import { rankByProfile, type RankedCandidate, type ScoredCandidate } from '../profiles.ts';
import type { PackedCandidates, Reranker, RerankQuery } from '../reranker.ts';
import type { Candidate } from '../retrieval.ts';
import type { SearchRequest, StageTimings } from '../searchTypes.ts';
import type { PreparedCandidates } from './preparedCandidates.ts';
import type { SearchCaches } from './searchCaches.ts';
import { timed } from './stageTimings.ts';

/** The ranked candidates, and what explaining a page of them needs (all null: not reranked). */
export interface Reranked<Q, P extends PackedCandidates> {
  ranked: RankedCandidate[];
  version: ActiveIndexVersion | null;
  query: RerankQuery<Q> | null;
  prepared: PreparedCandidates<P> | null;
}

export async function rerankCandidates<Q, P extends PackedCandidates>(
  reranker: Reranker<Q, P>,
  caches: SearchCaches<P>,
  request: SearchRequest,
  candidates: readonly Candidate[],
  encoded: { version: ActiveIndexVersion; query: RerankQuery<Q> },
  timings: StageTimings,
  /** Candidates of the product type the query means (productTypeIntent.ts). */
  soughtType: ReadonlySet<string> = new Set(),
): Promise<Reranked<Q, P>> {
  const { version, query } = encoded;
  const prepared = await timed(timings, 'loadMs', () =>
    caches.preparedCandidates.prepare(
      candidates,
      request.storeId,
      version,
      caches.embeddings,
      (v, d) => reranker.pack(v, d),
    ),
  );
  const scores = await timed(timings, 'maxSimMs', () =>
    reranker.score(query, version, prepared.packed),
  );
  const scored = candidates.map((c, i): ScoredCandidate => {
    const stored = prepared.stored[i];
    return {
      productId: c.productId,
      lexicalScore: c.score,
      maxSimScore: stored ? scores[prepared.packedAt[i]!]! : null,
      titleWords: stored?.titleWords ?? null,
      soughtType: soughtType.has(c.productId),
    };
  });
  // Only the places up to the page's end are shown.
  const pageEnd = (request.page + 1) * request.pageSize;
  const ranked = rankByProfile(scored, request.profile, pageEnd);
  return { ranked, version, query, prepared };
}

/** The first stage's order, as a result with nothing reranked. */
export function keywordOrder(candidates: readonly Candidate[]): Reranked<never, never> {
  return {
    ranked: rankByProfile(asScored(candidates), { name: 'lexical' }),
    version: null,
    query: null,
    prepared: null,
  };
}

export function asScored(candidates: readonly Candidate[]): ScoredCandidate[] {
  return candidates.map((c) => ({
    productId: c.productId,
    lexicalScore: c.score,
    maxSimScore: null,
    titleWords: null,
  }));
}
