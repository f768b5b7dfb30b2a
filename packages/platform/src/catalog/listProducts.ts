// The merchant's product table: looked up by what a merchant remembers of a product (words of its
// title or brand, part of its SKU, the start of its id), with each product's index status (indexed as it is
// now, changed since, or never indexed).
import { escapeLike, type Prisma, type Product } from '@shopsearch/db';
import type { DatabaseDeps } from '../databaseDeps.ts';

export type IndexStatus = 'indexed' | 'changed' | 'not-indexed';

export interface ProductRow {
  id: string;
  sku: string;
  title: string;
  brand: string;
  description: string;
  priceMinor: number | null;
  currency: string;
  availability: Product['availability'];
  updatedAt: Date;
  indexStatus: IndexStatus;
}

export interface ProductPage {
  items: ProductRow[];
  total: number;
  page: number;
  pageSize: number;
}

/** Words of a lookup beyond this many are ignored: each one is a condition on every row. */
export const MAX_LOOKUP_WORDS = 8;

export async function listProducts(
  { prisma }: DatabaseDeps,
  storeId: number,
  request: { q: string; page: number; pageSize: number },
): Promise<ProductPage> {
  const where = productLookup(storeId, request.q);
  const [total, products, active] = await Promise.all([
    prisma.product.count({ where }),
    prisma.product.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: request.page * request.pageSize,
      take: request.pageSize,
    }),
    prisma.indexVersion.findFirst({
      where: { storeId, state: 'active' },
      select: { id: true },
    }),
  ]);
  const hashes = active
    ? await prisma.productEmbedding.findMany({
        where: { indexVersionId: active.id, productId: { in: products.map((p) => p.id) } },
        select: { productId: true, contentHash: true },
      })
    : [];
  const indexedHash = new Map(hashes.map((h) => [h.productId, h.contentHash]));
  const items = products.map((p): ProductRow => {
    const hash = indexedHash.get(p.id);
    return {
      id: p.id,
      sku: p.sku,
      title: p.title,
      brand: p.brand,
      description: p.description,
      priceMinor: p.priceMinor,
      currency: p.currency,
      availability: p.availability,
      updatedAt: p.updatedAt,
      indexStatus:
        hash === undefined ? 'not-indexed' : hash === p.contentHash ? 'indexed' : 'changed',
    };
  });
  return { items, total, page: request.page, pageSize: request.pageSize };
}

/**
 * The whole text as an exact id, or every word (in any order, any case) found in the title or the
 * brand or the SKU, or starting the id. Prisma's LIKE-based filters are parameterised; the
 * merchant's %, _ and \ are escaped, so they are text to find, not wildcards.
 */
export function productLookup(storeId: number, q: string): Prisma.ProductWhereInput {
  const words = lookupWords(q);
  if (words.length === 0) return { storeId };
  return {
    storeId,
    OR: [
      { id: q.trim() },
      {
        AND: words.map((word) => {
          const literal = escapeLike(word);
          const contains = { contains: literal, mode: 'insensitive' as const };
          const startsWith = { startsWith: literal, mode: 'insensitive' as const };
          return {
            OR: [{ title: contains }, { brand: contains }, { sku: contains }, { id: startsWith }],
          };
        }),
      },
    ],
  };
}

/** Distinct words, case-insensitively, at most MAX_LOOKUP_WORDS. */
export function lookupWords(q: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of q.trim().split(/\s+/u)) {
    const key = word.toLowerCase();
    if (!word || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === MAX_LOOKUP_WORDS) break;
  }
  return words;
}
