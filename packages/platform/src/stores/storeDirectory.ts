// Store lookup by slug for every request: cached briefly, since stores change rarely and every
// search needs one. Facet attributes come from the store's settings, or are picked from its
// catalog when a merchant has not chosen any.
import type { PrismaClient } from '@shopsearch/db';
import { loadStoreSearchSettings, type AttributeInfo } from '@shopsearch/search';
import { ZStoreSlug } from './storeSlug.ts';

export interface StoreInfo {
  id: number;
  slug: string;
  name: string;
  currency: string;
  /** Attributes shown as facets and accepted as filters, in display order. */
  facetAttributes: AttributeInfo[];
}

const TTL_MS = 30_000;

export class StoreDirectory {
  readonly #prisma: PrismaClient;
  readonly #cache = new Map<string, { at: number; store: Promise<StoreInfo | null> }>();

  constructor(prisma: PrismaClient) {
    this.#prisma = prisma;
  }

  bySlug(slug: string, now = Date.now()): Promise<StoreInfo | null> {
    // Callers outside tRPC (the upload route) pass what the request said; only a slug names a store.
    if (!ZStoreSlug.safeParse(slug).success) return Promise.resolve(null);
    const hit = this.#cache.get(slug);
    if (hit && now - hit.at < TTL_MS) return hit.store;
    const store = this.#load(slug);
    this.#cache.set(slug, { at: now, store });
    store.catch(() => this.#cache.delete(slug));
    return store;
  }

  /** Drop cached entries after a store's settings or catalog changed in this process. */
  invalidate(slug?: string): void {
    if (slug) this.#cache.delete(slug);
    else this.#cache.clear();
  }

  async #load(slug: string): Promise<StoreInfo | null> {
    const store = await this.#prisma.store.findUnique({ where: { slug } });
    if (!store) return null;
    const { facetAttributes } = await loadStoreSearchSettings(this.#prisma, store.id);
    return {
      id: store.id,
      slug: store.slug,
      name: store.name,
      currency: store.currency,
      facetAttributes,
    };
  }
}
