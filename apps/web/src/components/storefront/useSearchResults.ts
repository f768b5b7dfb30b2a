'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchInput } from '~/lib/storefront/apiTypes';
import { shouldRetry } from '~/lib/storefront/displayError';
import { useTRPC } from '~/trpc/react';
import type { InitialSearch } from './initialSearch';

/**
 * The results for `input`. The server's results for the URL the page was rendered for seed the
 * cache, so the first paint needs no request; later searches are fetched here, keeping the
 * previous results on screen (dimmed) until the new ones arrive.
 */
export function useSearchResults(input: SearchInput, key: string, initial: InitialSearch) {
  const trpc = useTRPC();
  const fromServer = initial.key === key ? initial : null;
  return useQuery({
    ...trpc.search.query.queryOptions(input),
    initialData: fromServer?.result ?? undefined,
    initialDataUpdatedAt: fromServer?.at,
    // A refusal the server already gave for this very search would only be repeated.
    enabled: !(fromServer?.error && !fromServer.error.retryable),
    placeholderData: keepPreviousData,
    retry: shouldRetry,
  });
}
