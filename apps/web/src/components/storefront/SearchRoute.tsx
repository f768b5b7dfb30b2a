import type { Metadata } from 'next';
import { parseSearchState } from '~/lib/storefront/searchState';
import { searchTitle } from '~/lib/storefront/searchTitle';
import { storeRoutes } from '~/lib/storefront/storeRoutes';
import { loadSearch } from '~/server/storefront/loadSearch';
import { loadStore } from '~/server/storefront/loadStore';
import { SearchPage } from './SearchPage';
import { StorefrontFrame } from './StorefrontFrame';

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function toURLSearchParams(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, v);
    }
  }
  return params;
}

/** A store's search page, its first results rendered on the server from the URL. */
export async function SearchRoute({
  storeSlug,
  asDefault,
  searchParams,
}: {
  storeSlug: string;
  asDefault: boolean;
  searchParams: RawSearchParams;
}) {
  const store = await loadStore(storeSlug);
  const routes = storeRoutes(store.slug, asDefault);
  const { state } = parseSearchState(toURLSearchParams(searchParams), store);
  const initial = await loadSearch(store, state);
  return (
    <StorefrontFrame store={store} routes={routes}>
      <SearchPage store={store} routes={routes} initial={initial} />
    </StorefrontFrame>
  );
}

export async function searchMetadata(
  storeSlug: string,
  searchParams: RawSearchParams,
): Promise<Metadata> {
  const store = await loadStore(storeSlug);
  return { title: searchTitle(toURLSearchParams(searchParams).get('q') ?? '', store.name) };
}
