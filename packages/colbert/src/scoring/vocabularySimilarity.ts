// Static models: a query token's cosine against every vocabulary token, table · q, kept per token
// id. Scoring token-id candidates then reads entries instead of multiplying vectors (see
// tokenIdMaxSim.ts); shoppers' queries share their tokens, so rows are computed rarely.
//
//   q [1, dim] (a row of the table) ── Gemm(transB) with table [vocab, dim] ──► S [1, vocab]
import { LRUCache } from 'lru-cache';
import * as ort from 'onnxruntime-node';
import { ShapeError } from '../errors.ts';
import { encodeModel, node, valueInfo } from '../onnx/graphBuilder.ts';
import { sessionOptions } from '../onnx/sessionOptions.ts';

export interface VocabularySimilarityOptions {
  /** Upper bound of cached rows in bytes (4 × vocabulary size each); default 32 MiB. */
  maxBytes?: number;
  /** ONNX Runtime intra-op threads (default: every core). */
  threads?: number;
}

export class VocabularySimilarity {
  readonly vocabSize: number;
  readonly #table: Float32Array;
  readonly #dim: number;
  readonly #rows: LRUCache<number, Float32Array>;
  readonly #options: ort.InferenceSession.SessionOptions;
  #session: Promise<ort.InferenceSession> | null = null;

  /** `table` [vocabSize, dim]: the static model's normalised token vectors. */
  constructor(table: Float32Array, dim: number, options: VocabularySimilarityOptions = {}) {
    if (table.length === 0 || table.length % dim !== 0) {
      throw new ShapeError(`token table has ${table.length} values, not [vocab, ${dim}]`);
    }
    this.#table = table;
    this.#dim = dim;
    this.vocabSize = table.length / dim;
    this.#options = sessionOptions(options.threads);
    this.#rows = new LRUCache({
      maxSize: Math.max(options.maxBytes ?? 32 * 1024 * 1024, this.vocabSize * 4),
      sizeCalculation: (row) => row.byteLength,
    });
  }

  /** One [vocabSize] row per id, in order; shared with the cache, so treat them as read-only. */
  async rowsOf(ids: readonly number[]): Promise<Float32Array[]> {
    const found = new Map<number, Float32Array>();
    const missing: number[] = [];
    for (const id of ids) {
      if (!(Number.isInteger(id) && id >= 0 && id < this.vocabSize)) {
        throw new ShapeError(`query token id ${id} outside the table [${this.vocabSize}]`);
      }
      if (found.has(id) || missing.includes(id)) continue;
      const row = this.#rows.get(id);
      if (row) found.set(id, row);
      else missing.push(id);
    }
    for (const id of missing) {
      const row = await this.#compute(id);
      found.set(id, row);
      this.#rows.set(id, row);
    }
    return ids.map((id) => found.get(id)!);
  }

  async close(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    await (await session?.catch(() => null))?.release();
  }

  /** One row per run: batching rows changes ONNX Runtime's kernel, and so the last bits. */
  async #compute(id: number): Promise<Float32Array> {
    const dim = this.#dim;
    const session = await this.#sessionOnce();
    const out = await session.run({
      Q: new ort.Tensor('float32', this.#table.slice(id * dim, (id + 1) * dim), [1, dim]),
      table: new ort.Tensor('float32', this.#table, [this.vocabSize, dim]),
    });
    return out.S!.data as Float32Array;
  }

  #sessionOnce(): Promise<ort.InferenceSession> {
    if (!this.#session) {
      const graph = encodeModel({
        name: 'vocabulary_similarity',
        inputs: [
          valueInfo('Q', 'float32', ['m', 'dim']),
          valueInfo('table', 'float32', ['vocab', 'dim']),
        ],
        outputs: [valueInfo('S', 'float32', ['m', 'vocab'])],
        nodes: [node('Gemm', ['Q', 'table'], ['S'], { transB: 1 })],
      });
      const session = ort.InferenceSession.create(graph, this.#options);
      session.catch(() => (this.#session = null)); // let a later call try again
      this.#session = session;
    }
    return this.#session;
  }
}
