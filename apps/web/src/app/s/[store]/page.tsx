import type { Metadata } from 'next';
import {
  SearchRoute,
  searchMetadata,
  type RawSearchParams,
} from '~/components/storefront/SearchRoute';

interface Props {
  params: Promise<{ store: string }>;
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata((await params).store, await searchParams);
}

/** Any store's search page. */
export default async function StoreSearch({ params, searchParams }: Props) {
  const { store } = await params;
  return <SearchRoute storeSlug={store} asDefault={false} searchParams={await searchParams} />;
}
