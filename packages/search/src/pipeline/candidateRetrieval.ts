// Step 1: the first stage's candidates. Reranking reorders only the first K (the rerank depth); a
// page reaching past K continues in first-stage order, fetched as a tail of its own.
import { rankByProfile, type RankedCandidate } from '../profiles.ts';
import type { Retriever, RetrieveResult } from '../retrieval.ts';
import type { SearchRequest } from '../searchTypes.ts';
import { asScored } from './reranking.ts';

export interface RetrievedCandidates {
  /** Positions 0… of the first stage: the K to rerank, or the page itself when nothing is. */
  head: RetrieveResult;
  /** The page's positions from K on, in first-stage order. */
  tail: { ranked: RankedCandidate[]; offset: number } | null;
}

export async function retrieveCandidates(
  retriever: Retriever,
  request: SearchRequest,
  synonyms: Record<string, string[]>,
  depth: number,
  pageStart: number,
): Promise<RetrievedCandidates> {
  const base = {
    storeId: request.storeId,
    text: request.text,
    filters: request.filters,
    sort: request.sort,
    // Absent without synonyms, so answers cached before any synonym keep their key.
    ...(Object.keys(synonyms).length ? { synonyms } : {}),
  };
  const facets = request.facetAttributes ? { attributes: request.facetAttributes } : undefined;
  const pageEnd = pageStart + request.pageSize;
  if (depth === 0) {
    const head = await retriever.retrieve({
      ...base,
      offset: pageStart,
      limit: request.pageSize,
      facets,
    });
    return { head, tail: null };
  }
  const tailStart = Math.max(pageStart, depth);
  const [head, tail] = await Promise.all([
    retriever.retrieve({ ...base, offset: 0, limit: depth, facets }),
    pageEnd > depth
      ? retriever.retrieve({ ...base, offset: tailStart, limit: pageEnd - tailStart })
      : null,
  ]);
  return {
    head,
    tail: tail && {
      ranked: rankByProfile(asScored(tail.candidates), { name: 'lexical' }),
      offset: tailStart,
    },
  };
}
