// The search pipeline. One request reads as its steps:
//   retrieveCandidates ‖ encodeQuery → loadTokenEmbeddings → rerankMaxSim → rankByProfile
//   → loadPage (products + explanations) → record the event, after the response.
// Each stage is an interface (Retriever, EmbeddingStore, Reranker), so any can be swapped.
import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import type { PrismaClient, Product } from '@shopsearch/db';
import { documentText } from './documents.ts';
import {
  storedEmbeddingBytes,
  type ActiveIndexVersion,
  type EmbeddingStore,
  type StoredEmbedding,
} from './embeddingStore.ts';
import { explainableTokens, explainMatch, type ExplainableTokens } from './explanations.ts';
import type { FirstStage } from './firstStage.ts';
import { rankByProfile, type RankedCandidate, type ScoredCandidate } from './profiles.ts';
import { ProductCache } from './productCache.ts';
import type { PackedCandidates, Reranker, RerankQuery } from './reranker.ts';
import type { Candidate, SortOrder, Suggestion } from './retrieval.ts';
import type { SearchEventRecorder } from './searchEvents.ts';
import type {
  ProductSummary,
  SearchHit,
  SearchRequest,
  SearchResponse,
  StageTimings,
} from './searchTypes.ts';

export interface SearchServiceOptions {
  prisma: PrismaClient;
  firstStage: FirstStage;
  embeddings: EmbeddingStore;
  /** Null runs every profile as lexical (no model available). */
  reranker: Reranker | null;
  events?: SearchEventRecorder | undefined;
  /** Lifetime of cached product rows; 0 reads them on every search. Default 30 s. */
  productCacheTtlMs?: number;
  /** Upper bound of the candidates' vectors kept packed for repeated queries. Default 64 MiB. */
  keptCandidatesBytes?: number;
}

interface Reranked {
  ranked: RankedCandidate[];
  version: ActiveIndexVersion | null;
  query: RerankQuery | null;
  /** The reranked candidates' stored vectors (null: nothing reranked). */
  prepared: PreparedCandidates | null;
}

/** A candidate set's stored vectors for one index version, loaded and packed once. */
interface PreparedCandidates {
  storeId: number;
  /** By first-stage position; undefined for a candidate without stored vectors. */
  stored: (StoredEmbedding | undefined)[];
  /** The stored ones, in first-stage order. */
  packed: PackedCandidates;
  /** By first-stage position: the candidate's place in `packed`, or -1 (nothing stored). */
  packedAt: Int32Array;
}

export class SearchService {
  readonly #o: SearchServiceOptions;
  readonly #products: ProductCache | null;
  readonly #tokensByRow = new WeakMap<Product, { model: string; tokens: ExplainableTokens }>();
  readonly #preparedByCandidates: LRUCache<readonly Candidate[], PreparedCandidates>;

  constructor(options: SearchServiceOptions) {
    this.#o = options;
    const ttlMs = options.productCacheTtlMs ?? 30_000;
    this.#products = ttlMs > 0 ? new ProductCache(options.prisma, { ttlMs }) : null;
    this.#preparedByCandidates = new LRUCache({
      maxSize: options.keptCandidatesBytes ?? 64 * 1024 * 1024,
      sizeCalculation: preparedBytes,
    });
  }

  /** Forgets a store's cached products and kept candidates (after it changed in this process). */
  invalidate(storeId: number): void {
    this.#products?.invalidate(storeId);
    // The first stage hands out new candidate arrays after a change, so these would never be hit
    // again; dropping them now frees their share of the bound at once.
    const stale = [...this.#preparedByCandidates.entries()].filter(
      ([, prepared]) => prepared.storeId === storeId,
    );
    for (const [candidates] of stale) this.#preparedByCandidates.delete(candidates);
  }

  /** Bytes held by candidates kept for repeated queries (as their bound counts them). */
  get keptCandidatesBytes(): number {
    return this.#preparedByCandidates.calculatedSize;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const timings: StageTimings = {
      retrieveMs: 0,
      encodeMs: 0,
      loadMs: 0,
      maxSimMs: 0,
      totalMs: 0,
    };
    const notices: string[] = [];
    const rerank = this.#wantsRerank(request);
    const pageStart = request.page * request.pageSize;
    const depth = rerank ? request.rerankDepth : 0;

    // The query is encoded while the first stage retrieves (once the model is known).
    const version = rerank ? this.#version(request) : Promise.resolve(null);
    const [retrieved, encoded] = await Promise.all([
      timed(timings, 'retrieveMs', () => this.#retrieveCandidates(request, depth, pageStart)),
      version.then((v) =>
        v
          ? timed(timings, 'encodeMs', () => this.#o.reranker!.encodeQuery(v.model, request.text))
          : null,
      ),
    ]);
    const { head, tail } = retrieved;
    if (request.sort !== 'relevance' && head.match === 'exact' && hasSeveralWords(request.text)) {
      notices.push(everyWordNotice(request.sort));
    }
    const reranked = rerank
      ? await this.#rerank(
          request,
          head.candidates,
          encoded && { version: (await version)!, query: encoded },
          timings,
          notices,
        )
      : keywordOrder(head.candidates);

    const page = rerank
      ? [
          ...positioned(
            reranked.ranked.slice(pageStart, pageStart + request.pageSize),
            pageStart,
            !!reranked.version,
          ),
          ...positioned(tail?.ranked ?? [], tail?.offset ?? 0, false),
        ]
      : positioned(reranked.ranked, pageStart, false);
    const hits = await this.#loadPage(request.storeId, page, reranked);
    timings.totalMs = performance.now() - started;

    if (request.recordEvent !== false)
      this.#o.events?.record({
        storeId: request.storeId,
        query: request.text,
        profile: request.profile.name,
        latencyMs: timings.totalMs,
        resultCount: head.total,
      });
    return {
      hits,
      total: head.total,
      page: request.page,
      pageSize: request.pageSize,
      facets: head.facets,
      match: head.match,
      profile: reranked.version ? request.profile.name : 'lexical',
      queryTokens: reranked.version && reranked.query ? reranked.query.tokens : [],
      indexVersion: reranked.version
        ? { id: reranked.version.id, model: reranked.version.model, codec: reranked.version.codec }
        : null,
      timings,
      notices,
    };
  }

  suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]> {
    return this.#o.firstStage.retriever.suggest(storeId, prefix, limit);
  }

  async product(storeId: number, productId: string): Promise<Product | null> {
    return this.#o.prisma.product.findUnique({ where: { storeId_id: { storeId, id: productId } } });
  }

  #wantsRerank(request: SearchRequest): boolean {
    return (
      this.#o.reranker !== null &&
      request.profile.name !== 'lexical' &&
      request.sort === 'relevance' &&
      request.text.trim() !== '' &&
      request.rerankDepth > 0
    );
  }

  /**
   * Reranking reorders only the first K candidates; a page reaching past K continues in
   * first-stage order, so `tail` holds first-stage positions K… of that page.
   */
  async #retrieveCandidates(request: SearchRequest, depth: number, pageStart: number) {
    const retriever = this.#o.firstStage.retriever;
    const base = {
      storeId: request.storeId,
      text: request.text,
      filters: request.filters,
      sort: request.sort,
    };
    const facets = request.facetAttributes ? { attributes: request.facetAttributes } : undefined;
    const pageEnd = pageStart + request.pageSize;
    if (depth === 0) {
      const head = await retriever.retrieve({
        ...base,
        offset: pageStart,
        limit: request.pageSize,
        facets,
      });
      return { head, tail: null };
    }
    const tailStart = Math.max(pageStart, depth);
    const [head, tail] = await Promise.all([
      retriever.retrieve({ ...base, offset: 0, limit: depth, facets }),
      pageEnd > depth
        ? retriever.retrieve({ ...base, offset: tailStart, limit: pageEnd - tailStart })
        : null,
    ]);
    return {
      head,
      tail: tail && {
        ranked: rankByProfile(asScored(tail.candidates), { name: 'lexical' }),
        offset: tailStart,
      },
    };
  }

  #version(request: SearchRequest): Promise<ActiveIndexVersion | null> {
    const { embeddings } = this.#o;
    return request.indexVersionId === undefined
      ? embeddings.activeVersion(request.storeId)
      : embeddings.version(request.storeId, request.indexVersionId);
  }

  async #rerank(
    request: SearchRequest,
    candidates: Candidate[],
    encoded: { version: ActiveIndexVersion; query: RerankQuery } | null,
    timings: StageTimings,
    notices: string[],
  ): Promise<Reranked> {
    if (!encoded) {
      notices.push(
        'No search index is active for this store yet, so results are in keyword order.',
      );
      return keywordOrder(candidates);
    }
    const { version, query } = encoded;
    const prepared = await timed(timings, 'loadMs', () =>
      this.#prepare(request.storeId, version, candidates),
    );
    const scores = await timed(timings, 'maxSimMs', () =>
      this.#o.reranker!.score(query, version, prepared.packed),
    );
    const scored = candidates.map((c, i): ScoredCandidate => {
      const stored = prepared.stored[i];
      return {
        productId: c.productId,
        lexicalScore: c.score,
        maxSimScore: stored ? scores[prepared.packedAt[i]!]! : null,
        titleWords: stored?.titleWords ?? null,
      };
    });
    // Only the places up to the page's end are shown.
    const pageEnd = (request.page + 1) * request.pageSize;
    const ranked = rankByProfile(scored, request.profile, pageEnd);
    return { ranked, version, query, prepared };
  }

  /**
   * The candidates' stored vectors, loaded and packed. A first-stage cache hands out the same
   * candidate array while its entry lives, so the packed vectors are kept by that array: a repeated
   * query is scored afresh without looking its candidates' vectors up or packing them again. They
   * are kept under their own byte bound, least recently used first out (an array the first stage
   * no longer hands out is never used again, so it goes first); a version switch packs anew.
   */
  async #prepare(
    storeId: number,
    version: ActiveIndexVersion,
    candidates: readonly Candidate[],
  ): Promise<PreparedCandidates> {
    const kept = this.#preparedByCandidates.get(candidates);
    if (kept?.packed.versionId === version.id) return kept;
    const ids = candidates.map((c) => c.productId);
    const loaded = await this.#o.embeddings.load(storeId, version, ids);
    const stored = ids.map((id) => loaded.byProductId.get(id));
    const present = stored.filter((e): e is StoredEmbedding => !!e);
    const packedAt = new Int32Array(stored.length).fill(-1);
    for (let i = 0, next = 0; i < stored.length; i++) if (stored[i]) packedAt[i] = next++;
    const packed = await this.#o.reranker!.pack(version, present);
    const prepared = { storeId, stored, packed, packedAt };
    this.#preparedByCandidates.set(candidates, prepared);
    return prepared;
  }

  async #loadPage(storeId: number, page: PagePosition[], reranked: Reranked): Promise<SearchHit[]> {
    if (page.length === 0) return [];
    const ids = page.map((p) => p.candidate.productId);
    const byId = this.#products
      ? await this.#products.byIds(storeId, ids)
      : new Map(
          (await this.#o.prisma.product.findMany({ where: { storeId, id: { in: ids } } })).map(
            (p) => [p.id, p],
          ),
        );
    // A product deleted between retrieval and now is left out rather than shown half-empty.
    const present = page.filter((p) => byId.has(p.candidate.productId));
    const explained = await this.#explain(present, byId, reranked);
    return present.map(({ candidate: c, firstStageRank, rerankedRank }, i) => ({
      product: toSummary(byId.get(c.productId)!),
      firstStageRank,
      rerankedRank,
      scores: { lexical: c.lexicalScore, maxSim: c.maxSimScore, final: c.finalScore },
      explanation: explained[i] ?? [],
    }));
  }

  /** The page's reranked products scored again, keeping which token matched each query token. */
  async #explain(page: PagePosition[], products: Map<string, Product>, reranked: Reranked) {
    const { query, version, prepared } = reranked;
    const reranker = this.#o.reranker;
    if (!query || !version || !prepared || !reranker) return [];
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
    const tokens = await this.#productTokens(version.model, rows);
    let j = 0; // `explained` is a subsequence of `page`
    return page.map((p) => {
      if (explained[j] !== p) return [];
      const k = j++;
      const stored = prepared.stored[p.candidate.firstStageRank]!;
      return explainMatch(bestTokens[k]!, bestSimilarities[k]!, stored, tokens[k]!);
    });
  }

  /**
   * Product rows' tokens as explanations name them. ProductCache hands out the same row object
   * while it is fresh, so they are kept with the row: a repeated page neither rebuilds the
   * products' text nor tokenises it or maps its tokens to fields again (nor waits: kept tokens are
   * read in one pass), and an edited product (a new row) is tokenised afresh.
   */
  async #productTokens(model: string, products: readonly Product[]): Promise<ExplainableTokens[]> {
    const tokens = products.map((p) => {
      const kept = this.#tokensByRow.get(p);
      return kept?.model === model ? kept.tokens : null;
    });
    if (tokens.every((t) => t !== null)) return tokens;
    return Promise.all(
      products.map(async (product, i) => {
        if (tokens[i]) return tokens[i];
        const text = documentText(product);
        const fresh = explainableTokens(
          await this.#o.reranker!.documentTokens(model, text),
          product,
        );
        this.#tokensByRow.set(product, { model, tokens: fresh });
        return fresh;
      }),
    );
  }
}

/**
 * A sorted list holds only products with every word of the search (partial matches sorted by
 * price would be noise), so it can be much shorter than the same search by relevance: said, so a
 * shopper who sorts does not think results went missing.
 */
function everyWordNotice(sort: Exclude<SortOrder, 'relevance'>): string {
  const order = sort === 'newest' ? 'newest' : 'price';
  return `Sorted by ${order}, the list holds only products that match every word you searched for.`;
}

function hasSeveralWords(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 1;
}

/**
 * What keeping prepared candidates holds, counted as if nothing else held it (the first-stage
 * and embedding caches may drop their share first): the packed batch, the position map, each
 * stored embedding as the embedding cache counts it, and ~80 bytes per candidate entry.
 */
function preparedBytes({ packed, packedAt, stored }: PreparedCandidates): number {
  let bytes = packed.byteLength + packedAt.byteLength + 80 * stored.length;
  for (const e of stored) if (e) bytes += storedEmbeddingBytes(e);
  return bytes;
}

/** The first stage's order, as a result with nothing reranked. */
function keywordOrder(candidates: Candidate[]): Reranked {
  return {
    ranked: rankByProfile(asScored(candidates), { name: 'lexical' }),
    version: null,
    query: null,
    prepared: null,
  };
}

function asScored(candidates: Candidate[]): ScoredCandidate[] {
  return candidates.map((c) => ({
    productId: c.productId,
    lexicalScore: c.score,
    maxSimScore: null,
    titleWords: null,
  }));
}

interface PagePosition {
  candidate: RankedCandidate;
  /** 1-based. */
  firstStageRank: number;
  rerankedRank: number | null;
}

/** Gives a slice of ranked candidates its absolute positions, starting at `offset`. */
function positioned(slice: RankedCandidate[], offset: number, reranked: boolean): PagePosition[] {
  return slice.map((candidate, i) => ({
    candidate,
    // Reranked candidates keep their first-stage position; a lexical slice's position is its place.
    firstStageRank: (reranked ? candidate.firstStageRank : offset + i) + 1,
    rerankedRank: reranked ? offset + i + 1 : null,
  }));
}

function toSummary(p: Product): ProductSummary {
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

async function timed<T>(
  timings: StageTimings,
  key: keyof StageTimings,
  fn: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings[key] += performance.now() - start;
  }
}
