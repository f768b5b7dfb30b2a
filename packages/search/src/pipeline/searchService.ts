// The search pipeline. One request reads as its steps, each in a file of its own:
//   retrieveCandidates (candidateRetrieval.ts) ‖ encode the query (the reranker, cached per model)
//     (with product-type intent, productTypeIntent.ts: the encoded query compared with the
//     catalog's types; one that means a type retrieves again, asking for the type too)
//   → rerankCandidates (reranking.ts: stored vectors, MaxSim, ranking profile)
//   → applyRules (rules/applyRules.ts: the store's hides, boosts and pins for this query)
//   → loadResultPage (resultPage.ts: products and explanations), withSynonymMatches
//     (synonyms/synonymMatches.ts: which synonym of a query term each product matched)
//   → record the search event, after the response.
// The stages are interfaces (Retriever, Reranker, EmbeddingStore), so any can be swapped; every
// cache they read through lives in SearchCaches.
import { performance } from 'node:perf_hooks';
import type { PrismaClient, Product } from '@shopsearch/db';
import type { ActiveIndexVersion } from '../embeddingStore.ts';
import type { PackedCandidates, Reranker } from '../reranker.ts';
import { hasFilters, type Candidate, type Suggestion } from '../retrieval.ts';
import type { SearchEventRecorder } from '../searchEvents.ts';
import type { SearchRequest, SearchResponse, StageTimings } from '../searchTypes.ts';
import { applyRules } from '../rules/applyRules.ts';
import { boostFactors, boostRulesOf, type BoostFactors } from '../rules/boostRules.ts';
import { rulesFor, type MerchandisingRule } from '../rules/merchandisingRule.ts';
import { retrieveCandidates, type RetrievedCandidates } from './candidateRetrieval.ts';
import {
  lookUpMeaning,
  MEANING_ONLY_NOTICE,
  totalWithMeaning,
  withMeaningMatches,
} from './meaningCandidates.ts';
import { positioned } from './pagePositions.ts';
import {
  lookUpTypeIntent,
  ofSoughtType,
  retrieveSoughtType,
  wantsTypeIntent,
  withSoughtType,
  withTypeExpansion,
  withTypeMatches,
} from './productTypeIntent.ts';
import { keywordOrder, rerankCandidates, type Reranked } from './reranking.ts';
import { loadResultPage } from './resultPage.ts';
import type { SearchCaches } from './searchCaches.ts';
import { everyWordNotice, hasSeveralWords, NO_ACTIVE_INDEX_NOTICE } from './searchNotices.ts';
import { timed } from './stageTimings.ts';
import { withSynonymMatches } from '../synonyms/synonymMatches.ts';
import type { QuerySynonyms } from '../synonyms/synonymMap.ts';

export interface SearchServiceOptions<Q, P extends PackedCandidates> {
  prisma: PrismaClient;
  caches: SearchCaches<P>;
  /** Null runs every profile as lexical (no model available). */
  reranker: Reranker<Q, P> | null;
  events?: SearchEventRecorder | undefined;
}

export class SearchService<Q = unknown, P extends PackedCandidates = PackedCandidates> {
  readonly #o: SearchServiceOptions<Q, P>;

  constructor(options: SearchServiceOptions<Q, P>) {
    this.#o = options;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const started = performance.now();
    const timings: StageTimings = {
      retrieveMs: 0,
      encodeMs: 0,
      loadMs: 0,
      maxSimMs: 0,
      meaningMs: 0,
      typeIntentMs: 0,
      totalMs: 0,
    };
    const notices: string[] = [];
    const { caches, reranker } = this.#o;
    let synonyms: QuerySynonyms = {};
    const rerank = reranker && this.#wantsRerank(request) ? reranker : null;
    const pageStart = request.page * request.pageSize;

    // Rules and the query's encoding load while the first stage retrieves.
    const rules =
      request.sort !== 'relevance' || !request.text.trim()
        ? Promise.resolve([])
        : request.rules
          ? Promise.resolve(request.rules)
          : caches.rules.of(request.storeId);
    const version = rerank ? this.#version(request) : Promise.resolve(null);
    const encoding = version.then(async (v) =>
      v && rerank
        ? {
            version: v,
            query: await timed(timings, 'encodeMs', () =>
              rerank.encodeQuery(v.model, request.text),
            ),
          }
        : null,
    );
    const meaningFound = encoding.then((e) =>
      rerank && e
        ? timed(timings, 'meaningMs', () => lookUpMeaning(this.#o.prisma, rerank, request, e))
        : [],
    );
    const intent = wantsTypeIntent(request)
      ? encoding.then((e) =>
          rerank && e
            ? timed(timings, 'typeIntentMs', () => lookUpTypeIntent(caches, rerank, request, e))
            : null,
        )
      : Promise.resolve(null);
    const retriever = request.skipAnswerCache ? caches.firstStage : caches.retriever;
    const retrieveWith = (words: QuerySynonyms) =>
      timed(timings, 'retrieveMs', () =>
        retrieveCandidates(retriever, request, words, rerank ? request.rerankDepth : 0, pageStart),
      );
    const querySynonyms = caches.synonyms
      .of(request.storeId)
      .then((map) => (synonyms = map.forQuery(request.text)));
    // The first stage is asked at once, beside the encoding. A query that turns out to mean a
    // product type (a few in a hundred) asks it again with the type's name, and for the type's
    // best matches: only those wait for the encoded query (productTypeIntent.ts).
    const retrieved = Promise.all([querySynonyms.then(retrieveWith), querySynonyms, intent]).then(
      async ([plain, words, meaning]): Promise<[RetrievedCandidates, readonly Candidate[]]> => {
        if (!meaning) return [plain, []];
        const expanded = withTypeExpansion(words, meaning);
        return Promise.all([
          retrieveWith(expanded),
          retrieveSoughtType(retriever, request, expanded, meaning),
        ]);
      },
    );
    const [[{ head, tail }, typed], encoded, found, meant] = await Promise.all([
      retrieved,
      encoding,
      meaningFound,
      intent,
    ]);
    if (request.sort !== 'relevance' && head.match === 'exact' && hasSeveralWords(request.text)) {
      notices.push(everyWordNotice(request.sort));
    }
    if (rerank && !encoded) notices.push(NO_ACTIVE_INDEX_NOTICE);
    const merged = caches.meaningMerges.merge(withSoughtType(head.candidates, typed), found);
    if (head.total === 0 && merged.byMeaning.size) notices.push(MEANING_ONLY_NOTICE);
    const sought = await timed(timings, 'typeIntentMs', () =>
      ofSoughtType(caches, request.storeId, merged.candidates, meant),
    );
    const reranked: Reranked<Q, P> =
      rerank && encoded
        ? await rerankCandidates(
            rerank,
            caches,
            request,
            merged.candidates,
            encoded,
            timings,
            sought,
          )
        : keywordOrder(head.candidates);
    // With a tail to follow, meaning and type candidates compete for the K places
    // (meaningCandidates.ts, productTypeIntent.ts).
    if (merged.candidates.length > head.candidates.length && head.total > request.rerankDepth) {
      reranked.ranked.splice(request.rerankDepth);
    }

    const obeyed = rulesFor(await rules, request.text, new Date());
    const ruled = {
      filtered: hasFilters(request.filters),
      boosts: await this.#boosts(request.storeId, obeyed, [reranked.ranked, tail?.ranked ?? []]),
    };
    // The head's first-stage ranks count from 0; a page or tail fetched on its own, from its offset.
    const head0 = rerank ? 0 : pageStart;
    const ruledHead = applyRules(reranked.ranked, obeyed, { ...ruled, offset: head0 });
    const page = [
      ...positioned(
        rerank ? ruledHead.slice(pageStart, pageStart + request.pageSize) : ruledHead,
        pageStart,
        !!reranked.version,
        head0,
      ),
      ...(tail
        ? positioned(
            applyRules(tail.ranked, obeyed, { ...ruled, offset: tail.offset }),
            tail.offset,
            false,
            tail.offset,
          )
        : []),
    ];
    const hits = withTypeMatches(
      withMeaningMatches(
        withSynonymMatches(
          await loadResultPage(caches, rerank, request.storeId, page, reranked),
          synonyms,
        ),
        merged,
      ),
      meant,
      sought,
    );
    const total = totalWithMeaning(head, request.rerankDepth, merged);
    timings.totalMs = performance.now() - started;

    if (request.recordEvent !== false)
      this.#o.events?.record({
        storeId: request.storeId,
        query: request.text,
        profile: request.profile.name,
        latencyMs: timings.totalMs,
        resultCount: total,
      });
    return {
      hits,
      total,
      totalExhaustive: head.totalExhaustive,
      page: request.page,
      pageSize: request.pageSize,
      facets: head.facets,
      match: head.match,
      profile: reranked.version ? request.profile.name : 'lexical',
      queryTokens: reranked.version && reranked.query ? reranked.query.tokens : [],
      indexVersion: reranked.version
        ? { id: reranked.version.id, model: reranked.version.model, codec: reranked.version.codec }
        : null,
      productTypeIntent: meant,
      timings,
      notices,
    };
  }

  /** As-you-type completions, leaving out products a rule hides for what was typed so far. */
  async suggest(storeId: number, prefix: string, limit: number): Promise<Suggestion[]> {
    const { caches } = this.#o;
    const hidden = new Set(
      rulesFor(await caches.rules.of(storeId), prefix, new Date()).flatMap((r) =>
        r.action.kind === 'hide' ? [r.action.productId] : [],
      ),
    );
    const extra = Math.min(hidden.size, limit);
    const suggestions = await caches.retriever.suggest(storeId, prefix, limit + extra);
    return suggestions.filter((s) => !s.productId || !hidden.has(s.productId)).slice(0, limit);
  }

  /** The boosts' factors for the candidates, reading their rows only when a boost is live. */
  async #boosts(
    storeId: number,
    rules: MerchandisingRule[],
    lists: readonly (readonly { productId: string }[])[],
  ): Promise<BoostFactors> {
    if (boostRulesOf(rules).length === 0) return new Map();
    const ids = lists.flatMap((l) => l.map((c) => c.productId));
    return boostFactors(rules, await this.#o.caches.products.byIds(storeId, ids));
  }

  async product(storeId: number, productId: string): Promise<Product | null> {
    return this.#o.prisma.product.findUnique({ where: { storeId_id: { storeId, id: productId } } });
  }

  #wantsRerank(request: SearchRequest): boolean {
    return (
      request.profile.name !== 'lexical' &&
      request.sort === 'relevance' &&
      request.text.trim() !== '' &&
      request.rerankDepth > 0
    );
  }

  #version(request: SearchRequest): Promise<ActiveIndexVersion | null> {
    const { embeddings } = this.#o.caches;
    return request.indexVersionId === undefined
      ? embeddings.activeVersion(request.storeId)
      : embeddings.version(request.storeId, request.indexVersionId);
  }
}
