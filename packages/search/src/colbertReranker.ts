// The Reranker on @shopsearch/colbert: the index version's model encodes the query (cached),
// its codec packs the stored rows into one candidate batch, and the model's MaxSim kernel scores
// them without widening packed vectors to float32.
import {
  getCodec,
  NOT_IN_TEXT,
  type CodecName,
  type ColbertModel,
  type EncodedQuery,
} from '@shopsearch/colbert';
import { LRUCache } from 'lru-cache';
import type { ActiveIndexVersion, StoredEmbedding } from './embeddingStore.ts';
import type { ModelRegistry } from './modelRegistry.ts';
import type { DocumentToken, MaxSimScores, Reranker, RerankQuery } from './reranker.ts';

/** Rough heap bytes of one cached tokenisation, for the cache's size bound. */
const BYTES_PER_TOKEN = 120;

export class ColbertReranker implements Reranker {
  readonly #models: ModelRegistry;
  // Explanations tokenise the page's products again on every search; the same products come back
  // page after page, so their tokens (with offsets) are kept, keyed by model and exact text.
  readonly #documentTokens: LRUCache<string, DocumentToken[]>;

  constructor(models: ModelRegistry, options: { documentTokenCacheBytes?: number } = {}) {
    this.#models = models;
    this.#documentTokens = new LRUCache({
      maxSize: options.documentTokenCacheBytes ?? 16 * 1024 * 1024,
      sizeCalculation: (tokens, key) => key.length * 2 + tokens.length * BYTES_PER_TOKEN,
    });
  }

  async encodeQuery(model: string, text: string): Promise<RerankQuery> {
    const q = await (await this.#models.get(model)).encodeQuery(text);
    return {
      model,
      vectors: q,
      tokens: q.tokens.map((t, i) => ({
        text: t.text,
        span: t.start === NOT_IN_TEXT ? null : { start: t.start, end: t.end },
        weight: q.weights ? q.weights[i]! : 1,
      })),
    };
  }

  async score(
    query: RerankQuery,
    version: ActiveIndexVersion,
    documents: StoredEmbedding[],
    explain: boolean,
  ): Promise<MaxSimScores> {
    const model = await this.#models.get(version.model);
    const codec = getCodec(version.codec as CodecName, model);
    const q = query.vectors as EncodedQuery;
    const batch = codec.pack(
      documents.map((d) => ({ bytes: d.vectors, tokenCount: d.tokenCount })),
      version.modelDim,
    );
    const result = await model.rerankByMaxSim(q, batch, { explain });
    return {
      scores: result.scores,
      bestTokens: result.bestTokens ?? null,
      bestSimilarities: result.bestSimilarities ?? null,
    };
  }

  /** The document's tokens with their offsets in `text`; callers must not modify them. */
  async documentTokens(model: string, text: string): Promise<readonly DocumentToken[]> {
    const key = `${model}\u0000${text}`;
    const cached = this.#documentTokens.get(key);
    if (cached) return cached;
    const m: ColbertModel = await this.#models.get(model);
    const tokens = m.tokenizeDocument(text).tokens.map((t) => ({
      id: t.id,
      text: t.text,
      span: t.start === NOT_IN_TEXT ? null : { start: t.start, end: t.end },
    }));
    this.#documentTokens.set(key, tokens);
    return tokens;
  }
}
