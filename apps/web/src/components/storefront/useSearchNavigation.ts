'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { searchQueryString, type SearchState } from '~/lib/storefront/searchState';
import type { StoreRoutes } from '~/lib/storefront/storeRoutes';

/**
 * Goes to a search. From another page (a product) that is a router navigation. On the search page
 * itself the URL is pushed with the History API, which Next keeps in step with useSearchParams:
 * the results are then fetched by the browser's query (with its own loading, error and retry
 * states) instead of re-rendering the page on the server, and back/forward still walk the searches.
 */
export function useSearchNavigation(routes: StoreRoutes): (state: SearchState) => void {
  const router = useRouter();
  const pathname = usePathname();
  return useCallback(
    (state: SearchState) => {
      const url = routes.search + searchQueryString(state);
      if (pathname !== routes.search) {
        router.push(url);
        return;
      }
      if (url === window.location.pathname + window.location.search) return;
      window.history.pushState(null, '', url);
    },
    [pathname, router, routes.search],
  );
}
