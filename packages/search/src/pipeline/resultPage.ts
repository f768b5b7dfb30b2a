// Step 3: the page's products, each with its scores and, when reranked, which of its tokens
// matched each query token ("why this result").
import { explainMatch, maxSimTies, meanBestCosine } from '../explanations.ts';
import type { PackedCandidates, Reranker } from '../reranker.ts';
import type { ProductSummary, SearchHit } from '../searchTypes.ts';
import type { PagePosition } from './pagePositions.ts';
import type { PageProduct } from './productCache.ts';
import type { Reranked } from './reranking.ts';
import type { SearchCaches } from './searchCaches.ts';

export async function loadResultPage<Q, P extends PackedCandidates>(
  caches: SearchCaches<P>,
  reranker: Reranker<Q, P> | null,
  storeId: number,
  page: PagePosition[],
  reranked: Reranked<Q, P>,
): Promise<SearchHit[]> {
  if (page.length === 0) return [];
  const byId = await caches.products.byIds(
    storeId,
    page.map((p) => p.candidate.productId),
  );
  // A product deleted between retrieval and now is left out rather than shown half-empty.
  const present = page.filter((p) => byId.has(p.candidate.productId));
  const explained = reranker ? await explainPage(caches, reranker, present, byId, reranked) : [];
  const queryTokens = reranked.query?.tokens ?? [];
  const ties = maxSimTies(present.map((p) => p.candidate.maxSimScore));
  return present.map(({ candidate: c, firstStageRank, rerankedRank }, i) => ({
    product: toSummary(byId.get(c.productId)!),
    firstStageRank,
    rerankedRank,
    scores: {
      lexical: c.lexicalScore,
      maxSim: c.maxSimScore,
      maxSimMean: meanBestCosine(c.maxSimScore, queryTokens),
      final: c.finalScore,
    },
    maxSimTies: ties[i]!,
    pinned: c.pinnedBy !== undefined,
    boost: c.boost ?? null,
    explanation: explained[i] ?? [],
    synonyms: [],
    meaning: [],
    productType: null,
  }));
}

/** The page's reranked products scored again, keeping which token matched each query token. */
async function explainPage<Q, P extends PackedCandidates>(
  caches: SearchCaches<P>,
  reranker: Reranker<Q, P>,
  page: PagePosition[],
  products: Map<string, PageProduct>,
  { query, version, prepared }: Reranked<Q, P>,
) {
  if (!query || !version || !prepared) return [];
  // Reranked positions are head candidates; a page reaching past K continues unreranked.
  const explained = page.filter(
    (p) => p.rerankedRank !== null && prepared.packedAt[p.candidate.firstStageRank]! >= 0,
  );
  const positions = explained.map((p) => prepared.packedAt[p.candidate.firstStageRank]!);
  const { bestTokens, bestSimilarities } = await reranker.explain(
    query,
    version,
    prepared.packed,
    positions,
  );
  const rows = explained.map((p) => products.get(p.candidate.productId)!);
  const tokens = await caches.productTokens.of(version.model, rows, (model, text) =>
    reranker.documentTokens(model, text),
  );
  let j = 0; // `explained` is a subsequence of `page`
  return page.map((p) => {
    if (explained[j] !== p) return [];
    const k = j++;
    const stored = prepared.stored[p.candidate.firstStageRank]!;
    return explainMatch(bestTokens[k]!, bestSimilarities[k]!, stored, tokens[k]!);
  });
}

function toSummary(p: PageProduct): ProductSummary {
  return {
    id: p.id,
    title: p.title,
    brand: p.brand,
    description: p.description,
    priceMinor: p.priceMinor,
    currency: p.currency,
    imageUrl: p.imageUrl,
    availability: p.availability,
  };
}
