// What a search may ask for and what it gets by default, shared by the API's input schemas, the
// storefront (which trims a link to fit rather than send what the API would refuse) and the
// analyst workbench. Imports only pure modules, so browser bundles load it through
// `@shopsearch/search/limits`; with it go the store settings' own rules (the synonym lines'
// syntax, the merchandising rules' limits), which the admin's forms follow.
export { normalizeTerm, parseSynonyms, SYNONYM_LIMITS } from '../synonyms/synonymList.ts';
export { RULE_LIMITS } from '../rules/merchandisingRule.ts';

export const SEARCH_LIMITS = {
  /** Characters of search text. */
  queryLength: 512,
  /** Characters of an as-you-type prefix. */
  suggestPrefixLength: 200,
  /** Values in one list filter (brands, one attribute's values). */
  listValues: 50,
  brandLength: 200,
  attributeValueLength: 500,
  attributeFilters: 20,
  /** The last page, 0-based. */
  lastPage: 1000,
  pageSize: 100,
  rerankDepth: 1000,
  meaningCandidates: 1000,
  /** Price bounds in minor units (a shopper may type 'up to 99,999,999.00'). */
  priceMinor: 1e12,
} as const;

export const PROFILE_NAMES = ['lexical', 'colbert', 'hybrid'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export const RANKING_DEFAULTS = {
  /** Weight of MaxSim in the default hybrid profile, chosen on the Icecat dev judgments (BENCHMARKS.md). */
  hybridWeight: 0.7,
  /**
   * Strength of the default hybrid profile's title-length prior: `prior · ln(1 + title words)`
   * comes off the fused score (0 turns it off). A broad optimum on the Icecat dev judgments.
   */
  titleLengthPrior: 0.01,
  /** Candidates MaxSim reorders. */
  rerankDepth: 200,
  /**
   * Candidates found by meaning that join the first stage's K (static models; 0 turns them off).
   * Off by default: on the Icecat dev judgments they do not raise nDCG@10 (BENCHMARKS.md).
   */
  meaningCandidates: 0,
  /**
   * Product-type intent by meaning: a query word that means a catalog type it does not name
   * ("laptop" → "Notebook") also asks for the type and ranks its products first. On: on the
   * Icecat dev judgments it changes no query's nDCG@10, and "laptop" gets laptops (BENCHMARKS.md).
   */
  productTypeIntent: true,
} as const;

// Whitespace and the characters Unicode defines as invisible (zero-width space and joiners, word
// joiner, BOM, bidi marks, fillers): text made of nothing else has no word to search for.
const NOTHING_VISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

/** Whether text would search for nothing at all, like an empty box (a browse). */
export function isBlankSearchText(text: string): boolean {
  return NOTHING_VISIBLE.test(text);
}
