// What the pipeline needs from a late-interaction model, per index version's model: encode the
// query once, pack candidates' stored vectors, score them by MaxSim, and map matched tokens back
// to words.
// colbertReranker.ts implements it with @shopsearch/colbert.
import type { ActiveIndexVersion, StoredEmbedding } from './embeddingStore.ts';

export interface QueryToken {
  text: string;
  /** Offsets in the query text; null for markers and [MASK] pads. */
  span: { start: number; end: number } | null;
  weight: number;
}

/** An encoded query; `vectors` is whatever the reranker's scoring needs (Q). */
export interface RerankQuery<Q = unknown> {
  model: string;
  tokens: QueryToken[];
  vectors: Q;
}

/** Which document token each query token matched best, per explained document. */
export interface BestMatches {
  /** Per document, per query token: index of the best document token, or -1 (empty document). */
  bestTokens: Int32Array[];
  /** Per document, per query token: that best similarity. */
  bestSimilarities: Float32Array[];
}

/**
 * Candidates' stored vectors in the form scoring reads. Any query of the same index version can
 * score them, so the pipeline keeps them with a cached candidate set.
 */
export interface PackedCandidates {
  /** The index version whose model scores them. */
  readonly versionId: number;
  /** Bytes they hold of their own (what keeping them costs). */
  readonly byteLength: number;
}

export interface DocumentToken {
  id: number;
  text: string;
  /** Offsets in the document text; null for tokens that are not in it. */
  span: { start: number; end: number } | null;
}

/** A typed query token and the vocabulary words nearest to it (static models), for candidates by meaning. */
export interface QueryWordNeighbours {
  /** The query token's id and text ("laptop"). */
  id: number;
  text: string;
  weight: number;
  /** Best first, each with its cosine to the query token; none for a token that is no whole word. */
  neighbours: { id: number; text: string; cosine: number }[];
}

/** A typed query token and its cosine to each of a set of labels (a catalog's product types). */
export interface QueryTokenLabels {
  text: string;
  /** Offsets in the query text. */
  span: { start: number; end: number };
  /** Per label, in the labels' order. */
  cosines: Float32Array;
}

/**
 * Q is the encoded query's form and P the packed candidates' form: whatever the implementation's
 * scoring reads, handed back to it unchanged by the pipeline.
 */
export interface Reranker<Q = unknown, P extends PackedCandidates = PackedCandidates> {
  encodeQuery(model: string, text: string): Promise<RerankQuery<Q>>;
  pack(version: ActiveIndexVersion, documents: StoredEmbedding[]): Promise<P>;
  /** MaxSim of each packed document, in order; `packed` came from `pack` for the same version. */
  score(query: RerankQuery<Q>, version: ActiveIndexVersion, packed: P): Promise<Float32Array>;
  /** The best matches of the packed documents at `positions` (a page of them), in that order. */
  explain(
    query: RerankQuery<Q>,
    version: ActiveIndexVersion,
    packed: P,
    positions: readonly number[],
  ): Promise<BestMatches>;
  /** The stored tokens of a document text, in the order their vectors were stored. */
  documentTokens(model: string, text: string): Promise<readonly DocumentToken[]>;
  /**
   * The query's typed tokens, each with its nearest vocabulary words (at most `perToken`, at
   * `minCosine` or above); a contextual model's vectors are no vocabulary, so it names none.
   */
  queryNeighbours(
    query: RerankQuery<Q>,
    options: { perToken: number; minCosine: number },
  ): Promise<QueryWordNeighbours[]>;
  /**
   * The query's typed tokens, each with its cosine to each of `labels` (static models: the
   * labels' word tokens' summed vector); a contextual model's vectors are no vocabulary, so it
   * gives none.
   */
  labelSimilarities(query: RerankQuery<Q>, labels: readonly string[]): Promise<QueryTokenLabels[]>;
}
