// Product rows of result pages, kept briefly in memory. Every search shows a page of products;
// reading them from the embedded database blocks the event loop that serves all other searches.
// Entries expire after a TTL (bounding staleness when another process edits the catalog); this
// process's own edits call `invalidate(storeId)`. A TTL of 0 reads every page from the database.
import { LRUCache } from 'lru-cache';
import type { Product, SqlReader } from '@shopsearch/db';

/** What a result page reads of a product: its summary, its text (explanations), boost fields. */
export type PageProduct = Pick<
  Product,
  | 'id'
  | 'title'
  | 'brand'
  | 'description'
  | 'priceMinor'
  | 'currency'
  | 'imageUrl'
  | 'availability'
  | 'attributes'
>;

// On the driver, not through Prisma: a page of rows through Prisma's findMany cost ~2.5 ms of CPU
// against ~0.8 ms (BENCHMARKS.md, "Where a search's CPU goes").
const PAGE_PRODUCTS_SQL = `SELECT id, title, brand, description, price_minor AS "priceMinor", currency,
  image_url AS "imageUrl", availability, attributes
  FROM product WHERE store_id = $1 AND id = ANY($2)`;

export class ProductCache {
  readonly #reader: SqlReader;
  readonly #cache: LRUCache<string, PageProduct> | null;

  constructor(reader: SqlReader, options: { maxEntries?: number; ttlMs?: number } = {}) {
    this.#reader = reader;
    const ttl = options.ttlMs ?? 30_000;
    this.#cache = ttl > 0 ? new LRUCache({ max: options.maxEntries ?? 20_000, ttl }) : null;
  }

  /** The products of `ids` that exist in the store, by id. */
  async byIds(storeId: number, ids: readonly string[]): Promise<Map<string, PageProduct>> {
    const found = new Map<string, PageProduct>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = this.#cache?.get(`${storeId}:${id}`);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) {
      for (const product of await this.#reader.query<PageProduct>(PAGE_PRODUCTS_SQL, [
        storeId,
        missing,
      ])) {
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
