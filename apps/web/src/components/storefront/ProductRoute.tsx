import type { Metadata } from 'next';
import { storeRoutes } from '~/lib/storefront/storeRoutes';
import { loadProduct } from '~/server/storefront/loadProduct';
import { loadStore } from '~/server/storefront/loadStore';
import { ProductView } from './ProductView';
import { StorefrontFrame } from './StorefrontFrame';

/** A product page of a store, rendered on the server. */
export async function ProductRoute({
  storeSlug,
  asDefault,
  id,
}: {
  storeSlug: string;
  asDefault: boolean;
  id: string;
}) {
  const store = await loadStore(storeSlug);
  const product = await loadProduct(store.slug, id);
  const routes = storeRoutes(store.slug, asDefault);
  return (
    <StorefrontFrame store={store} routes={routes}>
      <ProductView product={product} routes={routes} />
    </StorefrontFrame>
  );
}

export async function productMetadata(storeSlug: string, id: string): Promise<Metadata> {
  const store = await loadStore(storeSlug);
  const product = await loadProduct(store.slug, id);
  return {
    title: `${product.title} – ${store.name}`,
    description: product.description.slice(0, 200),
  };
}
