// Writes a batch of products in one statement, so each batch (and so each product) is stored whole
// or not at all. The batch travels as a single JSON parameter; rows whose content hash is
// unchanged are left alone, which keeps re-imports cheap and `updated_at` meaningful.
import type { Database } from '@shopsearch/db';
import type { CatalogProduct } from '../product/catalogProduct.ts';
import { productContentHash } from '../product/contentHash.ts';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

function toRow(product: CatalogProduct) {
  return {
    id: product.id,
    sku: product.sku,
    title: product.title,
    description: product.description,
    brand: product.brand,
    category_path: product.categoryPath,
    price_minor: product.priceMinor,
    currency: product.currency,
    attributes: product.attributes,
    image_url: product.imageUrl,
    availability: product.availability,
    gtins: product.gtins,
    released_at: product.releasedAt?.toISOString() ?? null,
    content_hash: productContentHash(product),
  };
}

/** Inserts new products and rewrites changed ones (by content hash) of one store. */
export async function upsertProducts(
  db: Pick<Database, 'prisma'>,
  storeId: number,
  products: CatalogProduct[],
): Promise<UpsertCounts> {
  if (products.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const batch = JSON.stringify(products.map(toRow));
  // `xmax = 0` holds only for rows this statement inserted; updated rows carry our xid.
  const written = await db.prisma.$queryRaw<{ inserted: boolean }[]>`
    INSERT INTO product AS p (store_id, id, sku, title, description, brand, category_path,
      price_minor, currency, attributes, image_url, availability, gtins, released_at, content_hash,
      updated_at)
    SELECT ${storeId}, r.id, r.sku, r.title, r.description, r.brand, r.category_path,
      r.price_minor, r.currency, r.attributes, r.image_url, r.availability, r.gtins, r.released_at,
      r.content_hash, now()
    FROM jsonb_to_recordset(${batch}::jsonb) AS r(id text, sku text, title text, description text,
      brand text, category_path text[], price_minor integer, currency text, attributes jsonb,
      image_url text, availability availability, gtins text[], released_at timestamptz,
      content_hash text)
    ON CONFLICT (store_id, id) DO UPDATE SET
      sku = EXCLUDED.sku, title = EXCLUDED.title, description = EXCLUDED.description,
      brand = EXCLUDED.brand, category_path = EXCLUDED.category_path,
      price_minor = EXCLUDED.price_minor, currency = EXCLUDED.currency,
      attributes = EXCLUDED.attributes, image_url = EXCLUDED.image_url,
      availability = EXCLUDED.availability, gtins = EXCLUDED.gtins,
      released_at = EXCLUDED.released_at, content_hash = EXCLUDED.content_hash,
      updated_at = now()
    WHERE p.content_hash IS DISTINCT FROM EXCLUDED.content_hash
    RETURNING (xmax = 0) AS inserted`;
  const inserted = written.filter((row) => row.inserted).length;
  const updated = written.length - inserted;
  return { inserted, updated, unchanged: products.length - written.length };
}
