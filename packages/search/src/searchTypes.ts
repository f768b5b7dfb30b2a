// The search pipeline's request and response: what the API validates and the storefront renders.
import type { ProfileName, RankingProfile } from './profiles.ts';
import type { QueryToken } from './reranker.ts';
import type { Availability, FacetCounts, SearchFilters, SortOrder } from './retrieval.ts';
import type { TypeIntent } from './productTypes/typeIntent.ts';
import type { MerchandisingRule } from './rules/merchandisingRule.ts';

export interface SearchRequest {
  storeId: number;
  text: string;
  filters: SearchFilters;
  sort: SortOrder;
  /** 0-based page number. */
  page: number;
  pageSize: number;
  profile: RankingProfile;
  /** How many first-stage candidates MaxSim reranks (K). */
  rerankDepth: number;
  /**
   * How many candidates found by meaning may join the K (static models; 0: none). Absent: the
   * default, RANKING_DEFAULTS.meaningCandidates.
   */
  meaningCandidates?: number | undefined;
  /**
   * Product-type intent by meaning (productTypes/typeIntent.ts): a query word meaning a catalog
   * type it does not name also asks for the type and ranks its products first. Absent: the
   * default, RANKING_DEFAULTS.productTypeIntent.
   */
  productTypeIntent?: boolean | undefined;
  /** Attribute names to count facets for; omit to skip facets. */
  facetAttributes?: string[] | undefined;
  /** Score against this index version instead of the store's active one (analyst comparisons). */
  indexVersionId?: number | undefined;
  /** Whether this is a shopper's search, kept for analytics; analysts' runs pass false. */
  recordEvent?: boolean;
  /**
   * Ask the first stage itself, not its short-lived answer cache (and so not the candidates' vectors
   * kept with a cached answer): evaluation timings measure the search's work, not a cache lookup.
   */
  skipAnswerCache?: boolean;
  /** These rules instead of the store's saved ones: a merchant's preview of a change. */
  rules?: MerchandisingRule[] | undefined;
}

export interface ProductSummary {
  id: string;
  title: string;
  brand: string;
  description: string;
  priceMinor: number | null;
  currency: string;
  imageUrl: string | null;
  availability: Availability;
}

/** Where a word sits in one product field; offsets are UTF-16 indices into that field. */
export interface FieldSpan {
  field: 'title' | 'brand' | 'description';
  start: number;
  end: number;
}

/**
 * The product token that matched one query token best. A hit's explanation lists one per query
 * token, in the order of the answer's `queryTokens`, which are sent once rather than in every hit.
 */
export interface TokenMatch {
  /** Empty when the product has no token (nothing to match). */
  productToken: string;
  productSpan: FieldSpan | null;
  /** Cosine similarity of the two token vectors, in [-1, 1], to 4 decimals. */
  similarity: number;
}

export interface SearchHit {
  product: ProductSummary;
  /**
   * 1-based positions: in the first stage's order (0: a product it did not find, pinned or found
   * by meaning), and after reranking (null when not reranked).
   */
  firstStageRank: number;
  rerankedRank: number | null;
  scores: {
    lexical: number | null;
    /** Raw MaxSim: Σ over query tokens of weight × best cosine (grows with the query's length). */
    maxSim: number | null;
    /** MaxSim ÷ the query tokens' total weight: the mean best cosine per query token, −1…1 (0–1 in practice). */
    maxSimMean: number | null;
    final: number;
  };
  /**
   * How many other hits of this page have the same MaxSim: the reranker could not separate them,
   * so their order among themselves is the first stage's. 0 when unique or not reranked.
   */
  maxSimTies: number;
  /** Placed at its position by one of the store's merchandising rules. */
  pinned: boolean;
  /** The factor the store's boost or bury rules moved it by (below 1: buried); null when none. */
  boost: number | null;
  /**
   * Per query token (`SearchResponse.queryTokens[i]` for entry i); empty when the product has no
   * stored vectors or the query was not encoded.
   */
  explanation: TokenMatch[];
  /**
   * Query terms this product matched through a synonym only ("matched ‘notebook’, a synonym of
   * ‘laptop’"); empty when it holds the words as typed.
   */
  synonyms: SynonymMatch[];
  /**
   * Set when the product came by meaning alone (no query word in it, found through words near
   * them: "‘laptop’ → ‘notebook’"): per query word it holds a neighbour of, that neighbour. Empty
   * for a product the first stage found.
   */
  meaning: MeaningMatch[];
  /**
   * Set when the product is of the catalog type the query's word means, ranked as the thing
   * sought: "‘laptop’ → product type ‘Notebook’". Null otherwise.
   */
  productType: TypeIntent | null;
}

export interface MeaningMatch {
  /** The query's word. */
  queryWord: string;
  /** The product's word near it in the model's vocabulary. */
  productWord: string;
  /** Cosine of the two words' vectors, to 4 decimals. */
  similarity: number;
}

export interface SynonymMatch {
  /** The synonym found in the product's text. */
  term: string;
  /** The query's term it stands for. */
  synonymOf: string;
}

export interface StageTimings {
  retrieveMs: number;
  encodeMs: number;
  /** Loading and packing the candidates' stored vectors; ~0 when kept with cached candidates. */
  loadMs: number;
  maxSimMs: number;
  /** Looking up candidates by meaning (beside the first stage; 0 when off). */
  meaningMs: number;
  /** Type intent: comparing the query with the catalog's types, and reading which candidates are of it (0 when off). */
  typeIntentMs: number;
  totalMs: number;
}

export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  /** False when `total` is a lower bound: the first stage stopped counting (RetrieveResult). */
  totalExhaustive: boolean;
  page: number;
  pageSize: number;
  facets: FacetCounts | null;
  match: 'exact' | 'fuzzy' | 'none';
  profile: ProfileName;
  /** The encoded query's tokens (text, place in the query, weight); empty when not reranked. */
  queryTokens: QueryToken[];
  /** The index version whose vectors scored this page; null when nothing was reranked. */
  indexVersion: { id: number; model: string; codec: string } | null;
  timings: StageTimings;
  /** The catalog type the query's word was taken to mean, when type intent applied; else null. */
  productTypeIntent: TypeIntent | null;
  /** Plain-language notes, e.g. that no index is active yet so results are lexical. */
  notices: string[];
}
