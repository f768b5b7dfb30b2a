// A shopper's first page for some words, sorted by relevance and kept out of the analytics: the
// request the benches vary one setting of.
import type { SearchRequest } from '@shopsearch/search';

export function firstPageRequest(
  storeId: number,
  text: string,
  settings: Pick<SearchRequest, 'profile' | 'rerankDepth' | 'pageSize'> & Partial<SearchRequest>,
): SearchRequest {
  return {
    storeId,
    text,
    filters: {},
    sort: 'relevance',
    page: 0,
    recordEvent: false,
    ...settings,
  };
}
