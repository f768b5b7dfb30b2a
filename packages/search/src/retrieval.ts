// The first-stage contract. A Retriever finds the products of one store that match the words and
// filters, in its own relevance order, with facet counts over the matching set (exact, or marked
// as estimates where a first stage bounds its work). Meilisearch and PostgreSQL full-text
// implement it and pass one shared contract suite (test/contract/).

export const AVAILABILITIES = ['in_stock', 'out_of_stock', 'preorder', 'discontinued'] as const;
export type Availability = (typeof AVAILABILITIES)[number];

/** Inclusive bounds; either may be absent. Prices are in minor units (cents). */
export interface NumericRange {
  min?: number | undefined;
  max?: number | undefined;
}

/** A filter on one catalog attribute: any of some text values, a numeric range, or a flag. */
export type AttributeFilter =
  | { kind: 'text'; anyOf: string[] }
  | { kind: 'numeric'; range: NumericRange }
  | { kind: 'boolean'; value: boolean };

export interface SearchFilters {
  brands?: string[] | undefined;
  price?: NumericRange | undefined;
  availability?: Availability[] | undefined;
  /** Keyed by attribute name as stored on the product (e.g. `attr_t_product_colour`). */
  attributes?: Record<string, AttributeFilter> | undefined;
}

/** Whether any filter narrows the search. */
export function hasFilters(filters: SearchFilters): boolean {
  return (
    !!filters.brands?.length ||
    !!filters.availability?.length ||
    filters.price !== undefined ||
    Object.keys(filters.attributes ?? {}).length > 0
  );
}

export const SORT_ORDERS = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface FacetRequest {
  /** Attribute names whose value counts (text, boolean) or ranges (numeric) are wanted. */
  attributes: string[];
}

export interface RetrieveRequest {
  storeId: number;
  /** The shopper's words; empty means "browse": every product that passes the filters. */
  text: string;
  filters: SearchFilters;
  sort: SortOrder;
  offset: number;
  /** How many candidates to return (rerank depth K, or a page size). */
  limit: number;
  /** Omit to skip facet computation (e.g. when fetching a later page). */
  facets?: FacetRequest | undefined;
  /**
   * The query's terms that have synonyms in the store (SynonymMap.forQuery), for a first stage
   * that expands queries itself (PostgreSQL); Meilisearch has them in its index settings.
   */
  synonyms?: Record<string, string[]> | undefined;
}

export interface Candidate {
  productId: string;
  /** The engine's own score (higher is better), or null when it exposes none. */
  score: number | null;
}

export interface ValueCount {
  value: string;
  count: number;
}

export interface FacetCounts {
  brand: ValueCount[];
  availability: ValueCount[];
  /** Min and max price over the matching set, or null when nothing has a price. */
  price: { min: number; max: number } | null;
  attributes: Record<string, ValueCount[] | { min: number; max: number }>;
  /**
   * False when the counts were taken over a sample of the matches and scaled to the whole set
   * (the PostgreSQL stage past its facet bound): the counts are estimates and the ranges may be
   * narrower than the matches' own.
   */
  exhaustive: boolean;
}

export interface RetrieveResult {
  candidates: Candidate[];
  /** Number of products that match: exact, or where `totalExhaustive` is false, at least this many. */
  total: number;
  /**
   * False when the first stage stopped counting at a bound (the PostgreSQL stage past its match
   * bound, with filters or without facets): there are more than `total` matches.
   */
  totalExhaustive: boolean;
  facets: FacetCounts | null;
  /** How the words matched: exactly, or only after typo-tolerant fallback. */
  match: 'exact' | 'fuzzy' | 'none';
}

/** The answer when nothing matches (or the store has nothing searchable yet). */
export const NO_MATCH: RetrieveResult = {
  candidates: [],
  total: 0,
  totalExhaustive: true,
  facets: null,
  match: 'none',
};

export interface Suggestion {
  text: string;
  kind: 'product' | 'brand';
  productId?: string | undefined;
}

export interface Retriever {
  readonly name: 'postgres' | 'meilisearch';
  retrieve(request: RetrieveRequest): Promise<RetrieveResult>;
  /** As-you-type completions for a prefix, scoped to one store. */
  suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]>;
}
