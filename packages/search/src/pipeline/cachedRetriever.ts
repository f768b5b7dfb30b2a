// A short-lived cache in front of any first stage. Shoppers repeat queries (popular searches,
// paging back and forth, facet toggles), and on the embedded database the first stage is the
// costliest step. Entries expire after a TTL, which bounds staleness when another process changes
// the catalog; this process's own changes call `invalidate(storeId)` at once.
import { LRUCache } from 'lru-cache';
import type { RetrieveRequest, RetrieveResult, Retriever, Suggestion } from '../retrieval.ts';

export interface CachedRetrieverOptions {
  /** Default 2,000 entries. */
  maxEntries?: number;
  /** Default 30 s. */
  ttlMs?: number;
}

type Cached = Promise<RetrieveResult> | Promise<Suggestion[]>;

export class CachedRetriever implements Retriever {
  readonly #inner: Retriever;
  readonly #cache: LRUCache<string, { value: Cached }>;

  constructor(inner: Retriever, options: CachedRetrieverOptions = {}) {
    this.#inner = inner;
    this.#cache = new LRUCache({ max: options.maxEntries ?? 2000, ttl: options.ttlMs ?? 30_000 });
  }

  get name() {
    return this.#inner.name;
  }

  retrieve(request: RetrieveRequest): Promise<RetrieveResult> {
    const key = `${request.storeId}:r:${JSON.stringify([request.text, request.filters, request.sort, request.offset, request.limit, request.facets, request.synonyms])}`;
    return this.#remember(key, () => this.#inner.retrieve(request));
  }

  suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]> {
    return this.#remember(`${storeId}:s:${JSON.stringify([prefix, limit])}`, () =>
      this.#inner.suggest(storeId, prefix, limit),
    );
  }

  /** Drops every cached answer of one store (after its catalog or index changed). */
  invalidate(storeId: number): void {
    const prefix = `${storeId}:`;
    for (const key of this.#cache.keys()) if (key.startsWith(prefix)) this.#cache.delete(key);
  }

  /** Concurrent identical requests share one call; a failed call is not kept. */
  #remember<T extends RetrieveResult | Suggestion[]>(
    key: string,
    load: () => Promise<T>,
  ): Promise<T> {
    const hit = this.#cache.get(key);
    if (hit) return hit.value as Promise<T>;
    const value = load();
    this.#cache.set(key, { value: value as Cached });
    value.catch(() => this.#cache.delete(key));
    return value;
  }
}
