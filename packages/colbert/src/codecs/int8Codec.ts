// int8 with a per-token scale: codes [L, dim] int8, then scales [L] float32; dim + 4 bytes per
// token. Row j is codes[j] · scales[j], with scale = max|D[j]| / 127 (a zero row has scale 0).
// Scoring multiplies code dot products by the scale inside ORT.
import { offsetsOf } from '../scoring/candidateBatch.ts';
import { assertByteLength, concatAs, copyAs } from './byteViews.ts';
import type { EmbeddingCodec } from './embeddingCodec.ts';

function quantize(D: Float32Array, tokenCount: number, dim: number): Uint8Array {
  const bytes = new Uint8Array(tokenCount * (dim + 4));
  const codes = new Int8Array(bytes.buffer, 0, tokenCount * dim);
  const scales = new DataView(bytes.buffer, tokenCount * dim);
  for (let j = 0; j < tokenCount; j++) {
    let maxAbs = 0;
    for (let k = 0; k < dim; k++) maxAbs = Math.max(maxAbs, Math.abs(D[j * dim + k]!));
    const scale = Math.fround(maxAbs / 127); // quantise with the scale that is stored
    scales.setFloat32(4 * j, scale, true);
    for (let k = 0; k < dim; k++)
      codes[j * dim + k] = scale === 0 ? 0 : Math.round(D[j * dim + k]! / scale);
  }
  return bytes;
}

export const int8Codec: EmbeddingCodec = {
  name: 'int8',
  bytesPerToken: (dim) => dim + 4,
  encode: (doc) => quantize(doc.D, doc.length, doc.dim),
  decode(bytes, tokenCount, dim) {
    assertByteLength('int8', bytes, tokenCount, dim + 4);
    const codes = new Int8Array(bytes.buffer, bytes.byteOffset, tokenCount * dim);
    const scales = copyAs(bytes.subarray(tokenCount * dim), Float32Array, tokenCount);
    const D = new Float32Array(tokenCount * dim);
    for (let i = 0; i < D.length; i++) D[i] = codes[i]! * scales[Math.floor(i / dim)]!;
    return D;
  },
  pack(docs, dim) {
    docs.forEach((d) => assertByteLength('int8', d.bytes, d.tokenCount, dim + 4));
    const offsets = offsetsOf(docs.map((d) => d.tokenCount));
    const N = offsets[docs.length]!;
    const codes = concatAs(
      docs.map((d) => d.bytes.subarray(0, d.tokenCount * dim)),
      Int8Array,
      N * dim,
    );
    const scales = concatAs(
      docs.map((d) => d.bytes.subarray(d.tokenCount * dim)),
      Float32Array,
      N,
    );
    return { codec: 'int8', dim, offsets, codes, scales };
  },
};
