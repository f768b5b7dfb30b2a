import type { Metadata } from 'next';
import { ProductRoute, productMetadata } from '~/components/storefront/ProductRoute';
import { env } from '~/env';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productMetadata(env.DEFAULT_STORE, (await params).id);
}

/** A product of the default store. */
export default async function DefaultStoreProduct({ params }: Props) {
  return <ProductRoute storeSlug={env.DEFAULT_STORE} asDefault id={(await params).id} />;
}
