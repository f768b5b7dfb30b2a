// Static models: a query token's cosine against every vocabulary token, table · q, kept per token
// id. Scoring token-id candidates then reads entries instead of multiplying vectors (see
// tokenIdMaxSim.ts); shoppers' queries share their tokens, so rows are computed rarely.
//
//   Q [m, dim] (rows of the table) ── Gemm(transB) with table [vocab, dim] ──► S [m, vocab]
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
  /**
   * Ids, ascending, that match only themselves among each other (number tokens): a row of one of
   * them holds at most 0 for the others, so "64" no longer finds "32" as a near match.
   */
  exactIds?: Int32Array;
}

export class VocabularySimilarity {
  readonly vocabSize: number;
  readonly #table: Float32Array;
  readonly #dim: number;
  readonly #rows: LRUCache<number, Float32Array>;
  readonly #options: ort.InferenceSession.SessionOptions;
  readonly #exactIds: Int32Array;
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
    this.#exactIds = options.exactIds ?? new Int32Array(0);
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
    if (missing.length) {
      const computed = await this.#compute(missing);
      missing.forEach((id, r) => {
        found.set(id, computed[r]!);
        this.#rows.set(id, computed[r]!);
      });
    }
    return ids.map((id) => found.get(id)!);
  }

  /** Whether `id` is one of the exact ids (a number token), which match only themselves. */
  isExact(id: number): boolean {
    return binaryHas(this.#exactIds, id);
  }

  async close(): Promise<void> {
    const session = this.#session;
    this.#session = null;
    await (await session?.catch(() => null))?.release();
  }

  /**
   * The rows of `ids` in one pass over the table (each pass reads all of it). ONNX Runtime gives a
   * row the same bits in any batch of two or more rows (tested), but a lone row comes out with other
   * last bits: it is sent twice, so a row never depends on which others were missing with it.
   */
  async #compute(ids: readonly number[]): Promise<Float32Array[]> {
    const dim = this.#dim;
    const vocab = this.vocabSize;
    const batch = ids.length === 1 ? [ids[0]!, ids[0]!] : ids;
    const Q = new Float32Array(batch.length * dim);
    batch.forEach((id, r) => Q.set(this.#table.subarray(id * dim, (id + 1) * dim), r * dim));
    const session = await this.#sessionOnce();
    const out = await session.run({
      Q: new ort.Tensor('float32', Q, [batch.length, dim]),
      table: new ort.Tensor('float32', this.#table, [vocab, dim]),
    });
    const S = out.S!.data as Float32Array;
    // Copies, so that evicting one row frees its memory rather than pinning the whole output.
    return ids.map((id, r) => this.#exactOnly(id, S.slice(r * vocab, (r + 1) * vocab)));
  }

  #exactOnly(id: number, row: Float32Array): Float32Array {
    if (!this.isExact(id)) return row;
    for (const other of this.#exactIds) if (other !== id) row[other] = Math.min(row[other]!, 0);
    return row;
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

function binaryHas(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! === value) return true;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
