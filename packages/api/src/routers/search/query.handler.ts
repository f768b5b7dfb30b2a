// search.query: a shopper's (or analyst's) search in one store.
import {
  labelAttributes,
  toRankingProfile,
  validateStoreFilters,
  type LabelledAttribute,
  type SearchResponse,
} from '@shopsearch/search';
import type { ApiContext } from '../../trpc.ts';
import { resolveStore } from '../resolveStore.ts';
import type { TSearchQueryInputSchema } from './query.schema.ts';

export interface SearchQueryResult extends SearchResponse {
  store: { slug: string; name: string; currency: string };
  /** The facet attributes of this store with display labels, in display order. */
  facetAttributes: LabelledAttribute[];
}

export async function searchQueryHandler({
  ctx,
  input,
}: {
  ctx: ApiContext;
  input: TSearchQueryInputSchema;
}): Promise<SearchQueryResult> {
  const store = await resolveStore(ctx.services, input.store);
  const response = await ctx.services.search.search({
    storeId: store.id,
    text: input.q,
    filters: validateStoreFilters(store.facetAttributes, input.filters),
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
    facetAttributes: labelAttributes(store.facetAttributes),
  };
}
