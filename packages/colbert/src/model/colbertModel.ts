// A loaded model directory: tokenizers, the token encoder, the query cache and a MaxSim scorer,
// behind the ColbertModel interface the rest of the platform uses.
import { LRUCache } from 'lru-cache';
import type { ModelConfig } from '../config/modelConfig.ts';
import { lengthBuckets } from '../encoding/lengthBuckets.ts';
import type { TokenEncoder, TokenTable } from '../encoding/tokenEncoder.ts';
import { ColbertError } from '../errors.ts';
import type { CandidateBatch } from '../scoring/candidateBatch.ts';
import type { MaxSimOptions, MaxSimResult, MaxSimScorer } from '../scoring/maxSimScorer.ts';
import { unitAnchors } from '../scoring/numberUnits.ts';
import { tokenIdMaxSim } from '../scoring/tokenIdMaxSim.ts';
import { labelCosines, tokenLabels, type TokenLabels } from '../scoring/labelSimilarity.ts';
import {
  nearestTokens,
  wordTokenMask,
  type NeighbourOptions,
  type TokenNeighbour,
} from '../scoring/tokenNeighbours.ts';
import type { VocabularySimilarity } from '../scoring/vocabularySimilarity.ts';
import type { DocTokenizer } from '../tokenization/docTokenizer.ts';
import type { QueryTokenizer } from '../tokenization/queryTokenizer.ts';
import type { DocumentTokens, EncodedDocument, EncodedQuery, QueryTokens } from '../types.ts';

// TYPES

export interface ColbertModel {
  /** The parsed colbert.json. */
  readonly config: ModelConfig;
  readonly directory: string;
  /** Number of token ids (largest id + 1). */
  readonly vocabSize: number;
  /** Static models only: every token's normalised vector, [vocabSize, dim]; null when contextual. */
  readonly tokenTable: Float32Array | null;
  /** Q [length, dim] for a query; results are cached (LRU) and shared, so treat them as read-only. */
  encodeQuery(text: string): Promise<EncodedQuery>;
  /** D [length, dim] per document, in input order (batched by length internally). */
  encodeDocuments(texts: readonly string[]): Promise<EncodedDocument[]>;
  tokenizeQuery(text: string): QueryTokens;
  /** The tokens encodeDocuments keeps for `text`, one per row of D (for explanations). */
  tokenizeDocument(text: string): DocumentTokens;
  /** Static models only: the normalised vectors of `ids`, [ids.length, dim]. */
  tokenVectors(ids: ArrayLike<number>): Float32Array;
  /** MaxSim of one query against K candidates, on this model's scorer. */
  rerankByMaxSim(
    q: EncodedQuery,
    candidates: CandidateBatch,
    options?: MaxSimOptions,
  ): Promise<MaxSimResult>;
  /**
   * Static models: each token's nearest vocabulary words (tokenNeighbours.ts), in token order;
   * none for a token that is not a whole word. Contextual models have no vocabulary rows: all empty.
   */
  tokenNeighbours(
    tokens: readonly { id: number; text: string }[],
    options: NeighbourOptions,
  ): Promise<TokenNeighbour[][]>;
  /** Static models: `labels` prepared for `labelSimilarities` (labelSimilarity.ts); null when contextual. */
  tokenLabels(labels: readonly string[]): TokenLabels | null;
  /** Static models: per token, its cosine to each of `labels`, in order (from the token table). */
  labelSimilarities(tokens: readonly { id: number }[], labels: TokenLabels): Float32Array[];
  close(): Promise<void>;
}

export interface ModelParts {
  config: ModelConfig;
  directory: string;
  vocabSize: number;
  queryTokenizer: QueryTokenizer;
  docTokenizer: DocTokenizer;
  encoder: TokenEncoder;
  release: () => Promise<void>;
  scorer: MaxSimScorer;
  tokenTable: TokenTable | null;
  /** Static models: query tokens' similarity to the vocabulary, for token-id candidates. */
  vocabulary: VocabularySimilarity | null;
  /** A vocabulary id's token text. */
  tokenOf: (id: number) => string;
  queryCacheSize: number;
  /** Most padded tokens per encoder run. */
  batchTokens: number;
}

// CLASS

export class OnnxColbertModel implements ColbertModel {
  readonly config: ModelConfig;
  readonly directory: string;
  readonly vocabSize: number;
  readonly tokenTable: Float32Array | null;
  readonly #parts: ModelParts;
  readonly #queryCache: LRUCache<string, Promise<EncodedQuery>> | null;
  #wordTokens: Uint8Array | null = null;

  constructor(parts: ModelParts) {
    this.#parts = parts;
    this.config = parts.config;
    this.directory = parts.directory;
    this.vocabSize = parts.vocabSize;
    this.tokenTable = parts.tokenTable?.vectors ?? null;
    this.#queryCache =
      parts.queryCacheSize > 0 ? new LRUCache({ max: parts.queryCacheSize }) : null;
  }

  tokenizeQuery(text: string): QueryTokens {
    return this.#parts.queryTokenizer.tokenize(text);
  }

  tokenizeDocument(text: string): DocumentTokens {
    return this.#parts.docTokenizer.tokenize(text);
  }

  encodeQuery(text: string): Promise<EncodedQuery> {
    const cached = this.#queryCache?.get(text);
    if (cached) return cached;
    const encoded = this.#encodeQuery(text);
    if (this.#queryCache) {
      this.#queryCache.set(text, encoded);
      encoded.catch(() => this.#queryCache?.delete(text));
    }
    return encoded;
  }

  async #encodeQuery(text: string): Promise<EncodedQuery> {
    const tokens = this.tokenizeQuery(text);
    const { dim, query } = this.config;
    const length = tokens.inputIds.length;
    const empty = { vectors: new Float32Array(0), norms: new Float32Array(0) };
    const [rows = empty] = length > 0 ? await this.#parts.encoder.encode([tokens]) : [];
    const weights = query.tokenWeighting === 'norm' ? rows.norms : null;
    return { Q: rows.vectors, length, dim, weights, tokens: tokens.tokens };
  }

  async encodeDocuments(texts: readonly string[]): Promise<EncodedDocument[]> {
    const tokenized = texts.map((text) => this.tokenizeDocument(text));
    const { dim } = this.config;
    const encoded: EncodedDocument[] = tokenized.map((t) => ({
      D: new Float32Array(0),
      length: 0,
      dim,
      tokenIds: t.tokenIds,
      tokens: t.tokens,
    }));
    const batches = lengthBuckets(
      tokenized.map((t) => t.inputIds.length),
      this.#parts.batchTokens,
    );
    for (const batch of batches) {
      const outputs = await this.#parts.encoder.encode(batch.map((i) => tokenized[i]!));
      batch.forEach((i, b) => {
        encoded[i] = { ...encoded[i]!, D: outputs[b]!.vectors, length: tokenized[i]!.rows.length };
      });
    }
    return encoded;
  }

  tokenVectors(ids: ArrayLike<number>): Float32Array {
    const table = this.tokenTable;
    if (!table)
      throw new ColbertError(
        `${this.config.name} is contextual: a token's vector depends on its text`,
      );
    const { dim } = this.config;
    const out = new Float32Array(ids.length * dim);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (!(id >= 0 && id < this.vocabSize))
        throw new RangeError(`token id ${id} outside [0, ${this.vocabSize})`);
      out.set(table.subarray(id * dim, (id + 1) * dim), i * dim);
    }
    return out;
  }

  async rerankByMaxSim(
    q: EncodedQuery,
    candidates: CandidateBatch,
    options?: MaxSimOptions,
  ): Promise<MaxSimResult> {
    const { vocabulary } = this.#parts;
    if (candidates.codec === 'tokenid' && vocabulary && candidates.table === this.tokenTable) {
      // A static query's rows are table rows, so its tokens' vocabulary rows hold every product.
      const rows = await vocabulary.rowsOf(q.tokens.map((t) => t.id));
      const anchors = unitAnchors(q.tokens, (id) => vocabulary.isExact(id));
      return tokenIdMaxSim(rows, q.weights, candidates, options?.explain ?? false, anchors);
    }
    return this.#parts.scorer.rerankByMaxSim(q, candidates, options);
  }

  async tokenNeighbours(
    tokens: readonly { id: number; text: string }[],
    options: NeighbourOptions,
  ): Promise<TokenNeighbour[][]> {
    const { vocabulary, tokenOf } = this.#parts;
    if (!vocabulary) return tokens.map(() => []);
    this.#wordTokens ??= wordTokenMask(tokenOf, this.vocabSize);
    const words = this.#wordTokens;
    const asked = tokens.filter((t) => words[t.id]);
    const rows = await vocabulary.rowsOf(asked.map((t) => t.id));
    const byId = new Map(asked.map((t, i) => [t.id, rows[i]!]));
    return tokens.map((t) => {
      const row = byId.get(t.id);
      return row ? nearestTokens(row, t, words, tokenOf, options) : [];
    });
  }

  tokenLabels(labels: readonly string[]): TokenLabels | null {
    if (!this.tokenTable) return null;
    return tokenLabels(
      labels,
      (text) => this.tokenizeDocument(text).tokens,
      this.tokenTable,
      this.config.dim,
    );
  }

  labelSimilarities(tokens: readonly { id: number }[], labels: TokenLabels): Float32Array[] {
    const vectors = this.tokenVectors(tokens.map((t) => t.id));
    const { dim } = this.config;
    return tokens.map((_, i) => labelCosines(vectors.subarray(i * dim, (i + 1) * dim), labels));
  }

  async close(): Promise<void> {
    this.#queryCache?.clear();
    await Promise.all([
      this.#parts.release(),
      this.#parts.scorer.close(),
      this.#parts.vocabulary?.close(),
    ]);
  }
}
