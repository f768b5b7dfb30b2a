// K candidates' vectors in one buffer plus offsets: the form every MaxSim kernel takes, built
// straight from stored rows (see codecs) without decoding them to float32 first.
import { assertShape } from '../errors.ts';
import type { DocVectors } from '../types.ts';

interface BatchBase {
  dim: number;
  /** [K + 1]: candidate k owns rows offsets[k] .. offsets[k+1]-1 (an empty document owns none). */
  offsets: Int32Array;
}

/** D rows as float32 [N, dim]. */
export interface Float32Batch extends BatchBase {
  codec: 'float32';
  vectors: Float32Array;
}

/** D rows as IEEE-754 half-precision bit patterns [N, dim]. */
export interface Float16Batch extends BatchBase {
  codec: 'float16';
  halves: Uint16Array;
}

/** D rows as int8 codes [N, dim]; row r is codes[r] · scales[r]. */
export interface Int8Batch extends BatchBase {
  codec: 'int8';
  codes: Int8Array;
  scales: Float32Array;
}

/** D rows as token ids [N] into a static model's normalised table [V, dim]. */
export interface TokenIdBatch extends BatchBase {
  codec: 'tokenid';
  tokenIds: Int32Array;
  table: Float32Array;
  /** What scoring reads (a max over repeats is the same max), built from `tokenIds` when absent. */
  distinct?: DistinctTokenIds;
}

/** Each candidate's distinct token ids, ascending, and the range of all of them. */
export interface DistinctTokenIds {
  /** [K + 1], like a batch's offsets. */
  offsets: Int32Array;
  tokenIds: Int32Array;
  /** Smallest and largest id (0 and -1 for a batch without tokens). */
  minId: number;
  maxId: number;
}

/**
 * Each candidate's ids without repeats (a product names its brand and key words several times:
 * across the Icecat catalog 61 % of stored tokens are distinct), in ascending order, so MaxSim
 * reads fewer vocabulary entries and reads them front to back.
 */
export function distinctTokenIds(offsets: Int32Array, tokenIds: Int32Array): DistinctTokenIds {
  const K = offsets.length - 1;
  const out = new Int32Array(offsets[K]!);
  const outOffsets = new Int32Array(K + 1);
  let n = 0;
  let minId = Number.POSITIVE_INFINITY;
  let maxId = -1;
  for (let k = 0; k < K; k++) {
    const doc = tokenIds.slice(offsets[k]!, offsets[k + 1]!).sort();
    for (let t = 0; t < doc.length; t++) if (t === 0 || doc[t] !== doc[t - 1]) out[n++] = doc[t]!;
    outOffsets[k + 1] = n;
    if (doc.length) {
      minId = Math.min(minId, doc[0]!);
      maxId = Math.max(maxId, doc[doc.length - 1]!);
    }
  }
  return { offsets: outOffsets, tokenIds: out.slice(0, n), minId: n ? minId : 0, maxId };
}

export type CandidateBatch = Float32Batch | Float16Batch | Int8Batch | TokenIdBatch;

export function candidateCount(batch: CandidateBatch): number {
  return batch.offsets.length - 1;
}

/**
 * Bytes the batch holds of its own, for callers that keep batches under a memory bound. A token-id
 * batch's table belongs to the model and is shared by every batch, so it is not counted.
 */
export function batchByteLength(batch: CandidateBatch): number {
  const own = batch.offsets.byteLength;
  switch (batch.codec) {
    case 'float32':
      return own + batch.vectors.byteLength;
    case 'float16':
      return own + batch.halves.byteLength;
    case 'int8':
      return own + batch.codes.byteLength + batch.scales.byteLength;
    case 'tokenid': {
      const distinct = batch.distinct;
      const distinctBytes = distinct
        ? distinct.offsets.byteLength + distinct.tokenIds.byteLength
        : 0;
      return own + batch.tokenIds.byteLength + distinctBytes;
    }
  }
}

/** Prefix sums of token counts: offsets [K + 1]. */
export function offsetsOf(tokenCounts: readonly number[]): Int32Array {
  const offsets = new Int32Array(tokenCounts.length + 1);
  tokenCounts.forEach((count, k) => (offsets[k + 1] = offsets[k]! + count));
  return offsets;
}

/**
 * The candidates at `positions`, in that order, as a batch of their own (their rows copied): a
 * page's few candidates can be explained without packing their stored bytes again.
 */
export function selectCandidates<B extends CandidateBatch>(
  batch: B,
  positions: readonly number[],
): B {
  const K = candidateCount(batch);
  for (const p of positions) {
    assertShape(Number.isInteger(p) && p >= 0 && p < K, () => `position ${p} outside [0, ${K})`);
  }
  const from = batch.offsets;
  const offsets = offsetsOf(positions.map((p) => from[p + 1]! - from[p]!));
  const rows = <T extends Float32Array | Uint16Array | Int8Array | Int32Array>(
    data: T,
    width: number,
    make: (length: number) => T,
  ): T => {
    const out = make(offsets[positions.length]! * width);
    positions.forEach((p, k) =>
      out.set(data.subarray(from[p]! * width, from[p + 1]! * width), offsets[k]! * width),
    );
    return out;
  };
  const f32 = (n: number) => new Float32Array(n);
  const b: CandidateBatch = batch;
  switch (b.codec) {
    case 'float32':
      return { ...b, offsets, vectors: rows(b.vectors, b.dim, f32) } as B;
    case 'float16':
      return { ...b, offsets, halves: rows(b.halves, b.dim, (n) => new Uint16Array(n)) } as B;
    case 'int8': {
      const codes = rows(b.codes, b.dim, (n) => new Int8Array(n));
      return { ...b, offsets, codes, scales: rows(b.scales, 1, f32) } as B;
    }
    case 'tokenid': {
      // Not `...b`: its distinct ids describe the whole batch, not the selection.
      const tokenIds = rows(b.tokenIds, 1, (n) => new Int32Array(n));
      return { codec: 'tokenid', dim: b.dim, table: b.table, offsets, tokenIds } as B;
    }
  }
}

/** Concatenates float32 documents into one batch (copies each D once). */
export function packFloat32(docs: readonly DocVectors[], dim: number): Float32Batch {
  const offsets = offsetsOf(docs.map((d) => d.length));
  const vectors = new Float32Array(offsets[docs.length]! * dim);
  docs.forEach((doc, k) => {
    assertShape(
      doc.dim === dim && doc.D.length === doc.length * dim,
      () =>
        `document ${k}: D has ${doc.D.length} values for [${doc.length}, ${doc.dim}], batch dim ${dim}`,
    );
    vectors.set(doc.D, offsets[k]! * dim);
  });
  return { codec: 'float32', dim, offsets, vectors };
}
