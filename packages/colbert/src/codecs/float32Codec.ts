// float32: D [L, dim] row-major, 4·dim bytes per token. The reference codec.
import { offsetsOf } from '../scoring/candidateBatch.ts';
import { assertByteLength, bytesOf, concatAs, copyAs } from './byteViews.ts';
import type { EmbeddingCodec } from './embeddingCodec.ts';

export const float32Codec: EmbeddingCodec = {
  name: 'float32',
  bytesPerToken: (dim) => 4 * dim,
  encode: (doc) => bytesOf(doc.D),
  decode(bytes, tokenCount, dim) {
    assertByteLength('float32', bytes, tokenCount, 4 * dim);
    return copyAs(bytes, Float32Array, tokenCount * dim);
  },
  pack(docs, dim) {
    docs.forEach((d) => assertByteLength('float32', d.bytes, d.tokenCount, 4 * dim));
    const offsets = offsetsOf(docs.map((d) => d.tokenCount));
    const vectors = concatAs(
      docs.map((d) => d.bytes),
      Float32Array,
      offsets[docs.length]! * dim,
    );
    return { codec: 'float32', dim, offsets, vectors };
  },
};
