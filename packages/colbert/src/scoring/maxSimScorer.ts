// The default MaxSim kernel: one query against K candidates on ONNX Runtime (see maxSimGraph.ts).
// Sessions are created once per codec (lazily) with the options given to the constructor.
import * as ort from 'onnxruntime-node';
import { sessionOptions } from '../onnx/sessionOptions.ts';
import type { EncodedQueryLike } from '../types.ts';
import { candidateCount, type CandidateBatch } from './candidateBatch.ts';
import { assertBatchShape, codecFeeds } from './batchFeeds.ts';
import { buildMaxSimGraph, type BatchCodec } from './maxSimGraph.ts';
import { segmentDocuments, type Segments } from './segments.ts';
import { assertQueryShape } from './queryShape.ts';

export interface MaxSimOptions {
  /** Also return, per candidate and query token, the index of the best document token. */
  explain?: boolean;
}

export interface MaxSimResult {
  /** [K]: Σ_i w_i · max_j Q_i·D_j per candidate; a query token facing an empty document adds 0. */
  scores: Float32Array;
  /** With explain: per candidate, [Lq] indices into its tokens (-1 for an empty document). */
  bestTokens?: Int32Array[];
  /** With explain: per candidate, [Lq] max_j Q_i·D_j, unweighted (0 for an empty document). */
  bestSimilarities?: Float32Array[];
}

export interface MaxSimScorerOptions {
  /** ONNX Runtime intra-op threads (default: every core). */
  threads?: number;
}

export class MaxSimScorer {
  readonly #options: ort.InferenceSession.SessionOptions;
  readonly #sessions = new Map<string, Promise<ort.InferenceSession>>();

  constructor(options: MaxSimScorerOptions = {}) {
    this.#options = sessionOptions(options.threads);
  }

  /**
   * Scores one query against K candidates.
   * Q [Lq, dim] (normalised), w [Lq] or null; candidates hold D_k [L_k, dim] for k < K.
   */
  async rerankByMaxSim(
    q: EncodedQueryLike,
    batch: CandidateBatch,
    options: MaxSimOptions = {},
  ): Promise<MaxSimResult> {
    assertQueryShape(q);
    assertBatchShape(batch, q.dim);
    const K = candidateCount(batch);
    const explain = options.explain ?? false;
    const tokenCount = batch.offsets[K]!;
    if (K === 0 || q.length === 0 || tokenCount === 0) return emptyResult(K, q.length, explain);

    const { feeds, rowOf } = codecFeeds(batch);
    const segments = segmentDocuments(batch.offsets, rowOf);
    feeds.Q = new ort.Tensor('float32', q.Q, [q.length, q.dim]);
    feeds.cells = new ort.Tensor('int32', segments.cells, [segments.first[K]!, segments.width]);
    const session = await this.#session(batch.codec, explain);
    const out = await session.run(feeds);
    const M = out.M!.data as Float32Array;
    const best = explain ? lowWords(out.best!.data as BigInt64Array) : null;
    return reduceSegments(M, best, segments, q, K);
  }

  async close(): Promise<void> {
    const sessions = [...this.#sessions.values()];
    this.#sessions.clear();
    await Promise.all(sessions.map(async (s) => (await s.catch(() => null))?.release()));
  }

  #session(codec: BatchCodec, explain: boolean): Promise<ort.InferenceSession> {
    const key = `${codec}:${explain}`;
    let session = this.#sessions.get(key);
    if (!session) {
      session = ort.InferenceSession.create(buildMaxSimGraph(codec, explain), this.#options);
      this.#sessions.set(key, session);
      session.catch(() => this.#sessions.delete(key)); // let a later call try again
    }
    return session;
  }
}

/** ArgMax returns int64; indices are small and non-negative, so the low 32-bit words suffice. */
function lowWords(values: BigInt64Array): Int32Array {
  const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
  const low = new Int32Array(values.length);
  for (let i = 0; i < low.length; i++) low[i] = words[2 * i]!;
  return low;
}

/** Max over each document's segments, then the weighted sum over query tokens. */
function reduceSegments(
  M: Float32Array,
  best: Int32Array | null,
  segments: Segments,
  q: EncodedQueryLike,
  K: number,
): MaxSimResult {
  const Lq = q.length;
  const result = emptyResult(K, Lq, best !== null);
  const { first, width } = segments;
  for (let k = 0; k < K; k++) {
    if (first[k] === first[k + 1]) continue;
    let score = 0;
    for (let i = 0; i < Lq; i++) {
      let top = -Infinity;
      let topSegment = 0;
      for (let s = first[k]!; s < first[k + 1]!; s++) {
        if (M[s * Lq + i]! > top) {
          top = M[s * Lq + i]!;
          topSegment = s;
        }
      }
      score += (q.weights ? q.weights[i]! : 1) * top;
      if (best) {
        result.bestTokens![k]![i] = (topSegment - first[k]!) * width + best[topSegment * Lq + i]!;
        result.bestSimilarities![k]![i] = top;
      }
    }
    result.scores[k] = score;
  }
  return result;
}

/** All zeros; with explain, best tokens -1 and similarities 0 (what an empty document gets). */
export function emptyResult(K: number, Lq: number, explain: boolean): MaxSimResult {
  const scores = new Float32Array(K);
  if (!explain) return { scores };
  // A plain loop: Array.from's callback path took three times as long (every search explains a page).
  const bestTokens: Int32Array[] = [];
  const bestSimilarities: Float32Array[] = [];
  for (let k = 0; k < K; k++) {
    bestTokens.push(new Int32Array(Lq).fill(-1));
    bestSimilarities.push(new Float32Array(Lq));
  }
  return { scores, bestTokens, bestSimilarities };
}
