import { createHash } from 'node:crypto';
import type { CatalogProduct } from './catalogProduct.ts';

/** Bump when the serialisation changes, so every product counts as changed once. */
const HASH_VERSION = 'v1';

/**
 * The canonical serialisation behind the content hash: every searchable or displayed field in a
 * fixed order, attributes sorted by name, the date as ISO text. Two products serialise equally
 * exactly when re-importing one over the other would change nothing a shopper can see.
 */
export function canonicalProductJson(product: CatalogProduct): string {
  const attributes = Object.keys(product.attributes)
    .sort()
    .map((name) => [name, product.attributes[name]]);
  return JSON.stringify([
    HASH_VERSION,
    product.id,
    product.sku,
    product.title,
    product.description,
    product.brand,
    product.categoryPath,
    product.priceMinor,
    product.currency,
    attributes,
    product.imageUrl,
    product.availability,
    product.gtins,
    product.releasedAt?.toISOString() ?? null,
  ]);
}

/** SHA-256 (hex) of the canonical serialisation; stored in `product.content_hash`. */
export function productContentHash(product: CatalogProduct): string {
  return createHash('sha256').update(canonicalProductJson(product)).digest('hex');
}
