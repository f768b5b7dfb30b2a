// The API's input and output shapes as the storefront sees them, inferred from the router so the
// web app never imports the search packages' runtime code.
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@shopsearch/api';

type Inputs = inferRouterInputs<AppRouter>;
type Outputs = inferRouterOutputs<AppRouter>;

export type SearchInput = Inputs['search']['query'];
export type SearchFilters = NonNullable<SearchInput['filters']>;
export type SortOrder = NonNullable<SearchInput['sort']>;
export type Availability = NonNullable<SearchFilters['availability']>[number];

export type SearchResult = Outputs['search']['query'];
export type SearchHit = SearchResult['hits'][number];
export type ProductSummary = SearchHit['product'];
export type QueryToken = SearchResult['queryTokens'][number];
/** One query token with the product token it matched: an answer's query token joined to a match. */
export type TokenMatch = QueryToken & SearchHit['explanation'][number];
export type FacetCounts = NonNullable<SearchResult['facets']>;
export type ValueCount = FacetCounts['brand'][number];

export type StoreInfo = Outputs['store']['info'];
export type FacetAttribute = StoreInfo['facetAttributes'][number];
export type Suggestion = Outputs['search']['suggest'][number];
export type RelaxedSearch = Outputs['search']['relax'][number];
export type ProductDetails = Outputs['product']['byId'];
