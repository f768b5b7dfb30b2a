// As-you-type suggestions from one store's index in a single multi-search: brands whose name
// starts with the typed words (counted through the brand facet of products matching on brand),
// then product titles matching the words, the last one as a prefix.
import type { MultiSearchQuery, MultiSearchResult, RecordAny } from 'meilisearch';
import type { Suggestion } from '../../retrieval.ts';
import { FIELDS } from './fields.ts';

const MAX_BRANDS = 3;

/** Lower-case words; typed text and brand names are compared this way, ignoring punctuation. */
export function suggestionWords(prefix: string): string[] {
  return (
    prefix
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export function suggestionQueries(
  indexUid: string,
  words: readonly string[],
  limit: number,
): MultiSearchQuery[] {
  const q = words.join(' ');
  return [
    {
      indexUid,
      q,
      attributesToSearchOn: [FIELDS.brand],
      facets: [FIELDS.brand],
      limit: 0,
    },
    {
      indexUid,
      q,
      matchingStrategy: 'all',
      attributesToSearchOn: [FIELDS.title, FIELDS.brand],
      attributesToRetrieve: [FIELDS.productId, FIELDS.title],
      limit,
    },
  ];
}

export function toSuggestions(
  words: readonly string[],
  limit: number,
  [brandAnswer, productAnswer]: MultiSearchResult<RecordAny>[],
): Suggestion[] {
  const typed = words.join(' ');
  const brands = Object.entries(brandAnswer?.facetDistribution?.[FIELDS.brand] ?? {})
    .filter(([brand]) => brand !== '' && suggestionWords(brand).join(' ').startsWith(typed))
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, Math.min(MAX_BRANDS, limit))
    .map(([brand]): Suggestion => ({ text: brand, kind: 'brand' }));
  const products = (productAnswer?.hits ?? [])
    .slice(0, limit - brands.length)
    .map((hit): Suggestion => ({
      text: String(hit[FIELDS.title]),
      kind: 'product',
      productId: String(hit[FIELDS.productId]),
    }));
  return [...brands, ...products];
}
