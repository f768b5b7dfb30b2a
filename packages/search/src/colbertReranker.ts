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
import type { ActiveIndexVersion, StoredEmbedding } from './embeddingStore.ts';
import type { ModelRegistry } from './modelRegistry.ts';
import type { DocumentToken, MaxSimScores, Reranker, RerankQuery } from './reranker.ts';

export class ColbertReranker implements Reranker {
  readonly #models: ModelRegistry;

  constructor(models: ModelRegistry) {
    this.#models = models;
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

  /** The document's tokens with their offsets in `text`. */
  async documentTokens(model: string, text: string): Promise<readonly DocumentToken[]> {
    const m: ColbertModel = await this.#models.get(model);
    return m.tokenizeDocument(text).tokens.map((t) => ({
      id: t.id,
      text: t.text,
      span: t.start === NOT_IN_TEXT ? null : { start: t.start, end: t.end },
    }));
  }
}
