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
}

export type CandidateBatch = Float32Batch | Float16Batch | Int8Batch | TokenIdBatch;

export function candidateCount(batch: CandidateBatch): number {
  return batch.offsets.length - 1;
}

/** Prefix sums of token counts: offsets [K + 1]. */
export function offsetsOf(tokenCounts: readonly number[]): Int32Array {
  const offsets = new Int32Array(tokenCounts.length + 1);
  tokenCounts.forEach((count, k) => (offsets[k + 1] = offsets[k]! + count));
  return offsets;
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
