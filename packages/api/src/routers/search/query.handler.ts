// search.query: a shopper's (or analyst's) search in one store.
import {
  searchForVisitor,
  type LabelledAttribute,
  type VisitorSearchResponse,
} from '@shopsearch/platform';
import { toRankingProfile, validateStoreFilters } from '@shopsearch/search';
import { visitorIdOf } from '../../auth/visitor.ts';
import type { Call } from '../handlerCall.ts';
import { resolveStore, storePublicInfo } from '../resolveStore.ts';
import type { TSearchQueryInputSchema } from './query.schema.ts';

export interface SearchQueryResult extends VisitorSearchResponse {
  store: { slug: string; name: string; currency: string };
  /** The facet attributes of this store with display labels, in display order. */
  facetAttributes: LabelledAttribute[];
}

export async function searchQueryHandler({
  ctx,
  input,
}: Call<TSearchQueryInputSchema>): Promise<SearchQueryResult> {
  const store = await resolveStore(ctx.services, input.store);
  // A visitor in a running experiment's traffic share gets an interleaved page (platform
  // experiments/interleavedSearch.ts); everyone else the search as asked.
  const request = {
    storeId: store.id,
    text: input.q,
    filters: validateStoreFilters(store.facetAttributes, input.filters),
    sort: input.sort,
    page: input.page,
    pageSize: input.pageSize,
    profile: toRankingProfile(input.ranking),
    rerankDepth: input.ranking.rerankDepth,
    meaningCandidates: input.ranking.meaningCandidates,
    productTypeIntent: input.ranking.productTypeIntent,
    facetAttributes: input.facets ? store.facetAttributes.map((a) => a.name) : undefined,
  };
  const response = await searchForVisitor(ctx.services, request, visitorIdOf(ctx.headers));
  const { facetAttributes, ...storeFields } = storePublicInfo(store);
  return { ...response, store: storeFields, facetAttributes };
}
