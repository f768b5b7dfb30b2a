// The Reranker on @shopsearch/colbert: the index version's model encodes the query (cached),
// its codec packs the stored rows into one candidate batch, and the model's MaxSim kernel scores
// them without widening packed vectors to float32.
import {
  batchByteLength,
  getCodec,
  NOT_IN_TEXT,
  selectCandidates,
  type CandidateBatch,
  type CodecName,
  type ColbertModel,
  type EncodedQuery,
  type NeighbourOptions,
  type TokenLabels,
} from '@shopsearch/colbert';
import type { ActiveIndexVersion, StoredEmbedding } from './embeddingStore.ts';
import type { ModelRegistry } from './modelRegistry.ts';
import type {
  BestMatches,
  DocumentToken,
  PackedCandidates,
  QueryTokenLabels,
  QueryWordNeighbours,
  Reranker,
  RerankQuery,
} from './reranker.ts';

/** The codec's candidate batch. */
export interface PackedBatch extends PackedCandidates {
  batch: CandidateBatch;
}

/** The codec's candidate batch, checked to be of `version`. */
function batchOf(packed: PackedBatch, version: ActiveIndexVersion): CandidateBatch {
  if (packed.versionId !== version.id) {
    throw new Error(`candidates packed for index version ${packed.versionId}, not ${version.id}`);
  }
  return packed.batch;
}

export class ColbertReranker implements Reranker<EncodedQuery, PackedBatch> {
  readonly #models: ModelRegistry;
  /** Labels prepared per model, kept while their array lives (a store's types, per index version). */
  readonly #labels = new WeakMap<readonly string[], Map<string, TokenLabels | null>>();

  constructor(models: ModelRegistry) {
    this.#models = models;
  }

  async encodeQuery(model: string, text: string): Promise<RerankQuery<EncodedQuery>> {
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

  async pack(version: ActiveIndexVersion, documents: StoredEmbedding[]): Promise<PackedBatch> {
    const model = await this.#models.get(version.model);
    const codec = getCodec(version.codec as CodecName, model);
    const batch = codec.pack(
      documents.map((d) => ({ bytes: d.vectors, tokenCount: d.tokenCount })),
      version.modelDim,
    );
    return { versionId: version.id, batch, byteLength: batchByteLength(batch) };
  }

  async score(
    query: RerankQuery<EncodedQuery>,
    version: ActiveIndexVersion,
    packed: PackedBatch,
  ): Promise<Float32Array> {
    const model = await this.#models.get(version.model);
    return (await model.rerankByMaxSim(query.vectors, batchOf(packed, version))).scores;
  }

  async explain(
    query: RerankQuery<EncodedQuery>,
    version: ActiveIndexVersion,
    packed: PackedBatch,
    positions: readonly number[],
  ): Promise<BestMatches> {
    const model = await this.#models.get(version.model);
    const page = selectCandidates(batchOf(packed, version), positions);
    const result = await model.rerankByMaxSim(query.vectors, page, {
      explain: true,
    });
    return { bestTokens: result.bestTokens!, bestSimilarities: result.bestSimilarities! };
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

  async queryNeighbours(
    query: RerankQuery<EncodedQuery>,
    options: NeighbourOptions,
  ): Promise<QueryWordNeighbours[]> {
    const model = await this.#models.get(query.model);
    const q = query.vectors;
    // Words typed by the shopper only: markers and [MASK] pads are not in the text.
    const typed = q.tokens.flatMap((t, i) => (t.start === NOT_IN_TEXT ? [] : [{ t, i }]));
    const found = await model.tokenNeighbours(
      typed.map(({ t }) => t),
      options,
    );
    return typed.map(({ t, i }, n) => ({
      id: t.id,
      text: t.text,
      weight: q.weights ? q.weights[i]! : 1,
      neighbours: found[n]!,
    }));
  }

  async labelSimilarities(
    query: RerankQuery<EncodedQuery>,
    labels: readonly string[],
  ): Promise<QueryTokenLabels[]> {
    const model = await this.#models.get(query.model);
    const byModel = this.#labels.get(labels) ?? new Map<string, TokenLabels | null>();
    this.#labels.set(labels, byModel);
    if (!byModel.has(query.model)) byModel.set(query.model, model.tokenLabels(labels));
    const prepared = byModel.get(query.model);
    if (!prepared) return [];
    const typed = query.vectors.tokens.filter((t) => t.start !== NOT_IN_TEXT);
    const cosines = model.labelSimilarities(typed, prepared);
    return typed.map((t, i) => ({
      text: t.text,
      span: { start: t.start, end: t.end },
      cosines: cosines[i]!,
    }));
  }
}
