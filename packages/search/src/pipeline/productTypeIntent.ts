// Step 1a (when on): product-type intent by meaning (productTypes/typeIntent.ts). Once the query is
// encoded, its head word is compared with the catalog's product types; when it means one it does
// not name ("laptop" → "Notebook"):
//   - the first stage, asked at once with the query as typed (so the many queries that mean no
//     type never wait for the encoding), is asked again for the type's name as well, as a
//     synonym of the word (the
//     PostgreSQL stage; Meilisearch takes synonyms as an index setting, so there only what its
//     own synonyms find is ranked), and once more with the type as a filter, for the best
//     SOUGHT_TYPE_CANDIDATES of the type: the type's name is common in other products' text
//     ("notebook case", "for notebooks"), so the K alone held one notebook of 193 for "laptop";
//     those join the K as candidates by meaning do (competing for the K places, the total and
//     facets already counting them: they match the expanded words);
//   - the candidates of that type are marked as the thing sought (the weighted fusion ranks them
//     first, profiles.ts), and their "why this result" says so.
import type { ActiveIndexVersion } from '../embeddingStore.ts';
import { isOfType } from '../productTypes/catalogTypes.ts';
import { typeIntentOf, type TypeIntent } from '../productTypes/typeIntent.ts';
import { RANKING_DEFAULTS } from '../query/limits.ts';
import type { PackedCandidates, Reranker, RerankQuery } from '../reranker.ts';
import type { Candidate, Retriever, SearchFilters } from '../retrieval.ts';
import { InvalidFilterError } from '../retrievers/meilisearch/errors.ts';
import type { SearchHit, SearchRequest } from '../searchTypes.ts';
import type { QuerySynonyms } from '../synonyms/synonymMap.ts';
import type { SearchCaches } from './searchCaches.ts';

export type { TypeIntent } from '../productTypes/typeIntent.ts';

/** Whether the request asks for type intent (it is on by default when RANKING_DEFAULTS says so). */
export function wantsTypeIntent(request: SearchRequest): boolean {
  return request.productTypeIntent ?? RANKING_DEFAULTS.productTypeIntent;
}

/** The type the request's query means, when the request asks for type intent; else null. */
export async function lookUpTypeIntent<Q, P extends PackedCandidates>(
  caches: SearchCaches<P>,
  reranker: Reranker<Q, P>,
  request: SearchRequest,
  encoded: { version: ActiveIndexVersion; query: RerankQuery<Q> },
): Promise<TypeIntent | null> {
  if (!wantsTypeIntent(request)) return null;
  const types = await caches.catalogTypes.of(request.storeId);
  if (types.labels.length === 0) return null;
  const tokens = await reranker.labelSimilarities(encoded.query, types.labels);
  return typeIntentOf(request.text, types, tokens);
}

/** The store's synonyms of the query, with the type's name as one more alternative of its word. */
export function withTypeExpansion(
  synonyms: QuerySynonyms,
  intent: TypeIntent | null,
): QuerySynonyms {
  if (!intent) return synonyms;
  const own = synonyms[intent.queryWord] ?? [];
  const type = intent.productType.toLowerCase();
  return own.includes(type) ? synonyms : { ...synonyms, [intent.queryWord]: [...own, type] };
}

/** How many of the type's best word matches join the K. */
export const SOUGHT_TYPE_CANDIDATES = 50;

/**
 * The type's best matches of the expanded words, by the first stage (its scores are on the K's
 * scale: the same words). None when the shopper filters on the type's attribute already, or when
 * the first stage cannot filter on it (Meilisearch filters only its index's facet attributes).
 */
export async function retrieveSoughtType(
  retriever: Retriever,
  request: SearchRequest,
  synonyms: QuerySynonyms,
  intent: TypeIntent | null,
): Promise<readonly Candidate[]> {
  if (!intent || request.filters.attributes?.[intent.attribute]) return [];
  const filters: SearchFilters = {
    ...request.filters,
    attributes: {
      ...request.filters.attributes,
      [intent.attribute]: { kind: 'text', anyOf: [intent.productType] },
    },
  };
  try {
    const { candidates } = await retriever.retrieve({
      storeId: request.storeId,
      text: request.text,
      filters,
      sort: request.sort,
      offset: 0,
      limit: SOUGHT_TYPE_CANDIDATES,
      ...(Object.keys(synonyms).length ? { synonyms } : {}),
    });
    return candidates;
  } catch (error) {
    if (error instanceof InvalidFilterError) return [];
    throw error;
  }
}

/** The K, then each of the type's candidates the K lacks. */
export function withSoughtType(
  head: readonly Candidate[],
  typed: readonly Candidate[],
): readonly Candidate[] {
  if (typed.length === 0) return head;
  const inHead = new Set(head.map((c) => c.productId));
  const added = typed.filter((c) => !inHead.has(c.productId));
  return added.length ? [...head, ...added] : head;
}

/** The candidates of the type the query means (their rows read through the products cache). */
export async function ofSoughtType<P extends PackedCandidates>(
  caches: SearchCaches<P>,
  storeId: number,
  candidates: readonly Candidate[],
  intent: TypeIntent | null,
): Promise<ReadonlySet<string>> {
  if (!intent) return new Set();
  const rows = await caches.products.byIds(
    storeId,
    candidates.map((c) => c.productId),
  );
  const sought = new Set<string>();
  for (const [id, row] of rows) if (isOfType(row.attributes, intent.productType)) sought.add(id);
  return sought;
}

/** Marks the page's products of the sought type: "‘laptop’ → product type ‘Notebook’". */
export function withTypeMatches(
  hits: SearchHit[],
  intent: TypeIntent | null,
  sought: ReadonlySet<string>,
): SearchHit[] {
  if (!intent || sought.size === 0) return hits;
  return hits.map((hit) => (sought.has(hit.product.id) ? { ...hit, productType: intent } : hit));
}
