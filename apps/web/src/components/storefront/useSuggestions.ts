'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Suggestion } from '~/lib/storefront/apiTypes';
import { wantsSuggestions } from '~/lib/storefront/suggestPrefix';
import { useTRPC } from '~/trpc/react';
import { useDebouncedValue } from './useDebouncedValue';

const DEBOUNCE_MS = 150;

/** Completions for what is being typed, asked for once typing pauses. */
export function useSuggestions(store: string, text: string): Suggestion[] {
  const trpc = useTRPC();
  const prefix = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const enabled = wantsSuggestions(prefix) && wantsSuggestions(text.trim());
  const query = useQuery({
    ...trpc.search.suggest.queryOptions({ store, prefix, limit: 8 }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
  return enabled ? (query.data ?? []) : [];
}
