'use client';
import { useMutation } from '@tanstack/react-query';
import type { SearchHit } from '~/lib/storefront/apiTypes';
import { useTRPC } from '~/trpc/react';

/**
 * For a page an experiment interleaved (it carries an impression id): tells the API which result
 * the shopper followed. Fire and forget: a refused or failed click never stands in the shopper's
 * way, and the request outlives the page's unmounting as the product page opens.
 */
export function useExperimentClick(
  store: string,
  impressionId: string | null | undefined,
  hits: SearchHit[] | undefined,
): ((position: number) => void) | undefined {
  const trpc = useTRPC();
  const click = useMutation(trpc.experiments.click.mutationOptions({ retry: false }));
  if (!impressionId || !hits) return undefined;
  return (position) => {
    const hit = hits[position];
    if (hit) click.mutate({ store, impressionId, position, productId: hit.product.id });
  };
}
