'use client';
import { useMutation } from '@tanstack/react-query';
import type { SearchHit } from '~/lib/storefront/apiTypes';
import { useTRPC } from '~/trpc/react';

/** The search whose results are on screen: its words and where its page starts. */
export interface ShownSearch {
  q: string;
  /** 0-based page and its size, for the result's position over all pages. */
  page: number;
  pageSize: number;
}

/**
 * Tells the API which result the shopper followed: once as a search click (for the low-click
 * queries; skipped for a blank search and while the previous search's results stand in), and, on
 * a page an experiment interleaved, once as that experiment's click. The two land in different
 * tables, so an experiment's click is never counted twice as a search click. Fire and forget: a
 * refused or failed click never stands in the shopper's way, and the requests outlive the page's
 * unmounting as the product page opens.
 */
export function useResultClick(
  store: string,
  shown: ShownSearch | null,
  impressionId: string | null | undefined,
  hits: SearchHit[] | undefined,
): ((position: number) => void) | undefined {
  const trpc = useTRPC();
  const searchClick = useMutation(trpc.search.click.mutationOptions({ retry: false }));
  const experimentClick = useMutation(trpc.experiments.click.mutationOptions({ retry: false }));
  if (!hits) return undefined;
  return (position) => {
    const hit = hits[position];
    if (!hit) return;
    const productId = hit.product.id;
    if (shown && shown.q.trim()) {
      const overall = shown.page * shown.pageSize + position;
      searchClick.mutate({ store, q: shown.q, productId, position: overall });
    }
    if (impressionId) experimentClick.mutate({ store, impressionId, position, productId });
  };
}
