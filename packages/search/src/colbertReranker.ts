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
    if (!explain || !result.bestTokens)
      return { scores: result.scores, bestTokens: null, bestSimilarities: null };
    // Similarities of the best pairs, for the few explained documents only.
    const bestSimilarities = documents.map((d, k) => {
      const D = codec.decode(d.vectors, d.tokenCount, version.modelDim);
      return similaritiesOf(q, D, result.bestTokens![k]!);
    });
    return { scores: result.scores, bestTokens: result.bestTokens, bestSimilarities };
  }

  async documentTokens(model: string, text: string): Promise<DocumentToken[]> {
    const m: ColbertModel = await this.#models.get(model);
    return m.tokenizeDocument(text).tokens.map((t) => ({
      id: t.id,
      text: t.text,
      span: t.start === NOT_IN_TEXT ? null : { start: t.start, end: t.end },
    }));
  }
}

/** sims[i] = Q_i · D_best[i] (0 where there is no best token). */
function similaritiesOf(q: EncodedQuery, D: Float32Array, best: Int32Array): Float32Array {
  const { dim } = q;
  const sims = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) {
    const j = best[i]!;
    if (j < 0) continue;
    let dot = 0;
    for (let d = 0; d < dim; d++) dot += q.Q[i * dim + d]! * D[j * dim + d]!;
    sims[i] = dot;
  }
  return sims;
}
