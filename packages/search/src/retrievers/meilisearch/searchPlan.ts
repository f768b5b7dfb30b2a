// One retrieval as a multi-search: the main query (the page of candidates, plus the facets no
// filter touches) and one query per filtered facet, counted with every filter but its own, so a
// shopper can widen a multi-select facet after picking a value. One round trip for all of them.
import type { MultiSearchQuery } from 'meilisearch';
import type { FacetRequest, RetrieveRequest, SortOrder } from '../../retrieval.ts';
import { attributeField, FIELDS } from './fields.ts';
import { filterConditions, filterExpression, type FilterKey } from './filterExpression.ts';

/** `all` needs every word; `last` drops words from the end until something matches. */
export type MatchingStrategy = 'all' | 'last';

export interface SearchPlan {
  queries: MultiSearchQuery[];
  /** For each facet field, the position in `queries` of the result that counts it. */
  facetSources: Map<string, number>;
}

interface FacetField {
  field: string;
  key: FilterKey;
}

const SORTS: Record<SortOrder, string[] | undefined> = {
  relevance: undefined,
  price_asc: [`${FIELDS.price}:asc`],
  price_desc: [`${FIELDS.price}:desc`],
  newest: [`${FIELDS.releasedAt}:desc`],
};

export function searchPlan(
  indexUid: string,
  request: RetrieveRequest,
  strategy: MatchingStrategy,
): SearchPlan {
  const q = request.text.trim();
  const filtered = new Set(filterConditions(request.filters).keys());
  const fields = request.facets ? facetFields(request.facets) : [];
  const unfiltered = fields.filter((f) => !filtered.has(f.key));
  const main: MultiSearchQuery = {
    indexUid,
    q,
    matchingStrategy: strategy,
    filter: filterExpression(request.filters),
    sort: SORTS[request.sort],
    offset: request.offset,
    limit: request.limit,
    attributesToRetrieve: [FIELDS.productId],
    showRankingScore: true,
    // Typo counts tell an exact match from a typo-tolerant one.
    showRankingScoreDetails: q !== '',
    facets: unfiltered.length ? unfiltered.map((f) => f.field) : undefined,
  };
  const queries = [main];
  const facetSources = new Map(unfiltered.map((f) => [f.field, 0]));
  for (const { field, key } of fields.filter((f) => filtered.has(f.key))) {
    facetSources.set(field, queries.length);
    queries.push({
      indexUid,
      q,
      matchingStrategy: strategy,
      filter: filterExpression(request.filters, key),
      limit: 0,
      facets: [field],
    });
  }
  return { queries, facetSources };
}

function facetFields(request: FacetRequest): FacetField[] {
  const attributes = [...new Set(request.attributes)].map((name): FacetField => ({
    field: attributeField(name),
    key: `attr:${name}`,
  }));
  return [
    { field: FIELDS.brand, key: 'brand' },
    { field: FIELDS.availability, key: 'availability' },
    { field: FIELDS.price, key: 'price' },
    ...attributes,
  ];
}
