import 'server-only';
import type { InitialSearch } from '~/components/storefront/initialSearch';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { toDisplayError } from '~/lib/storefront/displayError';
import { toSearchInput } from '~/lib/storefront/searchInput';
import { serializeSearchState, type SearchState } from '~/lib/storefront/searchState';
import { serverCaller } from '~/trpc/server';

/**
 * The first results, rendered with the page. A failure here does not fail the page: it is handed
 * to the browser, which shows it with a retry.
 */
export async function loadSearch(store: StoreInfo, state: SearchState): Promise<InitialSearch> {
  const api = await serverCaller();
  const input = toSearchInput(state, store);
  const initial: InitialSearch = {
    key: serializeSearchState(state).toString(),
    result: null,
    error: null,
    relaxed: null,
    at: Date.now(),
  };
  try {
    initial.result = await api.search.query(input);
    if (initial.result.total === 0) {
      initial.relaxed = await api.search.relax({
        store: store.slug,
        q: input.q,
        filters: input.filters,
      });
    }
  } catch (error) {
    if (!initial.result) initial.error = toDisplayError(error);
  }
  return initial;
}
