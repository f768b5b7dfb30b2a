// Every cache one search reads through, in one object with one `invalidate(storeId)`. Each is
// bounded (entries or bytes) and expires or is checked against the active index version, so the
// TTLs bound how stale another process's changes can be; this process's own changes invalidate.
//
// Identity contracts between them (a hit of the second depends on the first handing out the
// same object again):
//   retriever (first-stage answers)  → same candidate array  → preparedCandidates (packed vectors)
//     (with meaning candidates: → meaningMerges, the same merged array → preparedCandidates)
// With the first-stage cache off, preparedCandidates simply never hits. productTokens is keyed by
// the products' text, so it needs no invalidation: an edited product has other text.
import type { PrismaClient, SqlReader } from '@shopsearch/db';
import { EmbeddingStore } from '../embeddingStore.ts';
import { MergedCandidatesCache } from '../meaning/mergeMeaning.ts';
import { loadCatalogTypes, type CatalogTypes } from '../productTypes/catalogTypes.ts';
import type { PackedCandidates } from '../reranker.ts';
import type { Retriever } from '../retrieval.ts';
import { CachedRetriever } from './cachedRetriever.ts';
import { PreparedCandidatesCache } from './preparedCandidates.ts';
import { ProductCache } from './productCache.ts';
import { ProductTokensCache } from './productTokens.ts';
import type { MerchandisingRule } from '../rules/merchandisingRule.ts';
import { loadRules } from '../rules/storeRules.ts';
import { loadSynonymLines } from '../synonyms/storeSynonyms.ts';
import { SynonymMap } from '../synonyms/synonymMap.ts';
import { StoreSettingCache } from './storeSettingCache.ts';

export interface SearchCachesOptions {
  prisma: PrismaClient;
  /** The reads every search makes (stored vectors, a page's products), outside Prisma. */
  reader: SqlReader;
  /** The first stage, uncached. */
  retriever: Retriever;
  /** Lifetime of first-stage answers; 0 turns that cache off. Default 30 s. */
  retrievalTtlMs?: number;
  /** Lifetime of product rows; 0 reads them for every page. Default 30 s. */
  productTtlMs?: number;
  /** Stored vectors; default 256 MiB. */
  embeddingBytes?: number | undefined;
  /** Candidates' vectors kept packed for repeated queries; default 64 MiB. */
  keptCandidatesBytes?: number | undefined;
}

export class SearchCaches<P extends PackedCandidates = PackedCandidates> {
  /** The first stage behind its answer cache (or the first stage itself when that is off). */
  readonly retriever: Retriever;
  /** The first stage itself, for requests that must not be answered from the cache. */
  readonly firstStage: Retriever;
  readonly embeddings: EmbeddingStore;
  readonly products: ProductCache;
  readonly preparedCandidates: PreparedCandidatesCache<P>;
  readonly productTokens = new ProductTokensCache();
  /** First-stage candidate arrays merged with candidates by meaning, kept by identity. */
  readonly meaningMerges = new MergedCandidatesCache();
  /** Each store's product types, for type intent. */
  readonly catalogTypes: StoreSettingCache<CatalogTypes>;
  /** Each store's synonyms, applied to queries at search time. */
  readonly synonyms: StoreSettingCache<SynonymMap>;
  /** Each store's merchandising rules, applied after reranking. */
  readonly rules: StoreSettingCache<MerchandisingRule[]>;
  readonly #answers: CachedRetriever | null;

  constructor(options: SearchCachesOptions) {
    const ttlMs = options.retrievalTtlMs ?? 30_000;
    this.#answers = ttlMs > 0 ? new CachedRetriever(options.retriever, { ttlMs }) : null;
    this.retriever = this.#answers ?? options.retriever;
    this.firstStage = options.retriever;
    this.embeddings = new EmbeddingStore(options.reader, { maxCacheBytes: options.embeddingBytes });
    this.products = new ProductCache(options.reader, { ttlMs: options.productTtlMs });
    this.preparedCandidates = new PreparedCandidatesCache(options.keptCandidatesBytes);
    const { prisma, productTtlMs } = options;
    this.catalogTypes = new StoreSettingCache(
      (storeId) => loadCatalogTypes(options.reader, storeId),
      productTtlMs,
    );
    this.synonyms = new StoreSettingCache(
      async (storeId) => new SynonymMap(await loadSynonymLines(prisma, storeId)),
      productTtlMs,
    );
    this.rules = new StoreSettingCache((storeId) => loadRules(prisma, storeId), productTtlMs);
  }

  /** Forgets what this process cached of a store, after its catalog, settings or index changed. */
  invalidate(storeId: number): void {
    this.#answers?.invalidate(storeId);
    this.products.invalidate(storeId);
    this.preparedCandidates.invalidate(storeId);
    this.embeddings.invalidate(storeId);
    this.synonyms.invalidate(storeId);
    this.catalogTypes.invalidate(storeId);
    this.rules.invalidate(storeId);
  }
}
