'use client';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import type { StoreInfo } from '~/lib/storefront/apiTypes';
import { parseSearchState, type ParsedSearch } from '~/lib/storefront/searchState';

/** The search the current URL describes. */
export function useSearchState(store: StoreInfo): ParsedSearch {
  const params = useSearchParams();
  return useMemo(() => parseSearchState(params, store), [params, store]);
}
