import type { Metadata } from 'next';
import {
  SearchRoute,
  searchMetadata,
  type RawSearchParams,
} from '~/components/storefront/SearchRoute';
import { env } from '~/env';

interface Props {
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(env.DEFAULT_STORE, await searchParams);
}

/** The default store's search page. */
export default async function DefaultStoreSearch({ searchParams }: Props) {
  return <SearchRoute storeSlug={env.DEFAULT_STORE} asDefault searchParams={await searchParams} />;
}
