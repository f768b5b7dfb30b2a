// Token embeddings of the active index version for a set of candidates: one query for whatever
// the in-memory cache lacks. The cache is bounded in bytes and holds each product's vectors per
// index version, so a switch of the active version can never serve vectors of the old one.
import { LRUCache } from 'lru-cache';
import type { SqlReader } from '@shopsearch/db';
import { StoreSettingCache } from './pipeline/storeSettingCache.ts';

export interface ActiveIndexVersion {
  id: number;
  model: string;
  modelDim: number;
  codec: string;
}

/** One product's stored token vectors, still packed by their codec. */
export interface StoredEmbedding {
  productId: string;
  tokenCount: number;
  codec: string;
  vectors: Uint8Array;
  tokenIds: Int32Array;
  /** Words in the product's title when encoded; null for rows older than that column. */
  titleWords: number | null;
}

/** What one stored embedding holds in memory: its packed vectors, its token ids, ~64 bytes more. */
export function storedEmbeddingBytes(e: StoredEmbedding): number {
  return e.vectors.byteLength + e.tokenIds.byteLength + 64;
}

export interface LoadedEmbeddings {
  /** Candidates without a stored embedding (added after the last re-index) are absent. */
  byProductId: Map<string, StoredEmbedding>;
  cacheHits: number;
}

export interface EmbeddingStoreOptions {
  /** Upper bound of cached bytes (packed vectors + token ids); default 256 MiB. */
  maxCacheBytes?: number;
  /**
   * How long a store's active version is trusted before it is looked up again; default 1 s.
   * Bounds how late another process's version switch is noticed (this process's own switches
   * call `invalidate`).
   */
  activeVersionTtlMs?: number;
}

interface EmbeddingRow {
  product_id: string;
  token_count: number;
  codec: string;
  vectors: Uint8Array;
  token_ids: number[] | null;
  title_words: number | null;
}

// Read on the driver, not through Prisma (SqlReader): these run for every search.
const VERSION_COLUMNS = 'id, model, model_dim AS "modelDim", codec';

export class EmbeddingStore {
  readonly #reader: SqlReader;
  // Keyed by product id alone: the candidates' ids are looked up as they come (a composite key
  // would build and hash a new string per candidate, 200 per search). Ids may repeat across
  // stores; the inner map's index version ids never do.
  readonly #cache: LRUCache<string, Map<number, StoredEmbedding>>;
  readonly #active: StoreSettingCache<ActiveIndexVersion | null>;
  /** Last active version seen per store, to drop a replaced version's vectors at once. */
  readonly #activeSeen = new Map<number, number>();

  constructor(reader: SqlReader, options: EmbeddingStoreOptions = {}) {
    this.#reader = reader;
    this.#active = new StoreSettingCache(
      (storeId) => this.#lookUpActive(storeId),
      options.activeVersionTtlMs ?? 1000,
    );
    this.#cache = new LRUCache({
      maxSize: options.maxCacheBytes ?? 256 * 1024 * 1024,
      sizeCalculation: (versions) => {
        let bytes = 64;
        for (const e of versions.values()) bytes += storedEmbeddingBytes(e);
        return bytes;
      },
    });
  }

  /** The store's active index version, or null when none is active yet. */
  activeVersion(storeId: number, now = Date.now()): Promise<ActiveIndexVersion | null> {
    return this.#active.of(storeId, now);
  }

  async #lookUpActive(storeId: number): Promise<ActiveIndexVersion | null> {
    const [version = null] = await this.#reader.query<ActiveIndexVersion>(
      `SELECT ${VERSION_COLUMNS} FROM index_version WHERE store_id = $1 AND state = 'active'`,
      [storeId],
    );
    const previous = this.#activeSeen.get(storeId);
    if (previous !== undefined && previous !== version?.id) this.#evictVersion(previous);
    if (version) this.#activeSeen.set(storeId, version.id);
    else this.#activeSeen.delete(storeId);
    return version;
  }

  /** A specific version of the store (analysts compare versions), or null when it has no vectors. */
  async version(storeId: number, versionId: number): Promise<ActiveIndexVersion | null> {
    const [version = null] = await this.#reader.query<ActiveIndexVersion>(
      `SELECT ${VERSION_COLUMNS} FROM index_version
       WHERE id = $1 AND store_id = $2 AND state <> 'failed'`,
      [versionId, storeId],
    );
    return version;
  }

  /** Embeddings of `productIds` in `version`: cached ones from memory, the rest in one query. */
  async load(
    storeId: number,
    version: ActiveIndexVersion,
    productIds: readonly string[],
  ): Promise<LoadedEmbeddings> {
    const byProductId = new Map<string, StoredEmbedding>();
    const missing: string[] = [];
    for (const id of productIds) {
      const cached = this.#cache.get(id)?.get(version.id);
      if (cached) byProductId.set(id, cached);
      else missing.push(id);
    }
    const cacheHits = byProductId.size;
    if (missing.length) {
      const rows = await this.#reader.query<EmbeddingRow>(
        `SELECT product_id, token_count, codec, vectors, token_ids, title_words FROM product_embedding
         WHERE index_version_id = $1 AND store_id = $2 AND product_id = ANY($3)`,
        [version.id, storeId, missing],
      );
      for (const row of rows) {
        const embedding: StoredEmbedding = {
          productId: row.product_id,
          tokenCount: row.token_count,
          codec: row.codec,
          vectors: row.vectors,
          tokenIds: Int32Array.from(row.token_ids ?? []),
          titleWords: row.title_words,
        };
        this.#remember(version.id, embedding);
        byProductId.set(row.product_id, embedding);
      }
    }
    return { byProductId, cacheHits };
  }

  /** Look the store's active version up again on next use (after a switch in this process). */
  invalidate(storeId: number): void {
    this.#active.invalidate(storeId);
  }

  get cachedBytes(): number {
    return this.#cache.calculatedSize;
  }

  #remember(versionId: number, embedding: StoredEmbedding): void {
    // A new map each time: the cache recounts an entry's bytes only when its value is replaced.
    const versions = new Map(this.#cache.get(embedding.productId));
    versions.set(versionId, embedding);
    this.#cache.set(embedding.productId, versions);
  }

  #evictVersion(versionId: number): void {
    const holding = [...this.#cache.entries()].filter(([, versions]) => versions.has(versionId));
    for (const [productId, versions] of holding) {
      const rest = new Map(versions);
      rest.delete(versionId);
      if (rest.size) this.#cache.set(productId, rest);
      else this.#cache.delete(productId);
    }
  }
}
