// The production first stage: each store's Meilisearch index, queried through multi-search.
// Words first must all match; when nothing does, words are dropped from the end ('last'), the
// counterpart of the PostgreSQL stage's fallbacks. A store without an index has no products;
// facets its index cannot count yet (new settings still queued) are left out (pendingSettings).
import type { Hit, MultiSearchQuery, MultiSearchResult, RecordAny } from 'meilisearch';
import {
  NO_MATCH,
  type RetrieveRequest,
  type RetrieveResult,
  type Retriever,
  type Suggestion,
} from '../../retrieval.ts';
import { MeilisearchConnection, type MeilisearchOptions } from './connection.ts';
import { isMissingIndex } from './engineErrors.ts';
import { toFacetCounts } from './facetCounts.ts';
import { FIELDS } from './fields.ts';
import { isFacetOrFilterRefusal, withinApplied } from './pendingSettings.ts';
import { searchPlan, type MatchingStrategy } from './searchPlan.ts';
import { suggestionQueries, suggestionWords, toSuggestions } from './suggestions.ts';

export class MeilisearchRetriever implements Retriever {
  readonly name = 'meilisearch';
  readonly #engine: MeilisearchConnection;

  constructor(options: MeilisearchOptions) {
    this.#engine = new MeilisearchConnection(options);
  }

  async retrieve(request: RetrieveRequest): Promise<RetrieveResult> {
    const uid = this.#engine.indexUid(request.storeId);
    try {
      return await this.#retrieve(uid, request);
    } catch (error) {
      if (!isFacetOrFilterRefusal(error)) throw error;
      const filterable = await this.#engine.call((client) =>
        client.index(uid).getFilterableAttributes(),
      );
      const narrowed = withinApplied(request, filterable);
      if (!narrowed) throw error;
      return this.#retrieve(uid, narrowed);
    }
  }

  async #retrieve(uid: string, request: RetrieveRequest): Promise<RetrieveResult> {
    const strategies: MatchingStrategy[] = request.text.trim() ? ['all', 'last'] : ['all'];
    for (const strategy of strategies) {
      const plan = searchPlan(uid, request, strategy);
      const answers = await this.#multiSearch(plan.queries);
      if (!answers) return NO_MATCH;
      const main = answers[0]!;
      const total = main.estimatedTotalHits ?? main.totalHits ?? 0;
      if (total === 0) continue;
      return {
        candidates: main.hits.map((hit) => ({
          productId: String(hit[FIELDS.productId]),
          score: hit._rankingScore ?? null,
        })),
        total,
        // maxTotalHits is at least the store's product count (indexSettings.ts): every hit counted.
        totalExhaustive: true,
        facets: request.facets ? toFacetCounts(request.facets, plan.facetSources, answers) : null,
        match:
          request.text.trim() && closeMatches(request, strategy, main.hits) ? 'fuzzy' : 'exact',
      };
    }
    return NO_MATCH;
  }

  async suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]> {
    const uid = this.#engine.indexUid(storeId);
    const words = suggestionWords(prefix);
    if (words.length === 0 || limit <= 0) return [];
    const answers = await this.#multiSearch(suggestionQueries(uid, words, limit));
    return answers ? toSuggestions(words, limit, answers) : [];
  }

  /** The answers in query order, or null when the store has no index yet. */
  async #multiSearch(queries: MultiSearchQuery[]): Promise<MultiSearchResult<RecordAny>[] | null> {
    try {
      const { results } = await this.#engine.call((client) => client.multiSearch({ queries }));
      return results;
    } catch (error) {
      if (isMissingIndex(error)) return null;
      throw error;
    }
  }
}

/**
 * Hits are close matches when every one needed a typo, or, sorted by price or date, when they lack
 * some of the words: a sorted list holds only products with every word (as the PostgreSQL stage's),
 * while by relevance those come first and the rest follow as ordinary matches.
 */
function closeMatches(
  request: RetrieveRequest,
  strategy: MatchingStrategy,
  hits: Hit<RecordAny>[],
): boolean {
  return (strategy === 'last' && request.sort !== 'relevance') || allNeededTypos(hits);
}

/** True when no hit on the page matched without typos: the words were only found fuzzily. */
function allNeededTypos(hits: Hit<RecordAny>[]): boolean {
  return (
    hits.length > 0 && hits.every((hit) => (hit._rankingScoreDetails?.typo?.typoCount ?? 0) > 0)
  );
}
