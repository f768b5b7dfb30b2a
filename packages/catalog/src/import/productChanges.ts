// What an upsert of a batch would do, without doing it: a dry run compares each product's content
// hash with the stored one, so a preview reports the same counts the import will.
import type { Database } from '@shopsearch/db';
import type { CatalogProduct } from '../product/catalogProduct.ts';
import { productContentHash } from '../product/contentHash.ts';
import type { UpsertCounts } from './productUpsert.ts';

/** Counts the products of one store that would be inserted, rewritten or left alone. */
export async function countProductChanges(
  db: Pick<Database, 'prisma'>,
  storeId: number,
  products: CatalogProduct[],
): Promise<UpsertCounts> {
  if (products.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const stored = await db.prisma.product.findMany({
    where: { storeId, id: { in: products.map((p) => p.id) } },
    select: { id: true, contentHash: true },
  });
  const storedHash = new Map(stored.map((s) => [s.id, s.contentHash]));
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const product of products) {
    const hash = storedHash.get(product.id);
    if (hash === undefined) counts.inserted += 1;
    else if (hash === productContentHash(product)) counts.unchanged += 1;
    else counts.updated += 1;
  }
  return counts;
}
