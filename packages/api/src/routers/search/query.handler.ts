// search.query: a shopper's (or analyst's) search in one store.
import { TRPCError } from '@trpc/server';
import type { SearchFilters, SearchResponse } from '@shopsearch/search';
import { toRankingProfile } from '../../evaluation/searchConfiguration.ts';
import type { ApiContext } from '../../trpc.ts';
import type { StoreInfo } from '../../stores.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TSearchQueryInputSchema } from './query.schema.ts';

export interface SearchQueryResult extends SearchResponse {
  store: { slug: string; name: string; currency: string };
  /** The facet attributes of this store with display labels, in display order. */
  facetAttributes: { name: string; label: string; kind: 'text' | 'numeric' | 'boolean' }[];
}

export async function searchQueryHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TSearchQueryInputSchema;
}): Promise<SearchQueryResult> {
  const store = await resolveStore(ctx.services, input.store);
  const filters = validateFilterFields(store, input.filters);
  const response = await ctx.services.search.search({
    storeId: store.id,
    text: input.q,
    filters,
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
    profile: toRankingProfile(input.ranking),
    rerankDepth: input.ranking.rerankDepth,
    facetAttributes: input.facets ? store.facetAttributes.map((a) => a.name) : undefined,
  });
  return {
    ...response,
    store: { slug: store.slug, name: store.name, currency: store.currency },
    facetAttributes: store.facetAttributes.map((a) => ({
      name: a.name,
      label: attributeLabel(a.name),
      kind: a.kind,
    })),
  };
}

/** Filters may only name this store's facet attributes, with a filter of the attribute's kind. */
export function validateFilterFields(store: StoreInfo, filters: SearchFilters): SearchFilters {
  for (const [name, filter] of Object.entries(filters.attributes ?? {})) {
    const known = store.facetAttributes.find((a) => a.name === name);
    if (!known) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `"${name}" is not a filter of this store.`,
      });
    }
    if (known.kind !== filter.kind) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `"${name}" is a ${known.kind} attribute and cannot take a ${filter.kind} filter.`,
      });
    }
  }
  return filters;
}

/** `attr_t_product_colour` → "Product colour". */
export function attributeLabel(name: string): string {
  const words = name
    .replace(/^attr_[tnb]_/, '')
    .replace(/_+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
