import type { Metadata } from 'next';
import { ProductRoute, productMetadata } from '~/components/storefront/ProductRoute';

interface Props {
  params: Promise<{ store: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { store, id } = await params;
  return productMetadata(store, id);
}

/** A product of any store. */
export default async function StoreProduct({ params }: Props) {
  const { store, id } = await params;
  return <ProductRoute storeSlug={store} asDefault={false} id={id} />;
}
