// One product as its page shows it: the catalog fields, and its attributes labelled as the catalog
// names them (`attr_n_weight__kg_` → "Weight (kg)") and sorted
// for display (only text, numbers and yes/no values; anything else a file carried is left out).
import type { Product } from '@shopsearch/db';
import { humanizeAttributeName } from '@shopsearch/catalog';
import type { PlatformServices } from '../platformServices.ts';

type DisplayValue = string | number | boolean;

/** The product row without what only the platform needs (store, hash, timestamps). */
export type ProductDetails = Omit<
  Product,
  'storeId' | 'contentHash' | 'createdAt' | 'updatedAt' | 'attributes'
> & { attributes: { name: string; label: string; value: DisplayValue }[] };

export async function productDetails(
  services: Pick<PlatformServices, 'search'>,
  storeId: number,
  productId: string,
): Promise<ProductDetails | null> {
  const product = await services.search.product(storeId, productId);
  if (!product) return null;
  const {
    attributes,
    storeId: _store,
    contentHash: _hash,
    createdAt: _created,
    updatedAt: _updated,
    ...fields
  } = product;
  return {
    ...fields,
    attributes: Object.entries((attributes ?? {}) as Record<string, unknown>)
      .filter((e): e is [string, DisplayValue] =>
        ['string', 'number', 'boolean'].includes(typeof e[1]),
      )
      .map(([name, value]) => ({ name, label: humanizeAttributeName(name), value }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}
