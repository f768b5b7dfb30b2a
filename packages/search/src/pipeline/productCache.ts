// Product rows of result pages, kept briefly in memory. Every search shows a page of products;
// reading them from the embedded database blocks the event loop that serves all other searches.
// Entries expire after a TTL (bounding staleness when another process edits the catalog); this
// process's own edits call `invalidate(storeId)`. A TTL of 0 reads every page from the database.
import { LRUCache } from 'lru-cache';
import type { PrismaClient, Product } from '@shopsearch/db';

export class ProductCache {
  readonly #prisma: PrismaClient;
  readonly #cache: LRUCache<string, Product> | null;

  constructor(prisma: PrismaClient, options: { maxEntries?: number; ttlMs?: number } = {}) {
    this.#prisma = prisma;
    const ttl = options.ttlMs ?? 30_000;
    this.#cache = ttl > 0 ? new LRUCache({ max: options.maxEntries ?? 20_000, ttl }) : null;
  }

  /** The products of `ids` that exist in the store, by id. */
  async byIds(storeId: number, ids: readonly string[]): Promise<Map<string, Product>> {
    const found = new Map<string, Product>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.#cache?.get(`${storeId}:${id}`);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) {
      for (const product of await this.#prisma.product.findMany({
        where: { storeId, id: { in: missing } },
      })) {
        this.#cache?.set(`${storeId}:${product.id}`, product);
        found.set(product.id, product);
      }
    }
    return found;
  }

  invalidate(storeId: number): void {
    if (!this.#cache) return;
    const prefix = `${storeId}:`;
    for (const key of this.#cache.keys()) if (key.startsWith(prefix)) this.#cache.delete(key);
  }
}
