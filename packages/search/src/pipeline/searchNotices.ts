import type { SortOrder } from '../retrieval.ts';

/**
 * A sorted list holds only products with every word of the search (partial matches sorted by
 * price would be noise), so it can be much shorter than the same search by relevance: said, so a
 * shopper who sorts does not think results went missing.
 */
export function everyWordNotice(sort: Exclude<SortOrder, 'relevance'>): string {
  const order = sort === 'newest' ? 'newest' : 'price';
  return `Sorted by ${order}, the list holds only products that match every word you searched for.`;
}

export const NO_ACTIVE_INDEX_NOTICE =
  'No search index is active for this store yet, so results are in keyword order.';

export function hasSeveralWords(text: string): boolean {
  return (text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 1;
}
