// How many products carry each brand, per store: what as-you-type brand suggestions read, so a
// keystroke reads the store's brands (hundreds) rather than its products (up to millions). Imports
// refresh it whole; a merchant's edit or deletion recounts the brands it touched.
import type { PrismaClient } from '@shopsearch/db';

/**
 * Recomputes the store's brand counts from its products: a full scan, so it runs after imports
 * (with the attribute summary, `refreshStoreSummaries`), never per request. One statement, atomic
 * on its own, like the attribute summary's.
 */
export async function refreshBrandSummary(prisma: PrismaClient, storeId: number): Promise<void> {
  await prisma.$executeRaw`
    WITH fresh AS (
      SELECT brand, count(*)::int AS products FROM product
      WHERE store_id = ${storeId} AND brand <> '' GROUP BY brand
    ),
    gone AS (
      DELETE FROM store_brand s
      WHERE s.store_id = ${storeId} AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.brand = s.brand)
    )
    INSERT INTO store_brand (store_id, brand, products)
    SELECT ${storeId}, brand, products FROM fresh
    ON CONFLICT (store_id, brand) DO UPDATE SET products = EXCLUDED.products`;
}

/**
 * Recounts only the given brands (an edit's old and new one, a deleted product's), through the
 * store-and-brand index: what a merchant's single edit costs, so suggestions follow it at once.
 */
export async function recountBrands(
  prisma: PrismaClient,
  storeId: number,
  brands: readonly string[],
): Promise<void> {
  const named = [...new Set(brands)].filter((b) => b !== '');
  if (named.length === 0) return;
  await prisma.$executeRaw`
    WITH counted AS (
      SELECT b.brand, (SELECT count(*)::int FROM product p
                       WHERE p.store_id = ${storeId} AND p.brand = b.brand) AS products
      FROM unnest(${named}::text[]) AS b(brand)
    ),
    gone AS (
      DELETE FROM store_brand s USING counted c
      WHERE s.store_id = ${storeId} AND s.brand = c.brand AND c.products = 0
    )
    INSERT INTO store_brand (store_id, brand, products)
    SELECT ${storeId}, brand, products FROM counted WHERE products > 0
    ON CONFLICT (store_id, brand) DO UPDATE SET products = EXCLUDED.products`;
}
